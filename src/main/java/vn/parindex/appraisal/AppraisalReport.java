package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import vn.parindex.assessment.NodeTotal;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.units.UnitView;

/**
 * The campaign's appraisal report (báo cáo kết quả thẩm định): each unit's self-assessed
 * index beside its appraised one and the adjustment between them, the campaign's
 * averages, and the criteria that lost the most points across units.
 *
 * @param finalisedOnly whether only finalised sheets count, or every sheet under
 * appraisal (provisional figures)
 * @param units the units, the largest adjustment first
 * @param losses the rankings of the nodes that lost the most points
 */
record AppraisalReport(CampaignView campaign, boolean finalisedOnly, List<UnitRow> units, Averages averages,
		Losses losses) {

	static final int TOP = 10;

	/**
	 * One unit's figures.
	 *
	 * @param pointsAdjustment self-assessed points less appraised points
	 * @param indexAdjustment self-assessed index less appraised index, in percentage
	 * points; {@code null} where either has no index
	 * @param lost the points lost across its leaves (see
	 * {@link AppraisalOutcome.Line#lost})
	 * @param adjustments the number of leaves where the council's figure differs
	 */
	public record UnitRow(UnitView unit, SheetStatus status, NodeTotal self, NodeTotal appraised,
			BigDecimal pointsAdjustment, BigDecimal indexAdjustment, BigDecimal lost, int adjustments) {

		static UnitRow of(UnitView unit, SheetStatus status, NodeTotal self, NodeTotal appraised, BigDecimal lost,
				int adjustments) {
			BigDecimal index = (self.index() != null && appraised.index() != null)
					? self.index().subtract(appraised.index()) : null;
			return new UnitRow(unit, status, self, appraised, self.points().subtract(appraised.points()), index, lost,
					adjustments);
		}

		/** The adjustment of the index as shown: half-up to 2 decimals. */
		public BigDecimal shownIndexAdjustment() {
			return shown(indexAdjustment);
		}

	}

	/** A figure as pages show it: half-up to 2 decimals; {@code null} stays. */
	static BigDecimal shown(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	/**
	 * The campaign's averages over the units with an index (exact, 10 decimals).
	 */
	public record Averages(int units, BigDecimal selfIndex, BigDecimal appraisedIndex, BigDecimal indexAdjustment,
			BigDecimal pointsAdjustment, BigDecimal lost) {

		static Averages of(List<UnitRow> rows) {
			List<UnitRow> indexed = rows.stream().filter((row) -> row.indexAdjustment() != null).toList();
			return new Averages(indexed.size(), mean(indexed.stream().map((row) -> row.self().index()).toList()),
					mean(indexed.stream().map((row) -> row.appraised().index()).toList()),
					mean(indexed.stream().map(UnitRow::indexAdjustment).toList()),
					mean(rows.stream().map(UnitRow::pointsAdjustment).toList()),
					rows.stream().map(UnitRow::lost).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

		public BigDecimal shownSelfIndex() {
			return shown(selfIndex);
		}

		public BigDecimal shownAppraisedIndex() {
			return shown(appraisedIndex);
		}

		public BigDecimal shownIndexAdjustment() {
			return shown(indexAdjustment);
		}

		public BigDecimal shownPointsAdjustment() {
			return shown(pointsAdjustment);
		}

		private static BigDecimal mean(List<BigDecimal> values) {
			if (values.isEmpty()) {
				return null;
			}
			return values.stream()
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(values.size()), 10, RoundingMode.HALF_UP);
		}

	}

	/**
	 * Points lost on a node (a leaf, a criterion or an area) summed over the units, and
	 * how many units lost points there.
	 */
	public record NodeLoss(FrameworkNode node, BigDecimal points, int units) {
	}

	/**
	 * The top nodes by points lost and by number of units losing points, per level.
	 */
	public record Losses(List<NodeLoss> leavesByPoints, List<NodeLoss> leavesByUnits, List<NodeLoss> criteriaByPoints,
			List<NodeLoss> criteriaByUnits, List<NodeLoss> areasByPoints, List<NodeLoss> areasByUnits) {

		/** The rankings of one level: leaf, criterion or area. */
		public List<NodeLoss> byPoints(String level) {
			return switch (level) {
				case "criterion" -> criteriaByPoints;
				case "area" -> areasByPoints;
				default -> leavesByPoints;
			};
		}

		public List<NodeLoss> byUnits(String level) {
			return switch (level) {
				case "criterion" -> criteriaByUnits;
				case "area" -> areasByUnits;
				default -> leavesByUnits;
			};
		}

	}

}
