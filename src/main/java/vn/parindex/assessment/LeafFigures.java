package vn.parindex.assessment;

/**
 * Receives a campaign's entries as bare figures, one leaf at a time, for computing
 * results: amounts in hundredths of a point (exact: points have at most 2 decimals),
 * {@link #NO_POINTS} where there are none.
 */
@FunctionalInterface
public interface LeafFigures {

	long NO_POINTS = Long.MIN_VALUE;

	/**
	 * @param self the unit's points
	 * @param appraised the council's points, else the unit's (see
	 * {@link LeafEntry#effectiveAppraisedPoints()})
	 * @param notApplicable the unit's claim
	 * @param appraisedNotApplicable the claim as the council decided it (see
	 * {@link LeafEntry#appraisedAsNotApplicable()})
	 */
	void accept(long unitId, String leafCode, long self, long appraised, boolean notApplicable,
			boolean appraisedNotApplicable);

}
