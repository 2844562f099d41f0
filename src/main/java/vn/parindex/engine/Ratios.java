package vn.parindex.engine;

/**
 * Exact comparison of ratios of longs through 128-bit products: never doubles, never an
 * overflow, no allocation.
 */
final class Ratios {

	private Ratios() {
	}

	/**
	 * Compares {@code a / b} with {@code c / d} for positive {@code b} and {@code d}.
	 */
	static int compare(long a, long b, long c, long d) {
		return compareProducts(a, d, c, b);
	}

	/** Compares {@code a × b} with {@code c × d}, exactly. */
	static int compareProducts(long a, long b, long c, long d) {
		long high = Math.multiplyHigh(a, b);
		long otherHigh = Math.multiplyHigh(c, d);
		if (high != otherHigh) {
			return Long.compare(high, otherHigh);
		}
		return Long.compareUnsigned(a * b, c * d);
	}

}
