package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * A parameter value in points: absolute, or a percentage of the leaf's maximum. The form
 * is kept, not resolved, so that a framework copied to next year with another maximum
 * keeps "75%" meaning three quarters.
 */
record Amount(BigDecimal value, boolean percent) {

	Amount {
		value = value.stripTrailingZeros();
		if (!percent) {
			Points.cents(value);
		}
	}

	/** The exact points this amount stands for under the given maximum. */
	BigDecimal of(BigDecimal max) {
		return percent ? Points.percentOf(value, max) : value;
	}

	String text() {
		return value.toPlainString() + (percent ? "%" : "");
	}

}
