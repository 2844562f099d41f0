package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#RATIO_TIERS} written {@code linear}: points in proportion to the rate,
 * {@code max × min(rate, 1)}; with a target ({@code linear; target=80%}), in proportion
 * to the rate over the target, {@code max × min(rate / target, 1)}: full points from the
 * target up. A rate above 100% (or above the target) earns the maximum, not more, since a
 * leaf never pays above it.
 *
 * @param target the target in percent, above 0 and at most 100; {@code null} for none
 * (100%), which is also what {@code target=100%} means
 */
record LinearRatioRule(BigDecimal max, BigDecimal target) implements Rule {

	static final String TARGET = "target";

	static final String EXAMPLE = "linear; target=80%";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	LinearRatioRule {
		max = Points.max(max);
		if (target != null) {
			target = target.stripTrailingZeros();
			if (target.signum() <= 0 || target.compareTo(HUNDRED) > 0) {
				throw Refusal.badRequest("framework.rule.error.targetOutOfRange", target);
			}
			if (target.compareTo(HUNDRED) == 0) {
				target = null;
			}
		}
	}

	LinearRatioRule(BigDecimal max) {
		this(max, null);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.RATIO_TIERS;
	}

	/**
	 * {@code max × numerator × 100 / (denominator × target)}, one division, rounded
	 * half-up to 4 decimals; the maximum once {@code numerator × 100 ≥ denominator ×
	 * target}, compared exactly.
	 */
	@Override
	public BigDecimal points(RuleInput input) {
		RuleInput.Ratio ratio = RatioTiersRule.checked(input);
		BigDecimal percent = (target != null) ? target : HUNDRED;
		BigDecimal hundredfold = ratio.numerator().multiply(HUNDRED);
		BigDecimal full = ratio.denominator().multiply(percent);
		if (hundredfold.compareTo(full) >= 0) {
			return Points.of(max);
		}
		return Points.divide(max.multiply(hundredfold), full);
	}

	@Override
	public String parameters() {
		return (target != null) ? RatioTiersRule.LINEAR + "; " + TARGET + "=" + target.toPlainString() + "%"
				: RatioTiersRule.LINEAR;
	}

}
