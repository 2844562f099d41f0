package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * Parsing of rule parameters: one parser per kind, each in its rule's record, so that a
 * rule's syntax and its checks sit next to its arithmetic.
 */
final class Rules {

	private Rules() {
	}

	static Rule parse(RuleKind kind, String parameters, BigDecimal max) {
		BigDecimal checked = Points.max(max);
		return switch (kind) {
			case MANUAL -> ManualRule.parse(parameters, checked);
			case YES_NO -> YesNoRule.parse(parameters, checked);
			case LEVELS -> LevelsRule.parse(parameters, checked);
			case RATIO_TIERS -> RatioTiersRule.parse(parameters, checked);
			case DEDUCTION -> DeductionRule.parse(parameters, checked);
			case SURVEY_SCALE -> SurveyScaleRule.parse(parameters, checked);
			case SURVEY_SCORE -> SurveyScoreRule.parse(parameters, checked);
		};
	}

}
