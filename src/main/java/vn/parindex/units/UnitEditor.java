package vn.parindex.units;

import java.util.HashSet;
import java.util.Set;

import vn.parindex.problem.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, deactivating one unit at a time, each change logged with who made
 * it. The rules that need other units (the code is free, the type is known, the parent
 * exists and is no descendant) are checked here; the rest by {@link Unit}.
 */
@Service
@Transactional
class UnitEditor {

	private final Units units;

	private final UnitTypes types;

	private final UnitEvents events;

	private final Restructurings restructurings;

	private final UnitLimits limits;

	UnitEditor(Units units, UnitTypes types, UnitEvents events, Restructurings restructurings, UnitLimits limits) {
		this.units = units;
		this.types = types;
		this.events = events;
		this.restructurings = restructurings;
		this.limits = limits;
	}

	UnitView create(UnitDetails details, String actor) {
		String code = (details.code() != null) ? details.code().strip() : "";
		if (code.isEmpty()) {
			throw Refusal.badRequest("units.error.codeRequired").onField("code");
		}
		if (units.findByCode(code).isPresent()) {
			throw Refusal.conflict("units.error.codeTaken", code).onField("code");
		}
		Unit unit = Unit.create(code, details.name(), types.require(details.type()),
				parentId(details.parent(), null, code), details.ranked());
		UnitView created = units.save(unit).view();
		events.record(events.changes(null, created, this::codeOf, actor));
		return created;
	}

	/**
	 * Changes name, type, parent and ranking; {@code active} {@code null} leaves the
	 * status as it is.
	 */
	UnitView update(String code, UnitDetails details, Boolean active, String actor) {
		Unit unit = units.findByCode(code).orElseThrow(() -> Refusal.notFound("units.error.notFound", code));
		UnitView before = unit.view();
		unit.update(details.name(), types.require(details.type()), parentId(details.parent(), unit, code),
				details.ranked());
		if (Boolean.TRUE.equals(active)) {
			activate(unit);
		}
		else if (Boolean.FALSE.equals(active)) {
			unit.deactivate();
		}
		return save(unit, before, actor);
	}

	UnitView setActive(long id, boolean active, String actor) {
		Unit unit = units.findById(id).orElseThrow(() -> Refusal.notFound("units.error.notFound", String.valueOf(id)));
		UnitView before = unit.view();
		if (active) {
			activate(unit);
		}
		else {
			unit.deactivate();
		}
		return save(unit, before, actor);
	}

	/** A unit that ceased in a restructuring stays ceased: its successors carry on. */
	private void activate(Unit unit) {
		if (!unit.active() && restructurings.ceased(unit.id())) {
			throw Refusal.badRequest("units.error.ceased", unit.code());
		}
		unit.activate();
	}

	private UnitView save(Unit unit, UnitView before, String actor) {
		UnitView after = unit.view();
		if (after.equals(before)) {
			return before;
		}
		UnitView saved = units.save(unit).view();
		events.record(events.changes(before, saved, this::codeOf, actor));
		return saved;
	}

	/**
	 * The id of the parent named by its code; refused when unknown, or when it is the
	 * unit itself or one of its descendants (the unit would be its own ancestor), or when
	 * the unit or one below it would be deeper than the limit.
	 */
	private Long parentId(String parentCode, Unit unit, String code) {
		if (parentCode == null || parentCode.isBlank()) {
			return null;
		}
		Unit parent = units.findByCode(parentCode.strip())
			.orElseThrow(() -> Refusal.badRequest("units.error.unknownParent", parentCode.strip()).onField("parent"));
		if (unit != null) {
			Set<Long> seen = new HashSet<>();
			for (Unit up = parent; up != null && seen.add(up.id()); up = parentOf(up)) {
				if (up.id().equals(unit.id())) {
					throw Refusal.badRequest("units.error.cycle", unit.code()).onField("parent");
				}
			}
		}
		if (unit != null && parent.id().equals(unit.parentId())) {
			return parent.id();
		}
		int depth = depthOf(parent) + ((unit != null) ? units.height(unit.id(), limits.maxDepth()) : 1);
		if (depth > limits.maxDepth()) {
			throw Refusal.badRequest("units.error.tooDeep", code, limits.maxDepth(), depth).onField("parent");
		}
		return parent.id();
	}

	/** The unit's level, a top unit being 1; counted no further than past the limit. */
	private int depthOf(Unit unit) {
		int depth = 1;
		for (Unit up = parentOf(unit); up != null && depth <= limits.maxDepth(); up = parentOf(up)) {
			depth++;
		}
		return depth;
	}

	private Unit parentOf(Unit unit) {
		return (unit.parentId() != null) ? units.findById(unit.parentId()).orElse(null) : null;
	}

	private String codeOf(long id) {
		return units.findById(id).map(Unit::code).orElse(null);
	}

}
