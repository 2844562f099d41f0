package vn.parindex.framework;

/**
 * How a leaf's input becomes points (cách tính điểm).
 */
public enum RuleKind {

	MANUAL, YES_NO, LEVELS, RATIO_TIERS, DEDUCTION, SURVEY_SCALE,

	/** The unit's survey score for the leaf, 0–100%: points = maximum × score. */
	SURVEY_SCORE,

	/**
	 * An expression over named indicators (METHODOLOGY §8), e.g.
	 * {@code A=766.TT_A; B=766.TT_B; formula=6*A + min(2, 2.5*B)}: points = the value,
	 * within 0 and the maximum, evaluated in exact decimals.
	 */
	FORMULA

}
