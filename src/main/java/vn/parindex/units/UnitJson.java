package vn.parindex.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The API's shapes: units and restructurings named by code, as workbooks name them.
 */
final class UnitJson {

	private UnitJson() {
	}

	record Unit(long id, String code, String name, String type, String parent, boolean ranked, boolean active) {

		static Unit of(UnitView unit, LongFunction<String> codeOf) {
			return new Unit(unit.id(), unit.code(), unit.name(), unit.type(),
					(unit.parentId() != null) ? codeOf.apply(unit.parentId()) : null, unit.ranked(), unit.active());
		}

	}

	record Restructuring(long id, RestructuringKind kind, LocalDate effectiveOn, List<String> predecessors,
			List<String> successors, String note, String recordedBy, Instant recordedAt) {

		static Restructuring of(RestructuringView view) {
			return new Restructuring(view.id(), view.kind(), view.effectiveOn(),
					view.predecessors().stream().map(UnitView::code).toList(),
					view.successors().stream().map(UnitView::code).toList(), view.note(), view.recordedBy(),
					view.recordedAt());
		}

	}

	record Lineage(String unit, List<String> predecessors, List<String> successors,
			List<Restructuring> restructurings) {

		static Lineage of(vn.parindex.units.Lineage lineage) {
			return new Lineage(lineage.unit().code(), lineage.predecessors().stream().map(UnitView::code).toList(),
					lineage.successors().stream().map(UnitView::code).toList(),
					lineage.restructurings().stream().map(Restructuring::of).toList());
		}

	}

}
