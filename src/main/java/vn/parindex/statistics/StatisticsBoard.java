package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Amounts;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitView;

/**
 * A campaign's quarterly board (docs/statistics-board.md): per unit and the chosen
 * quarter, every {@code STATISTIC} leaf's rate or value, provisional points and state,
 * against the quarter before; the projected index; the trend of the year so far; the
 * units that fell below a tier. Always provisional: in-year figures, not the results.
 *
 * @param previous the quarter before (the previous year's fourth for a first quarter)
 * @param quarters the quarters of the campaign's year, to choose from
 * @param trend the quarters of the year up to the chosen one, in order
 * @param rows one per unit the reader may see, by unit code
 * @param chart the campaign's chart (the mean rate of its units per quarter), or
 * {@code null} for a reader who sees her own unit only
 */
record StatisticsBoard(CampaignView campaign, Period quarter, Period previous, List<Period> quarters,
		List<Period> trend, List<Leaf> leaves, List<Row> rows, List<Fall> falls, BoardChart chart, boolean allUnits) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A share (0.9583) as a percentage for display, half-up to 2 decimals (95.83). */
	static BigDecimal percent(BigDecimal share) {
		return (share != null) ? share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP) : null;
	}

	/**
	 * A figure without trailing zeros, never in exponent form ({@code 100}, not 1E+2).
	 */
	static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * A {@code STATISTIC} leaf of the framework.
	 *
	 * @param indicator the indicator code its rule names (the first, for a formula), or
	 * {@code null}
	 * @param kind that indicator's kind, or {@code null} when the catalog lacks it
	 * @param thresholds its tiers' thresholds in percent, highest first; empty without
	 * tiers
	 * @param colour its colour in the charts (0–7)
	 */
	record Leaf(String code, String name, BigDecimal maxPoints, RuleKind rule, String indicator, IndicatorKind kind,
			List<BigDecimal> thresholds, int colour) {

		public boolean ratio() {
			return kind == IndicatorKind.RATIO;
		}

	}

	/**
	 * One leaf of one unit in the chosen quarter, beside the quarter before.
	 *
	 * @param applies whether the leaf applies to the unit's type
	 * @param rate the rate as a share, exact (a ratio with a denominator), else
	 * {@code null}
	 * @param value a count's or value's figure, else {@code null}
	 * @param points the provisional points ({@link LeafOutcome.State#SCORED} only), exact
	 * @param reached the highest tier threshold the rate reaches, or {@code null}
	 * @param nextTier the lowest tier threshold above the rate, or {@code null}
	 * @param fell whether the rate fell below a tier it reached the quarter before
	 * @param trend the rate (a ratio) or value per quarter of
	 * {@link StatisticsBoard#trend}, {@code null} where there is none
	 */
	record Cell(Leaf leaf, boolean applies, LeafOutcome.State state, BigDecimal numerator, BigDecimal denominator,
			BigDecimal value, BigDecimal rate, BigDecimal points, LeafOutcome.State previousState,
			BigDecimal previousRate, BigDecimal previousValue, BigDecimal previousPoints, BigDecimal reached,
			BigDecimal nextTier, boolean fell, List<BigDecimal> trend) {

		/** The rate in percent for display, half-up to 2 decimals. */
		public BigDecimal ratePercent() {
			return percent(rate);
		}

		public BigDecimal previousRatePercent() {
			return percent(previousRate);
		}

		/**
		 * The change since the quarter before, in percentage points for a rate (of the
		 * displayed, rounded rates), in units for a value; {@code null} without both.
		 */
		public BigDecimal change() {
			if (rate != null && previousRate != null) {
				return ratePercent().subtract(previousRatePercent());
			}
			if (value != null && previousValue != null) {
				return plain(value.subtract(previousValue));
			}
			return null;
		}

		/**
		 * {@code up}, {@code down}, {@code same}, or {@code none} without both figures.
		 */
		public String direction() {
			BigDecimal change = change();
			if (change == null) {
				return "none";
			}
			return switch (change.signum()) {
				case 1 -> "up";
				case -1 -> "down";
				default -> "same";
			};
		}

		/**
		 * Whether the change is for the better: {@code better}, {@code worse},
		 * {@code same} or {@code none}. More is better, but for a deduction (more overdue
		 * tasks cost points).
		 */
		public String tone() {
			String direction = direction();
			if (!direction.equals("up") && !direction.equals("down")) {
				return direction;
			}
			boolean up = direction.equals("up");
			return (up != (leaf.rule() == RuleKind.DEDUCTION)) ? "better" : "worse";
		}

		/** The points as people read them (2 decimals, up to 4 where computed). */
		public BigDecimal shownPoints() {
			return Amounts.points(points);
		}

		public BigDecimal shownNextTier() {
			return plain(nextTier);
		}

		public BigDecimal shownNumerator() {
			return plain(numerator);
		}

		public BigDecimal shownDenominator() {
			return plain(denominator);
		}

		/** Decimals to show a change with: 2, or more where a value has more. */
		public int changeDecimals() {
			BigDecimal change = change();
			if (change == null || rate != null) {
				return 2;
			}
			return Math.max(0, plain(change).scale());
		}

		public BigDecimal shownValue() {
			return plain(value);
		}

	}

	/**
	 * The unit's index if its statistic leaves scored as in a quarter while every other
	 * leaf keeps its current figure.
	 *
	 * @param points in the engine's unit (ten-thousandths of a point), exact
	 * @param max the applicable maximum, same unit
	 * @param percent the index in percent for display, or {@code null} where there is
	 * none
	 * @param noData leaves without data yet
	 */
	record Projection(long points, long max, BigDecimal percent, int noData) {

		public BigDecimal shownPoints() {
			return Amounts.points(points);
		}

		public BigDecimal shownMax() {
			return Amounts.points(max);
		}

	}

	/**
	 * A unit's line: its cells in the leaves' order, its projected index now and the
	 * quarter before, its chart.
	 */
	record Row(UnitView unit, List<Cell> cells, Projection projected, Projection previousProjected, BoardChart chart,
			boolean fell, java.time.Instant frozenSince) {

		/** The change of the projected index in percentage points, or {@code null}. */
		public BigDecimal indexChange() {
			if (projected.percent() == null || previousProjected.percent() == null) {
				return null;
			}
			return projected.percent().subtract(previousProjected.percent());
		}

		public String indexDirection() {
			BigDecimal change = indexChange();
			return (change == null) ? "none" : switch (change.signum()) {
				case 1 -> "up";
				case -1 -> "down";
				default -> "same";
			};
		}

	}

	/**
	 * A unit whose rate on a tiered leaf fell below a tier it reached the quarter before.
	 *
	 * @param reachedBefore the highest threshold it reached the quarter before
	 * @param nextTier the framework's next tier above its rate now: the one to regain
	 */
	record Fall(UnitView unit, Leaf leaf, BigDecimal previousRate, BigDecimal rate, BigDecimal reachedBefore,
			BigDecimal nextTier) {

		public BigDecimal previousRatePercent() {
			return percent(previousRate);
		}

		public BigDecimal shownNextTier() {
			return plain(nextTier);
		}

		public BigDecimal shownReachedBefore() {
			return plain(reachedBefore);
		}

		public BigDecimal ratePercent() {
			return percent(rate);
		}

	}

}
