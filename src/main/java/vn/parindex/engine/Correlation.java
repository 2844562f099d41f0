package vn.parindex.engine;

/**
 * Pearson's correlation between applicable maximum and index: do units with few
 * applicable criteria score higher? A statistic to show, the only figure computed in
 * doubles; it never decides a rank or a group.
 */
final class Correlation {

	private Correlation() {
	}

	/** Over the given units, or {@code null} with fewer than 3 or without variance. */
	static Double of(int[] units, long[] points, long[] max) {
		int n = units.length;
		if (n < 3 || constant(units, points, max)) {
			return null;
		}
		double meanX = 0;
		double meanY = 0;
		for (int unit : units) {
			meanX += max[unit];
			meanY += (double) points[unit] / max[unit];
		}
		meanX /= n;
		meanY /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int unit : units) {
			double dx = max[unit] - meanX;
			double dy = (double) points[unit] / max[unit] - meanY;
			sxy += dx * dy;
			sxx += dx * dx;
			syy += dy * dy;
		}
		return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
	}

	/** Whether either variable has no variance, decided exactly. */
	private static boolean constant(int[] units, long[] points, long[] max) {
		int first = units[0];
		boolean sameMax = true;
		boolean sameIndex = true;
		for (int unit : units) {
			sameMax &= max[unit] == max[first];
			sameIndex &= Ratios.compare(points[unit], max[unit], points[first], max[first]) == 0;
		}
		return sameMax || sameIndex;
	}

}
