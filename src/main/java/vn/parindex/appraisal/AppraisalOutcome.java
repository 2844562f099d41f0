package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.assessment.SheetTotals;
import vn.parindex.assessment.SheetView;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;

/**
 * The result of a sheet's appraisal (kết quả thẩm định): the unit's own figures beside
 * the council's, leaf by leaf, with every adjustment, its reason and who decided it.
 *
 * @param self the totals as the unit scored itself
 * @param appraised the totals as appraised so far: the council's points where it decided,
 * the unit's elsewhere
 */
record AppraisalOutcome(SheetView sheet, SheetTotals self, SheetTotals appraised, List<Line> lines) {

	static AppraisalOutcome of(SheetView sheet, Map<String, Decision> decisions) {
		return new AppraisalOutcome(sheet, sheet.totals(), sheet.appraisedTotals(),
				lines(sheet.framework().tree(), sheet.unit().type(), sheet.entries(), decisions));
	}

	/**
	 * The leaves the council appraises on a unit's sheet, in the framework's order: every
	 * self-scored leaf for the unit's type, and the bonus and penalty leaves with points.
	 */
	static List<Line> lines(FrameworkTree tree, String unitType, Map<String, LeafEntry> entries,
			Map<String, Decision> decisions) {
		return tree.leaves()
			.stream()
			.filter((leaf) -> leaf.appliesTo(unitType))
			.map((leaf) -> new Line(leaf, entries.getOrDefault(leaf.code(), blank(leaf.code())),
					decisions.get(leaf.code())))
			.filter((line) -> line.leaf().source() == Source.SELF
					|| (line.leaf().source().outsideMaximum() && line.entry().selfPoints() != null))
			.toList();
	}

	public boolean finalised() {
		return sheet.status() == SheetStatus.APPRAISED;
	}

	/** Every leaf where the council's figure differs from the unit's. */
	public List<Line> adjustments() {
		return lines.stream().filter(Line::adjusted).toList();
	}

	/** The leaves still waiting for the council's decision. */
	public List<Line> undecided() {
		return lines.stream().filter((line) -> !line.decided()).toList();
	}

	/** Self-assessed points less appraised points, in all. */
	public BigDecimal pointsAdjustment() {
		return self.total().points().subtract(appraised.total().points());
	}

	/**
	 * Self-assessed index less appraised index, in percentage points, half-up to 2
	 * decimals; {@code null} where either has no index.
	 */
	public BigDecimal shownIndexAdjustment() {
		BigDecimal before = self.total().index();
		BigDecimal after = appraised.total().index();
		return (before != null && after != null) ? AppraisalReport.shown(before.subtract(after)) : null;
	}

	/** The areas shown on the unit's sheet. */
	public List<FrameworkNode> areas() {
		return sheet.framework().tree().areas().stream().filter(sheet::visible).toList();
	}

	private static LeafEntry blank(String leafCode) {
		return new LeafEntry(leafCode, null, null, false, null, null, null, null, null);
	}

	/**
	 * One leaf: what the unit entered, what the council decided, and the latest decision
	 * on record ({@code null} when the appraisal module holds none, e.g. imported
	 * points).
	 */
	public record Line(FrameworkNode leaf, LeafEntry entry, Decision decision) {

		/**
		 * Whether the council has decided: a verdict on a not-applicable claim, points on
		 * any other leaf (the bonus and penalty leaves the unit entered included).
		 */
		public boolean decided() {
			return entry.notApplicable() ? entry.appraisedNotApplicable() != null : entry.appraisedPoints() != null;
		}

		/** Whether the appraised figure differs from the unit's own. */
		public boolean adjusted() {
			if (entry.notApplicable() != entry.appraisedAsNotApplicable()) {
				return true;
			}
			return !entry.notApplicable() && entry.appraisedPoints() != null
					&& zero(entry.appraisedPoints()).compareTo(zero(entry.selfPoints())) != 0;
		}

		/** The points as appraised; {@code null} where the leaf is not applicable. */
		public BigDecimal appraisedPoints() {
			return entry.appraisedAsNotApplicable() ? null : zero(entry.effectiveAppraisedPoints());
		}

		/**
		 * The points the unit lost on this leaf: its own points less the appraised ones,
		 * never negative; where the council rejected a not-applicable claim, the leaf's
		 * maximum less the appraised points (the unit had claimed nothing could be lost).
		 * Bonus, penalty and accepted not-applicable leaves lose nothing.
		 */
		public BigDecimal lost() {
			if (leaf.source() != Source.SELF || entry.appraisedAsNotApplicable()) {
				return BigDecimal.ZERO;
			}
			BigDecimal appraised = zero(entry.effectiveAppraisedPoints());
			BigDecimal claimed = entry.notApplicable() ? leaf.maxPoints() : zero(entry.selfPoints());
			return claimed.subtract(appraised).max(BigDecimal.ZERO);
		}

		private static BigDecimal zero(BigDecimal points) {
			return (points != null) ? points : BigDecimal.ZERO;
		}

	}

}
