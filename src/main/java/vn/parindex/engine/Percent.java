package vn.parindex.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Presentation of an exact index as a percentage: rounded half-up to 2 decimals, and only
 * for display (ranks and groups read the exact ratio). For example 11.50 / 12 is 95.83
 * and 2 / 3 is 66.67.
 */
public final class Percent {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percent() {
	}

	/**
	 * {@code points / max × 100}, half-up to 2 decimals (scale 2), or {@code null} where
	 * {@code max} is 0: no index. Both amounts in the same unit (e.g. hundredths).
	 */
	public static BigDecimal of(long points, long max) {
		if (max == 0) {
			return null;
		}
		return BigDecimal.valueOf(points).multiply(HUNDRED).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Points as published: half-up to 2 decimals (scale 2), for display only; sums and
	 * indices are computed from the exact amounts. {@code null} stays {@code null}.
	 */
	public static BigDecimal points(BigDecimal exact) {
		return (exact != null) ? exact.setScale(2, RoundingMode.HALF_UP) : null;
	}

	/** As {@link #of(long, long)}, for decimal amounts. */
	public static BigDecimal of(BigDecimal points, BigDecimal max) {
		if (max.signum() == 0) {
			return null;
		}
		return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
	}

}
