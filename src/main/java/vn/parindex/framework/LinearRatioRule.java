package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * {@link RuleKind#RATIO_TIERS} written {@code linear}: points in proportion to the rate.
 * A rate above 100% earns the maximum, not more, since a leaf never pays above it.
 */
record LinearRatioRule(BigDecimal max) implements Rule {

	LinearRatioRule {
		max = Points.max(max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.RATIO_TIERS;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		RuleInput.Ratio ratio = RatioTiersRule.checked(input);
		if (ratio.numerator().compareTo(ratio.denominator()) >= 0) {
			return max;
		}
		return Points.divide(max.multiply(ratio.numerator()), ratio.denominator());
	}

	@Override
	public String parameters() {
		return RatioTiersRule.LINEAR;
	}

}
