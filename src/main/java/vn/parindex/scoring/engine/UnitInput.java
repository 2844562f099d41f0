package vn.parindex.scoring.engine;

/**
 * One unit's inputs, per leaf in the model's leaf order, in hundredths of a point.
 * {@link #MISSING} marks a leaf without a value: a SELF leaf without one scores 0; a
 * SURVEY or STATISTIC leaf without one is not applicable; BONUS and PENALTY count 0.
 *
 * @param self the unit's own points
 * @param appraised the appraised points (the council's, or the unit's where it has not
 * decided)
 * @param selfNotApplicable the unit's not-applicable claims
 * @param appraisedNotApplicable the claims as the council decided them
 * @param finalised whether the appraisal is final: the appraised figures are then the
 * official ones, else the self-assessed ones
 */
public record UnitInput(long unitId, String unitType, boolean ranked, boolean finalised, long[] self, long[] appraised,
		boolean[] selfNotApplicable, boolean[] appraisedNotApplicable) {

	public static final long MISSING = Long.MIN_VALUE;

}
