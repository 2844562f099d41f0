package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sample sizes (cỡ mẫu): n = N / (1 + N·e²) for a population of N at a margin of error e
 * (Yamane's formula), rounded up to a whole respondent.
 */
final class Samples {

	private Samples() {
	}

	static long size(long population, BigDecimal margin) {
		if (population <= 0) {
			return 0;
		}
		BigDecimal n = BigDecimal.valueOf(population);
		BigDecimal denominator = BigDecimal.ONE.add(n.multiply(margin).multiply(margin));
		return n.divide(denominator, 0, RoundingMode.CEILING).longValueExact();
	}

}
