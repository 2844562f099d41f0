package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#SURVEY_SCORE}: the unit's survey score for the leaf (METHODOLOGY §6), a
 * share from 0 to 1 of the maximum: points = maximum × score. No parameters.
 */
record SurveyScoreRule(BigDecimal max) implements Rule {

	SurveyScoreRule {
		max = Points.max(max);
	}

	static SurveyScoreRule parse(String text, BigDecimal max) {
		if (text != null && !text.isBlank()) {
			throw Refusal.badRequest("framework.rule.error.surveyScoreParameters", text.strip());
		}
		return new SurveyScoreRule(max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SURVEY_SCORE;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		BigDecimal share = Points.present(Points.expect(input, RuleInput.Score.class, kind()).share());
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw Refusal.badRequest("framework.rule.error.scoreOutOfRange",
					share.movePointRight(2).stripTrailingZeros());
		}
		return Points.of(max.multiply(share));
	}

	@Override
	public String parameters() {
		return "";
	}

}
