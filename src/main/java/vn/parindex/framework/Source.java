package vn.parindex.framework;

/**
 * Where a leaf's points come from (nguồn điểm).
 */
public enum Source {

	/** Scored by the unit, then appraised by the council. */
	SELF,
	/** Computed from a survey instrument; never self-scored. */
	SURVEY,
	/** Computed from operational data; never self-scored. */
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
