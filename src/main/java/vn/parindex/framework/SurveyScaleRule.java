package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#SURVEY_SCALE}: the mean answer on a 1..k scale, mapped linearly so that
 * the lowest answer earns nothing and the highest earns the maximum. It also takes the
 * survey module's score ({@link RuleInput.Score}, the mean answer already mapped to
 * 0..1): the same points, maximum × score.
 */
record SurveyScaleRule(int scale, BigDecimal max) implements Rule {

	static final String EXAMPLE = "scale=5";

	/** Beyond this no questionnaire is a scale any more; more likely a typo. */
	static final int LARGEST_SCALE = 100;

	SurveyScaleRule {
		max = Points.max(max);
		if (scale < 2 || scale > LARGEST_SCALE) {
			throw Refusal.badRequest("framework.rule.error.badScale", scale);
		}
	}

	static SurveyScaleRule parse(String text, BigDecimal max) {
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		String value = parameters.keywords("scale").get("scale");
		if (value == null) {
			throw parameters.bad();
		}
		BigDecimal scale = parameters.number(value);
		if (scale.scale() > 0 || scale.compareTo(BigDecimal.valueOf(LARGEST_SCALE)) > 0) {
			throw Refusal.badRequest("framework.rule.error.badScale", scale);
		}
		return new SurveyScaleRule(scale.intValueExact(), max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SURVEY_SCALE;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		if (input instanceof RuleInput.Score score) {
			// the survey module's score of scale answers: (mean − 1) / (k − 1) already
			return new SurveyScoreRule(max).points(score);
		}
		BigDecimal mean = Points.present(Points.expect(input, RuleInput.Mean.class, kind()).mean());
		BigDecimal top = BigDecimal.valueOf(scale);
		if (mean.compareTo(BigDecimal.ONE) < 0 || mean.compareTo(top) > 0) {
			throw Refusal.badRequest("framework.rule.error.meanOutOfScale", mean, scale);
		}
		return Points.divide(max.multiply(mean.subtract(BigDecimal.ONE)), top.subtract(BigDecimal.ONE));
	}

	@Override
	public String parameters() {
		return "scale=" + scale;
	}

}
