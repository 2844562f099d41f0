package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * The fields a page or an API sends for a leaf's input; only those the rule needs are
 * read. A survey score is sent as a percentage from 0 to 100.
 */
public record RuleInputForm(BigDecimal value, Boolean yes, String level, BigDecimal numerator, BigDecimal denominator,
		BigDecimal count, BigDecimal mean, BigDecimal score) {

	/**
	 * The input for a rule of this kind.
	 * @throws Refusal when a field the rule needs is empty
	 */
	public RuleInput toInput(RuleKind kind) {
		return switch (kind) {
			case MANUAL -> new RuleInput.Number(required(value));
			case YES_NO -> new RuleInput.YesNo(required(yes));
			case LEVELS -> new RuleInput.Level(required(level));
			case RATIO_TIERS -> new RuleInput.Ratio(required(numerator), required(denominator));
			case DEDUCTION -> new RuleInput.Count(required(count));
			case SURVEY_SCALE -> new RuleInput.Mean(required(mean));
			case SURVEY_SCORE -> new RuleInput.Score(required(score).movePointLeft(2));
			// computed from its indicators' figures (RuleInput.Values), not typed in
			// these fields
			case FORMULA -> throw Refusal.badRequest("framework.preview.formulaComputed");
		};
	}

	/**
	 * The fields that give back this input, e.g. to show it in a form again; none for a
	 * formula's values, which no field holds.
	 */
	public static RuleInputForm of(RuleInput input) {
		if (input == null || input instanceof RuleInput.Values) {
			return new RuleInputForm(null, null, null, null, null, null, null, null);
		}
		if (input instanceof RuleInput.Number number) {
			return new RuleInputForm(number.value(), null, null, null, null, null, null, null);
		}
		if (input instanceof RuleInput.YesNo yesNo) {
			return new RuleInputForm(null, yesNo.yes(), null, null, null, null, null, null);
		}
		if (input instanceof RuleInput.Level level) {
			return new RuleInputForm(null, null, level.name(), null, null, null, null, null);
		}
		if (input instanceof RuleInput.Ratio ratio) {
			return new RuleInputForm(null, null, null, ratio.numerator(), ratio.denominator(), null, null, null);
		}
		if (input instanceof RuleInput.Count count) {
			return new RuleInputForm(null, null, null, null, null, count.count(), null, null);
		}
		if (input instanceof RuleInput.Score score) {
			return new RuleInputForm(null, null, null, null, null, null, null,
					(score.share() != null) ? score.share().movePointRight(2).stripTrailingZeros() : null);
		}
		RuleInput.Mean mean = (RuleInput.Mean) input;
		return new RuleInputForm(null, null, null, null, null, null, mean.mean(), null);
	}

	private static <T> T required(T value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw Refusal.badRequest("framework.preview.missingInput");
		}
		return value;
	}

}
