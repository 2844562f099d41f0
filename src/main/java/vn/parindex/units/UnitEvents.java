package vn.parindex.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units change log ({@code units_event}): turns a unit's before and after into one
 * line per changed field, written in the transaction of the change so that both commit or
 * neither does.
 */
@Component
class UnitEvents {

	enum Action {

		CREATED, UPDATED, DEACTIVATED, ACTIVATED, RESTRUCTURED

	}

	private final AuditTrail trail;

	UnitEvents(AuditTrails trails) {
		this.trail = trails.trail("units_event", "unit.event",
				Set.of(Action.DEACTIVATED.name(), Action.ACTIVATED.name(), Action.RESTRUCTURED.name()));
	}

	/**
	 * The lines that lead from {@code before} to {@code after}: one per changed field, or
	 * creation when there was nothing before.
	 */
	List<AuditChange> changes(UnitView before, UnitView after, LongFunction<String> codeOf, String actor) {
		List<AuditChange> lines = new ArrayList<>();
		if (before == null) {
			lines.add(line(after.id(), actor, Action.CREATED).values(null, after.name()));
			return lines;
		}
		field(lines, after, actor, "name", before.name(), after.name());
		field(lines, after, actor, "type", before.type(), after.type());
		field(lines, after, actor, "parent", code(before.parentId(), codeOf), code(after.parentId(), codeOf));
		field(lines, after, actor, "ranked", yesNo(before.ranked()), yesNo(after.ranked()));
		if (before.active() != after.active()) {
			lines.add(line(after.id(), actor, after.active() ? Action.ACTIVATED : Action.DEACTIVATED));
		}
		return lines;
	}

	/**
	 * The unit's part in a restructuring: the restructuring is the scope, its note the
	 * reason.
	 */
	AuditChange restructured(long unitId, long restructuringId, String note, String actor) {
		return line(unitId, actor, Action.RESTRUCTURED).scope(restructuringId).reason(note);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(List<AuditChange> lines) {
		trail.record(lines);
	}

	/** The newest first; enough for a page, not the whole history of a busy unit. */
	List<AuditRecord> of(long unitId, int limit) {
		return trail.latest(unitId, limit);
	}

	private static void field(List<AuditChange> lines, UnitView unit, String actor, String field, String before,
			String after) {
		if (!Objects.equals(before, after)) {
			lines.add(line(unit.id(), actor, Action.UPDATED).item(field).values(before, after));
		}
	}

	private static AuditChange line(long unitId, String actor, Action action) {
		return AuditChange.of(unitId, actor, action.name());
	}

	private static String code(Long unitId, LongFunction<String> codeOf) {
		return (unitId != null) ? codeOf.apply(unitId) : null;
	}

	private static String yesNo(boolean value) {
		return value ? "Y" : "N";
	}

}
