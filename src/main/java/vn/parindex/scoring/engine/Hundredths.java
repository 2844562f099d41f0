package vn.parindex.scoring.engine;

import java.math.BigDecimal;

/**
 * The engine's amounts: exact longs in hundredths of a point, converted from and to the
 * decimals stored and shown elsewhere.
 */
public final class Hundredths {

	private Hundredths() {
	}

	/**
	 * The amount in hundredths.
	 * @throws ArithmeticException when the amount has more than 2 decimals or does not
	 * fit
	 */
	public static long of(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	/** The amount as a decimal of scale 2. */
	public static BigDecimal toDecimal(long hundredths) {
		return BigDecimal.valueOf(hundredths, 2);
	}

}
