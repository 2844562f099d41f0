package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A rule whose input comes from an operational indicator: the inner rule
 * ({@code RATIO_TIERS} or {@code DEDUCTION}) with the indicator it is fed from
 * ({@code indicator=CODE}) and, for ratios, what a 0 / 0 ratio earns ({@code zero=}).
 * Canonical form: {@code indicator=CODE; <the inner rule's parameters>; zero=full}.
 */
record MeasuredRule(Rule inner, String indicator, ZeroDenominator zero) implements Rule {

	static final String INDICATOR = "indicator";

	static final String ZERO = "zero";

	@Override
	public RuleKind kind() {
		return inner.kind();
	}

	@Override
	public BigDecimal points(RuleInput input) {
		if (input instanceof RuleInput.Ratio ratio && ratio.denominator() != null && ratio.denominator().signum() == 0
				&& ratio.numerator() != null && ratio.numerator().signum() == 0) {
			switch (zero) {
				case FULL:
					return Points.of(inner.max());
				case NONE:
					return Points.of(BigDecimal.ZERO);
				default:
					break;
			}
		}
		return inner.points(input);
	}

	@Override
	public BigDecimal max() {
		return inner.max();
	}

	@Override
	public String parameters() {
		StringBuilder text = new StringBuilder(INDICATOR).append('=').append(indicator);
		if (!inner.parameters().isEmpty()) {
			text.append("; ").append(inner.parameters());
		}
		if (zero != ZeroDenominator.NOT_APPLICABLE) {
			text.append("; ").append(ZERO).append('=').append(zero.name().toLowerCase(java.util.Locale.ROOT));
		}
		return text.toString();
	}

	@Override
	public Map<String, String> indicators() {
		return Map.of(INDICATOR, indicator);
	}

	@Override
	public java.util.List<BigDecimal> thresholds() {
		return inner.thresholds();
	}

	@Override
	public ZeroDenominator zeroDenominator() {
		return zero;
	}

}
