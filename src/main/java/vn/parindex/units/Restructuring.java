package vn.parindex.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A restructuring (sắp xếp đơn vị): from a date, one or more units (predecessors) cease
 * and their work is carried on by others (successors) — several provinces merged into
 * one, as in the 2025 reform, or one unit split into several. Results of different years
 * are compared through it.
 */
@Table("units_restructuring")
class Restructuring {

	static final int MAX_NOTE = 2000;

	@Id
	private Long id;

	@Version
	private int version;

	private final RestructuringKind kind;

	private final LocalDate effectiveOn;

	private final String note;

	private final String recordedBy;

	private final Instant recordedAt;

	@MappedCollection(idColumn = "restructuring_id")
	private final Set<Predecessor> predecessors;

	@MappedCollection(idColumn = "restructuring_id")
	private final Set<Successor> successors;

	Restructuring(RestructuringKind kind, LocalDate effectiveOn, String note, String recordedBy, Instant recordedAt,
			Set<Predecessor> predecessors, Set<Successor> successors) {
		this.kind = kind;
		this.effectiveOn = effectiveOn;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.predecessors = predecessors;
		this.successors = successors;
	}

	/**
	 * A merge has one successor, a split one predecessor and at least two successors; no
	 * unit is on both sides, and every successor is active.
	 */
	static Restructuring of(RestructuringKind kind, List<UnitView> predecessors, List<UnitView> successors,
			LocalDate effectiveOn, String note, String recordedBy, Instant recordedAt) {
		checkShape(kind, predecessors, successors);
		for (UnitView successor : successors) {
			if (predecessors.stream().anyMatch((predecessor) -> predecessor.id() == successor.id())) {
				throw Refusal.badRequest("units.error.intoItself", successor.code()).onField("successors");
			}
			if (!successor.active()) {
				throw Refusal.badRequest("units.error.inactiveSuccessor", successor.code()).onField("successors");
			}
		}
		String trimmed = (note == null || note.isBlank()) ? null : note.strip();
		if (trimmed != null && trimmed.length() > MAX_NOTE) {
			throw Refusal.badRequest("units.error.noteTooLong", MAX_NOTE).onField("note");
		}
		return new Restructuring(kind, effectiveOn, trimmed, recordedBy, recordedAt,
				ids(predecessors, (unit) -> new Predecessor(unit.id())),
				ids(successors, (unit) -> new Successor(unit.id())));
	}

	private static void checkShape(RestructuringKind kind, List<UnitView> predecessors, List<UnitView> successors) {
		if (kind == null) {
			throw Refusal.badRequest("units.error.kindRequired").onField("kind");
		}
		if (kind == RestructuringKind.MERGE && successors.size() != 1) {
			throw Refusal.badRequest("units.error.mergeOneSuccessor").onField("successors");
		}
		if (kind == RestructuringKind.SPLIT && predecessors.size() != 1) {
			throw Refusal.badRequest("units.error.splitOnePredecessor").onField("predecessors");
		}
		if (kind == RestructuringKind.SPLIT && successors.size() < 2) {
			throw Refusal.badRequest("units.error.splitTwoSuccessors").onField("successors");
		}
	}

	private static <T> Set<T> ids(List<UnitView> units, Function<UnitView, T> link) {
		return units.stream().map(link).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Long id() {
		return id;
	}

	RestructuringKind kind() {
		return kind;
	}

	LocalDate effectiveOn() {
		return effectiveOn;
	}

	String note() {
		return note;
	}

	String recordedBy() {
		return recordedBy;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	List<Long> predecessorIds() {
		return predecessors.stream().map(Predecessor::unitId).toList();
	}

	List<Long> successorIds() {
		return successors.stream().map(Successor::unitId).toList();
	}

	/** A unit that ceased in the restructuring. */
	@Table("units_restructuring_predecessor")
	record Predecessor(long unitId) {
	}

	/** A unit that carries on the work of those that ceased. */
	@Table("units_restructuring_successor")
	record Successor(long unitId) {
	}

}
