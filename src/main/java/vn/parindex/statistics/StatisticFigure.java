package vn.parindex.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a unit's sheet, the council's review and the statistics profile show of one
 * {@code STATISTIC} leaf, read only: its indicators, the figures over the campaign's year
 * (a ratio's numerator and denominator, or a value; the rate), where they came from, the
 * leaf's state and points, and the council's adjustment.
 *
 * @param indicators the indicators the leaf's rule names, in the rule's order
 * @param state where the leaf stands; {@code NO_DATA} when nothing was observed
 * @param points the computed points ({@code SCORED} only)
 * @param numerator a single ratio indicator's numerator over the year, else {@code null}
 * @param value a single count's or value's value over the year, else {@code null}
 * @param rate a single ratio's rate as a share (0.959), else {@code null}
 * @param periods the observed periods the figures add up ({@code 2026-Q1}, …)
 * @param complete whether those periods cover the whole year
 * @param adjustment the council's adjustment, or {@code null}
 * @param current where the unit's figures are frozen (its appraisal is final): what the
 * current observations would give instead, when that differs; else {@code null}
 */
public record StatisticFigure(String leafCode, String name, BigDecimal maxPoints, List<IndicatorRef> indicators,
		LeafOutcome.State state, BigDecimal points, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
		BigDecimal rate, List<String> sources, List<String> periods, boolean complete, Adjustment adjustment,
		Current current) {

	public StatisticFigure {
		indicators = List.copyOf(indicators);
		sources = List.copyOf(sources);
		periods = List.copyOf(periods);
	}

	/**
	 * What the current observations would give a frozen leaf: not counted anywhere, shown
	 * so that the council knows to reopen the appraisal if the frozen source was wrong.
	 */
	public record Current(LeafOutcome.State state, BigDecimal points, BigDecimal numerator, BigDecimal denominator,
			BigDecimal value, BigDecimal rate, List<String> sources, List<String> periods, boolean complete) {

		public Current {
			sources = List.copyOf(sources);
			periods = List.copyOf(periods);
		}

		/** The rate as a percentage, or {@code null}. */
		public BigDecimal ratePercent() {
			return (rate != null) ? rate.movePointRight(2) : null;
		}

		public boolean isRatio() {
			return denominator != null;
		}

		/** The state's message key suffix. */
		public String stateName() {
			return state.name();
		}

	}

	/**
	 * An indicator a leaf names: its code and name ({@code null} when not in the
	 * catalog).
	 */
	public record IndicatorRef(String variable, String code, String name) {
	}

	/** The council's adjustment of the leaf's points, with its reason. */
	public record Adjustment(BigDecimal points, String reason, String adjustedBy, Instant adjustedAt, int version) {
	}

	/** The points that count: the council's where it adjusted them, else the computed. */
	public BigDecimal counted() {
		return (adjustment != null) ? adjustment.points() : points;
	}

	/** The rate as a percentage (95.9 for 0.959), or {@code null}. */
	public BigDecimal ratePercent() {
		return (rate != null) ? rate.movePointRight(2) : null;
	}

	public boolean isRatio() {
		return denominator != null;
	}

	/** The decimals to show a number with: what it has, from 0 (or 2 for points) to 4. */
	public static int decimals(BigDecimal number, int least) {
		if (number == null) {
			return least;
		}
		return Math.max(least, Math.min(4, number.stripTrailingZeros().scale()));
	}

	/** The state's message key suffix. */
	public String stateName() {
		return state.name();
	}

}
