package vn.parindex.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded restructuring as pages, the API and other modules read it.
 */
public record RestructuringView(long id, RestructuringKind kind, LocalDate effectiveOn, List<UnitView> predecessors,
		List<UnitView> successors, String note, String recordedBy, Instant recordedAt) {
}
