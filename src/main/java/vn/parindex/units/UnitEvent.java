package vn.parindex.units;

import java.time.Instant;

/**
 * One line of a unit's change log: who did what, when; for a change of one field, its old
 * and new value (a parent by its code).
 */
record UnitEvent(Instant occurredAt, String actor, Action action, String field, String oldValue, String newValue,
		Long restructuringId, String note) {

	enum Action {

		CREATED, UPDATED, DEACTIVATED, ACTIVATED, RESTRUCTURED

	}

}
