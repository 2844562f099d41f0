package vn.parindex.engine;

import java.math.BigDecimal;

/**
 * The engine's amounts: exact longs in ten-thousandths of a point, converted from and to
 * the decimals stored and shown elsewhere. Points typed by people have at most 2
 * decimals; points computed by a rule (a linear ratio, a survey mean) up to 4, and every
 * sum of them stays exact.
 */
public final class Amounts {

	/** Decimals of a point the engine keeps. */
	public static final int SCALE = 4;

	/** One point, in the engine's unit. */
	public static final long POINT = 10_000;

	private Amounts() {
	}

	/**
	 * The amount in ten-thousandths of a point; {@code null} is 0.
	 * @throws ArithmeticException when the amount has more than 4 decimals or does not
	 * fit
	 */
	public static long of(BigDecimal amount) {
		return (amount != null) ? amount.movePointRight(SCALE).longValueExact() : 0;
	}

	/**
	 * Points as people read them: 2 decimals, or up to 4 where a rule computed them
	 * ({@code 2.00}, {@code 3.8352}); {@code null} stays {@code null}.
	 */
	public static BigDecimal points(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal exact = value.stripTrailingZeros();
		return (exact.scale() < 2) ? exact.setScale(2) : exact;
	}

	/** The amount as points people read (see {@link #points(BigDecimal)}). */
	public static BigDecimal points(long amount) {
		return points(toDecimal(amount));
	}

	/** The amount as a decimal of scale 4. */
	public static BigDecimal toDecimal(long amount) {
		return BigDecimal.valueOf(amount, SCALE);
	}

}
