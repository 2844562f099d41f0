package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.parindex.problem.Refusal;

/**
 * The arithmetic and input checks every rule shares. Points leave a rule with exactly two
 * decimals so that callers can compare them with {@code equals}; a maximum or step with
 * more decimals could never be paid out exactly and is refused.
 */
final class Points {

	static final int SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Points() {
	}

	/** The leaf's maximum, checked and brought to two decimals. */
	static BigDecimal max(BigDecimal max) {
		if (max == null || max.signum() <= 0) {
			throw Refusal.badRequest("framework.rule.error.maxNotPositive", max);
		}
		return cents(max).setScale(SCALE);
	}

	/** Refuses a value that cannot be written in whole cents of a point. */
	static BigDecimal cents(BigDecimal value) {
		if (value.stripTrailingZeros().scale() > SCALE) {
			throw Refusal.badRequest("framework.rule.error.tooManyDecimals", value);
		}
		return value;
	}

	/** Points as a rule returns them: two decimals, half-up where more were needed. */
	static BigDecimal of(BigDecimal exact) {
		return exact.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** A quotient that may not terminate, rounded half-up to two decimals. */
	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal percentOf(BigDecimal percent, BigDecimal whole) {
		return whole.multiply(percent).divide(HUNDRED);
	}

	/**
	 * The points of a {@code step} parameter: positive, and payable in whole cents.
	 */
	static BigDecimal step(Amount step, BigDecimal max) {
		BigDecimal points = step.of(max);
		if (points.signum() <= 0) {
			throw Refusal.badRequest("framework.rule.error.stepNotPositive", points);
		}
		return cents(points);
	}

	/** The input narrowed to the type the rule takes. */
	static <T extends RuleInput> T expect(RuleInput input, Class<T> type, RuleKind kind) {
		if (input == null) {
			throw Refusal.badRequest("framework.rule.error.missingValue");
		}
		if (!type.isInstance(input)) {
			throw Refusal.badRequest("framework.rule.error.wrongInput", kind);
		}
		return type.cast(input);
	}

	static BigDecimal present(BigDecimal value) {
		if (value == null) {
			throw Refusal.badRequest("framework.rule.error.missingValue");
		}
		return value;
	}

}
