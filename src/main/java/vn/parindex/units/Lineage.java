package vn.parindex.units;

import java.util.List;

/**
 * Where a unit comes from and where it went, across every restructuring recorded.
 *
 * @param predecessors every unit that preceded it, directly or through earlier
 * restructurings
 * @param successors the current units that carry it on (itself while it has not ceased)
 * @param restructurings the restructurings along that lineage, oldest first
 */
public record Lineage(UnitView unit, List<UnitView> predecessors, List<UnitView> successors,
		List<RestructuringView> restructurings) {
}
