package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * Parsing of rule parameters: one parser per kind, each in its rule's record, so that a
 * rule's syntax and its checks sit next to its arithmetic.
 */
final class Rules {

	private Rules() {
	}

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]{0,63}");

	static Rule parse(RuleKind kind, String parameters, BigDecimal max) {
		BigDecimal checked = Points.max(max);
		if (kind == RuleKind.RATIO_TIERS || kind == RuleKind.DEDUCTION) {
			return measured(kind, parameters, checked);
		}
		return plain(kind, parameters, checked);
	}

	/**
	 * Takes {@code indicator=} and {@code zero=} out of the parameters, parses the rest
	 * as the kind's own, and wraps it in a {@link MeasuredRule} when an indicator is
	 * named.
	 */
	private static Rule measured(RuleKind kind, String parameters, BigDecimal max) {
		String example = (kind == RuleKind.DEDUCTION) ? "indicator=NHIEM_VU_QUA_HAN; " + DeductionRule.EXAMPLE
				: "indicator=TTHC_DUNG_HAN; linear; target=80%; zero=full";
		RuleParameters whole = new RuleParameters(parameters, example);
		String indicator = null;
		String zero = null;
		StringBuilder rest = new StringBuilder();
		for (String segment : whole.text().split(";")) {
			int equals = segment.indexOf('=');
			String key = (equals >= 0) ? segment.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT) : "";
			String value = (equals >= 0) ? segment.substring(equals + 1).strip() : "";
			if (key.equals(MeasuredRule.INDICATOR) || key.equals(MeasuredRule.ZERO)) {
				if (value.isEmpty() || (key.equals(MeasuredRule.INDICATOR) ? indicator : zero) != null) {
					throw whole.bad();
				}
				if (key.equals(MeasuredRule.INDICATOR)) {
					indicator = value.toUpperCase(java.util.Locale.ROOT);
				}
				else {
					zero = value.toLowerCase(java.util.Locale.ROOT);
				}
			}
			else if (!segment.isBlank()) {
				rest.append((rest.length() > 0) ? ";" : "").append(segment);
			}
		}
		if (indicator == null && zero == null) {
			return plain(kind, parameters, max);
		}
		Rule inner;
		try {
			inner = plain(kind, rest.toString(), max);
		}
		catch (Refusal refused) {
			if (refused.messageKey().equals("framework.rule.error.badParameters")) {
				// the whole text, with the example of the kind's own syntax
				throw Refusal.badRequest(refused.messageKey(), whole.text(), refused.arguments()[1]);
			}
			throw refused;
		}
		if (indicator == null || !CODE.matcher(indicator).matches() || (zero != null
				&& (kind != RuleKind.RATIO_TIERS || !java.util.List.of("full", "none").contains(zero)))) {
			throw whole.bad();
		}
		ZeroDenominator policy = (zero == null) ? ZeroDenominator.NOT_APPLICABLE
				: ZeroDenominator.valueOf(zero.toUpperCase(java.util.Locale.ROOT));
		return new MeasuredRule(inner, indicator, policy);
	}

	private static Rule plain(RuleKind kind, String parameters, BigDecimal checked) {
		return switch (kind) {
			case MANUAL -> ManualRule.parse(parameters, checked);
			case YES_NO -> YesNoRule.parse(parameters, checked);
			case LEVELS -> LevelsRule.parse(parameters, checked);
			case RATIO_TIERS -> RatioTiersRule.parse(parameters, checked);
			case DEDUCTION -> DeductionRule.parse(parameters, checked);
			case SURVEY_SCALE -> SurveyScaleRule.parse(parameters, checked);
			case SURVEY_SCORE -> SurveyScoreRule.parse(parameters, checked);
			case FORMULA -> FormulaRule.parse(parameters, checked);
		};
	}

}
