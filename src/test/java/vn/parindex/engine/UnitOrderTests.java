package vn.parindex.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitOrderTests {

	/**
	 * Coarse keys that lump values together (value / coarseness), refined by the exact
	 * values: the result is the stable sort by value.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 5, 40, 1_000, 1_000_000 })
	void coarseKeysRefinedExactlyGiveTheStableSort(int coarseness) {
		Random random = new Random(coarseness);
		for (int round = 0; round < 50; round++) {
			int n = 1 + random.nextInt(300);
			long[] values = random.longs(n, 0, 500).toArray();
			long[] coarse = Arrays.stream(values).map((value) -> value / coarseness).toArray();
			int[] units = IntStream.range(0, n).filter((i) -> random.nextInt(5) > 0).toArray();
			int[] expected = Arrays.stream(units)
				.boxed()
				.sorted(Comparator.comparingLong((Integer i) -> values[i]))
				.mapToInt(Integer::intValue)
				.toArray();
			UnitOrder.sort(units, coarse, n, (a, b) -> Long.compare(values[a], values[b]));
			assertThat(units).containsExactly(expected);
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, Long.MAX_VALUE })
	void keysThatCannotBePackedFallBackToAComparisonSort(long badKey) {
		long[] values = { 5, 3, 9, 3, 1 };
		long[] coarse = { 5, 3, badKey, 3, 1 };
		int[] units = { 0, 1, 2, 3, 4 };
		UnitOrder.sort(units, coarse, 5, (a, b) -> Long.compare(values[a], values[b]));
		assertThat(units).containsExactly(4, 1, 3, 0, 2);
	}

}
