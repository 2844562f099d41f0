package vn.parindex.framework;

/**
 * How a leaf's input becomes points (cách tính điểm).
 */
public enum RuleKind {

	MANUAL, YES_NO, LEVELS, RATIO_TIERS, DEDUCTION, SURVEY_SCALE,

	/** The unit's survey score for the leaf, 0–100%: points = maximum × score. */
	SURVEY_SCORE

}
