package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Indices for display: points over maximum as a percentage rounded half-up to 2 decimals,
 * computed once from the exact stored amounts (never from a rounded value).
 */
final class Percentages {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentages() {
	}

	/** The index, or {@code null} where nothing applies (maximum 0). */
	static BigDecimal of(BigDecimal points, BigDecimal max) {
		if (points == null || max == null || max.signum() == 0) {
			return null;
		}
		return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
	}

	/** Compares two exact indices {@code a/b} and {@code c/d} without rounding. */
	static int compare(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
		return a.multiply(d).compareTo(c.multiply(b));
	}

}
