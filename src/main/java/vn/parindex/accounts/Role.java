package vn.parindex.accounts;

/**
 * What a user may do. A user may hold several; the unit roles only make sense with a
 * unit.
 */
public enum Role {

	/** Operates the system: accounts, settings, audit. */
	ADMIN,
	/**
	 * Runs the index (Thường trực, Tổ giúp việc): frameworks, units, campaigns,
	 * publication.
	 */
	SECRETARIAT,
	/** Member of the appraisal council (Hội đồng thẩm định) or its working group. */
	APPRAISER,
	/** Chairs the council and finalises appraisal results. */
	COUNCIL_CHAIR,
	/** Leader of an evaluated unit (lãnh đạo đơn vị): approves and submits. */
	UNIT_LEADER,
	/**
	 * Focal officer of an evaluated unit (cán bộ đầu mối): enters scores and evidence.
	 */
	UNIT_OFFICER,
	/** Reads results and dashboards. */
	VIEWER;

	public boolean unitScoped() {
		return this == UNIT_LEADER || this == UNIT_OFFICER;
	}

	/** Roles that see every unit's data (each within what the role may do). */
	public boolean seesAllUnits() {
		return this == ADMIN || this == SECRETARIAT || this == APPRAISER || this == COUNCIL_CHAIR || this == VIEWER;
	}

	String authority() {
		return "ROLE_" + name();
	}

}
