package vn.parindex.scoring;

import java.math.BigDecimal;

import vn.parindex.engine.Percent;

/**
 * Indices for display: points over maximum as a percentage rounded half-up to 2 decimals,
 * computed once from the exact stored amounts (never from a rounded value).
 */
final class Percentages {

	private Percentages() {
	}

	/** The index, or {@code null} where nothing applies (maximum 0). */
	static BigDecimal of(BigDecimal points, BigDecimal max) {
		return (points == null || max == null) ? null : Percent.of(points, max);
	}

	/** Compares two exact indices {@code a/b} and {@code c/d} without rounding. */
	static int compare(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
		return a.multiply(d).compareTo(c.multiply(b));
	}

}
