package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.parindex.problem.Refusal;

/**
 * The arithmetic and input checks every rule shares. Points typed or written in
 * parameters have at most two decimals: a maximum or step with more could never be paid
 * out exactly and is refused. Points a rule computes (a quotient, a percentage of an odd
 * maximum) are kept to four decimals (METHODOLOGY.md §4). Every point value leaves a rule
 * in one canonical form, the smallest scale from 2 to 4 that holds it ({@code 2.00},
 * {@code 1.875}, {@code 1.9176}), so that two equal points are also {@code equals}.
 */
final class Points {

	/**
	 * Decimals of typed points, maxima and absolute parameters; the least scale returned.
	 */
	static final int SCALE = 2;

	/** Decimals a computed point keeps; the greatest scale returned. */
	static final int COMPUTED_SCALE = 4;

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

	/**
	 * Points as a rule returns them: rounded half-up to four decimals where the exact
	 * value has more, at the smallest scale from 2 to 4 that holds the result.
	 */
	static BigDecimal of(BigDecimal exact) {
		BigDecimal rounded = exact.setScale(COMPUTED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < SCALE) ? rounded.setScale(SCALE) : rounded;
	}

	/** A quotient that may not terminate, as {@link #of} returns points. */
	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return of(dividend.divide(divisor, COMPUTED_SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * Computed points rounded half-up to two decimals, for frameworks that round computed
	 * leaves before adding them up ({@link FrameworkSettings#roundComputed()}).
	 */
	static BigDecimal roundedToCents(BigDecimal points) {
		return points.setScale(SCALE, RoundingMode.HALF_UP);
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
