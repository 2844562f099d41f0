package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;

/**
 * What an indicator measured for a unit over a period, added up from its observations by
 * the indicator's {@link PeriodAggregation}: a ratio's numerator and denominator, or a
 * count's or value's value.
 *
 * @param periods the observed periods it was added up from, in order ({@code 2026-Q1},
 * {@code 2026-Q2}, {@code 2026-07}), or the period itself
 * @param sources the sources of those observations
 * @param complete whether those periods cover the whole period asked (a year-to-date
 * figure is not)
 * @param fromChildren whether it is the sum of the unit's children's figures
 */
public record Measure(BigDecimal numerator, BigDecimal denominator, BigDecimal value, List<Period> periods,
		Set<String> sources, boolean complete, boolean fromChildren) {

	/** Precision of a rate handed to a formula: 34 significant digits. */
	static final MathContext RATE = MathContext.DECIMAL128;

	public Measure {
		periods = List.copyOf(periods);
		sources = Set.copyOf(sources);
	}

	public boolean isRatio() {
		return denominator != null;
	}

	/**
	 * The rate as a share (0.959 for 95.9%) for a ratio with a denominator, the value
	 * otherwise; {@code null} for 0 / 0 and for a numerator over 0.
	 */
	public BigDecimal number() {
		if (!isRatio()) {
			return value;
		}
		return (denominator.signum() == 0) ? null : numerator.divide(denominator, RATE);
	}

}
