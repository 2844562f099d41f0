package vn.parindex.units;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A restructuring to record: the units that cease (predecessors) and those that carry on
 * (successors), by code, effective from a date.
 */
public record RestructuringRequest(@NotNull RestructuringKind kind, @NotNull LocalDate effectiveOn,
		@NotEmpty List<String> predecessors, @NotEmpty List<String> successors, @Size(max = 2000) String note) {

	public static RestructuringRequest merge(List<String> predecessors, String successor, LocalDate effectiveOn,
			String note) {
		return new RestructuringRequest(RestructuringKind.MERGE, effectiveOn, predecessors, List.of(successor), note);
	}

	public static RestructuringRequest split(String predecessor, List<String> successors, LocalDate effectiveOn,
			String note) {
		return new RestructuringRequest(RestructuringKind.SPLIT, effectiveOn, List.of(predecessor), successors, note);
	}

}
