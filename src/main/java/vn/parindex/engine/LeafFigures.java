package vn.parindex.engine;

/**
 * Receives a campaign's leaf figures from a {@link LeafSource}, one leaf at a time.
 * Amounts are in the engine's unit (ten-thousandths of a point, see {@link Amounts}),
 * {@link #NO_VALUE} where there is none.
 */
public interface LeafFigures {

	/** No value: a sheet leaf not scored yet, a survey or statistic leaf without data. */
	long NO_VALUE = UnitInput.MISSING;

	/**
	 * One leaf of one unit.
	 * @param self the figure as the unit gave it (for a measured leaf, the measure)
	 * @param appraised the figure as appraised: the council's where it decided, else the
	 * same as {@code self}
	 * @param notApplicable the unit's claim that the leaf does not apply this year
	 * @param appraisedNotApplicable the claim as the council decided it, else the claim
	 */
	void leaf(long unitId, String leafCode, long self, long appraised, boolean notApplicable,
			boolean appraisedNotApplicable);

	/**
	 * The unit's appraisal is final: its appraised figures are the official ones (until
	 * then the self-assessed are). Only the source that appraises reports it.
	 */
	default void finalised(long unitId) {
	}

}
