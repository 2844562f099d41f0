package vn.parindex.engine;

/**
 * Where a leaf's points come from (nguồn điểm): the framework declares it per leaf, the
 * engine counts by it, and every {@link LeafSource} supplies the leaves of its kinds.
 */
public enum Source {

	/** Scored by the unit, then appraised by the council. */
	SELF,
	/**
	 * Computed from a survey instrument; never self-scored. Without a survey for the
	 * unit: no data, never "not applicable".
	 */
	SURVEY,
	/**
	 * Computed from operational data; never self-scored. Without data for the unit: no
	 * data, never "not applicable".
	 */
	STATISTIC,
	/** Added on top, up to the framework's bonus cap (điểm thưởng). */
	BONUS,
	/** Deducted, up to the framework's penalty cap (điểm trừ). */
	PENALTY;

	/** Bonus and penalty leaves stand outside the framework's maximum. */
	public boolean outsideMaximum() {
		return this == BONUS || this == PENALTY;
	}

}
