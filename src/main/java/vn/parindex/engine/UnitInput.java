package vn.parindex.engine;

import java.util.Arrays;

/**
 * One unit's inputs, per leaf in the model's leaf order, in hundredths of a point.
 * {@link #MISSING} marks a leaf without a value: a SELF leaf without one scores 0; a
 * SURVEY or STATISTIC leaf without one is not applicable; BONUS and PENALTY count 0.
 * <p>
 * A {@code null} array stands for "nothing": every value missing, no claim accepted. The
 * engine reads the arrays and never changes them. Equality compares their contents.
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

	@Override
	public boolean equals(Object other) {
		return other instanceof UnitInput that && this.unitId == that.unitId && this.ranked == that.ranked
				&& this.finalised == that.finalised && java.util.Objects.equals(this.unitType, that.unitType)
				&& Arrays.equals(this.self, that.self) && Arrays.equals(this.appraised, that.appraised)
				&& Arrays.equals(this.selfNotApplicable, that.selfNotApplicable)
				&& Arrays.equals(this.appraisedNotApplicable, that.appraisedNotApplicable);
	}

	@Override
	public int hashCode() {
		return 31 * Long.hashCode(this.unitId) + Arrays.hashCode(this.self);
	}

	@Override
	public String toString() {
		return "UnitInput[unitId=" + this.unitId + ", unitType=" + this.unitType + ", ranked=" + this.ranked
				+ ", finalised=" + this.finalised + ", self=" + Arrays.toString(this.self) + ", appraised="
				+ Arrays.toString(this.appraised) + ", selfNotApplicable=" + Arrays.toString(this.selfNotApplicable)
				+ ", appraisedNotApplicable=" + Arrays.toString(this.appraisedNotApplicable) + "]";
	}

}
