package vn.parindex.statistics;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitView;

/**
 * Who reads which unit's statistics: the secretariat, administrators, the council and
 * readers of results (VIEWER) every unit's; a unit leader or officer her own unit's only.
 */
final class StatisticsAccess {

	/** May write indicators and observations (an API client has its user's roles). */
	static final String WRITERS = "hasAnyRole('ADMIN', 'SECRETARIAT')";

	/** May read statistics: anybody signed in, a unit's people their own unit's only. */
	static final String READERS = "isAuthenticated()";

	private StatisticsAccess() {
	}

	/** Whether the user reads every unit's statistics. */
	static boolean allUnits(CurrentUser user) {
		return user.roles().stream().anyMatch(Role::seesAllUnits);
	}

	/**
	 * Whether the user reads dossier records (every unit's, or her own unit's): not a
	 * reader of results only (VIEWER), see {@link DossierApiController#READERS}.
	 */
	static boolean readsDossiers(CurrentUser user) {
		return user.roles().stream().anyMatch((role) -> role != Role.VIEWER);
	}

	static boolean writes(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.SECRETARIAT);
	}

	/**
	 * @throws Refusal 403 when the unit is not the user's to read
	 */
	static void refuseOtherUnit(CurrentUser user, UnitView unit) {
		if (!allUnits(user) && (user.unitId() == null || unit.id() != user.unitId())) {
			throw Refusal.forbidden("statistics.feeds.otherUnit", unit.code());
		}
	}

}
