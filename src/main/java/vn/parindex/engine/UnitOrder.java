package vn.parindex.engine;

import java.util.Arrays;

/**
 * Sorts unit positions without boxing: by a coarse non-negative long key packed with the
 * position into one primitive long (one {@code Arrays.sort(long[])}), then each run of
 * equal coarse keys refined by the exact order. The coarse key must never contradict the
 * exact order (a unit before another in the exact order never has a larger key); where it
 * cannot be packed, a plain comparison sort is the fallback.
 */
final class UnitOrder {

	/** Runs longer than this, when out of order, are sorted by the general sort. */
	private static final int INSERTION_LIMIT = 32;

	private UnitOrder() {
	}

	/** The exact order of two unit positions: negative when the first comes first. */
	interface Exact {

		int compare(int a, int b);

	}

	/**
	 * Sorts the units (positions) ascending, stably.
	 * @param coarse per position, a key in [0, {@link #keyLimit(int)}) consistent with
	 * the exact order, or negative where none exists
	 */
	static void sort(int[] units, long[] coarse, int positions, Exact exact) {
		int bits = positionBits(positions);
		long limit = keyLimit(positions);
		long[] packed = new long[units.length];
		for (int i = 0; i < units.length; i++) {
			long key = coarse[units[i]];
			if (key < 0 || key >= limit) {
				fallback(units, 0, units.length, exact);
				return;
			}
			packed[i] = (key << bits) | units[i];
		}
		Arrays.sort(packed);
		long mask = (1L << bits) - 1;
		for (int i = 0; i < units.length; i++) {
			units[i] = (int) (packed[i] & mask);
		}
		int start = 0;
		while (start < units.length) {
			int end = start + 1;
			while (end < units.length && (packed[end] >>> bits) == (packed[start] >>> bits)) {
				end++;
			}
			if (end - start > 1) {
				refine(units, start, end, exact);
			}
			start = end;
		}
	}

	/** The exclusive upper bound of coarse keys for this many positions. */
	static long keyLimit(int positions) {
		return 1L << (63 - positionBits(positions));
	}

	private static int positionBits(int positions) {
		return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, positions - 1)));
	}

	/** Insertion sort, stable: linear when the run is already in order (exact ties). */
	private static void refine(int[] units, int start, int end, Exact exact) {
		for (int i = start + 1; i < end; i++) {
			int unit = units[i];
			int j = i - 1;
			if (exact.compare(units[j], unit) <= 0) {
				continue;
			}
			if (end - start > INSERTION_LIMIT) {
				fallback(units, start, end, exact);
				return;
			}
			while (j >= start && exact.compare(units[j], unit) > 0) {
				units[j + 1] = units[j];
				j--;
			}
			units[j + 1] = unit;
		}
	}

	private static void fallback(int[] units, int start, int end, Exact exact) {
		Integer[] boxed = new Integer[end - start];
		for (int i = start; i < end; i++) {
			boxed[i - start] = units[i];
		}
		Arrays.sort(boxed, exact::compare);
		for (int i = start; i < end; i++) {
			units[i] = boxed[i - start];
		}
	}

}
