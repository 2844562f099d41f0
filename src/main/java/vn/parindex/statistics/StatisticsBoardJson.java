package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.List;

import vn.parindex.engine.Amounts;

/**
 * {@code GET /api/v1/campaigns/{id}/statistics/board?quarter=}
 * (docs/statistics-board.md): per unit, every statistic leaf's rate, points and state,
 * and the projected index. Rates and indices are percentages rounded half-up to 2
 * decimals, for display; points are exact.
 */
record StatisticsBoardJson(Campaign campaign, String quarter, String previousQuarter, boolean provisional,
		List<Leaf> leaves, List<Unit> units, List<Fall> fellBelowTier) {

	record Campaign(long id, String name, int year) {
	}

	/** A statistic leaf: its indicator and tiers (percent, highest first). */
	record Leaf(String leaf, String name, BigDecimal maxPoints, String rule, String indicator, List<BigDecimal> tiers) {
	}

	/**
	 * @param projectedIndex the index (percent) if the statistic leaves scored as in the
	 * quarter, every other leaf as it stands; {@code null} where there is none
	 * @param projectedPoints exact points of that index, over {@code projectedMaxPoints}
	 */
	record Unit(String unit, String name, BigDecimal projectedIndex, BigDecimal projectedPoints,
			BigDecimal projectedMaxPoints, BigDecimal previousProjectedIndex, int leavesWithoutData,
			List<UnitLeaf> leaves) {
	}

	/**
	 * One leaf of one unit.
	 *
	 * @param state {@code SCORED}, {@code NOT_APPLICABLE} (0 / 0), {@code NO_DATA},
	 * {@code INVALID}, or {@code NOT_FOR_TYPE} where the leaf is restricted to other unit
	 * types
	 * @param rate percent, half-up to 2 decimals, for a ratio with a denominator
	 * @param rateChange percentage points since the previous quarter (of the displayed
	 * rates), or the value's change for a count
	 * @param tierReached the highest tier threshold the rate reaches
	 * @param nextTier the lowest tier threshold above the rate
	 * @param fellBelowTier whether the rate fell below a tier reached the quarter before
	 */
	record UnitLeaf(String leaf, String state, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
			BigDecimal rate, BigDecimal points, String previousState, BigDecimal previousRate, BigDecimal previousValue,
			BigDecimal previousPoints, BigDecimal rateChange, BigDecimal tierReached, BigDecimal nextTier,
			boolean fellBelowTier, List<Trend> trend) {
	}

	/** A quarter of the year so far: the rate (percent) or the value. */
	record Trend(String quarter, BigDecimal rate, BigDecimal value) {
	}

	record Fall(String unit, String leaf, BigDecimal previousRate, BigDecimal rate, BigDecimal tierReachedBefore,
			BigDecimal nextTier) {
	}

	static StatisticsBoardJson of(StatisticsBoard board) {
		List<Leaf> leaves = board.leaves()
			.stream()
			.map((leaf) -> new Leaf(leaf.code(), leaf.name(), leaf.maxPoints(), leaf.rule().name(), leaf.indicator(),
					leaf.thresholds().stream().map(StatisticsBoardJson::plain).toList()))
			.toList();
		List<Unit> units = board.rows().stream().map((row) -> unit(board, row)).toList();
		List<Fall> falls = board.falls()
			.stream()
			.map((fall) -> new Fall(fall.unit().code(), fall.leaf().code(), fall.previousRatePercent(),
					fall.ratePercent(), plain(fall.reachedBefore()), plain(fall.nextTier())))
			.toList();
		return new StatisticsBoardJson(
				new Campaign(board.campaign().id(), board.campaign().name(), board.campaign().year()),
				board.quarter().text(), board.previous().text(), true, leaves, units, falls);
	}

	private static Unit unit(StatisticsBoard board, StatisticsBoard.Row row) {
		List<UnitLeaf> leaves = row.cells().stream().map((cell) -> {
			List<Trend> trend = new java.util.ArrayList<>();
			for (int i = 0; i < board.trend().size(); i++) {
				BigDecimal figure = cell.trend().get(i);
				boolean ratio = cell.leaf().ratio();
				trend.add(new Trend(board.trend().get(i).text(), ratio ? StatisticsBoard.percent(figure) : null,
						!ratio ? plain(figure) : null));
			}
			return new UnitLeaf(cell.leaf().code(), cell.applies() ? cell.state().name() : "NOT_FOR_TYPE",
					plain(cell.numerator()), plain(cell.denominator()), plain(cell.value()), cell.ratePercent(),
					Amounts.points(cell.points()), cell.applies() ? cell.previousState().name() : "NOT_FOR_TYPE",
					cell.previousRatePercent(), plain(cell.previousValue()), Amounts.points(cell.previousPoints()),
					cell.change(), plain(cell.reached()), plain(cell.nextTier()), cell.fell(), trend);
		}).toList();
		StatisticsBoard.Projection projected = row.projected();
		return new Unit(row.unit().code(), row.unit().name(), projected.percent(), projected.shownPoints(),
				projected.shownMax(), row.previousProjected().percent(), projected.noData(), leaves);
	}

	private static BigDecimal plain(BigDecimal number) {
		return StatisticsBoard.plain(number);
	}

}
