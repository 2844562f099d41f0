package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.parindex.assessment.AppraisalDisclosure;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Percent;
import vn.parindex.units.UnitView;

/**
 * A unit's results profile (hồ sơ kết quả): its official figures and place, its component
 * indices, its strongest and weakest areas and criteria, and the points it lost per
 * scored criterion with the council's reasons.
 * <p>
 * Of the council's work it holds only what the reader sees ({@code sees}): the appraised
 * totals, points and deductions are {@code null} while hidden, and so are the reasons.
 *
 * @param ranked how many units hold a rank in the campaign
 * @param peers how many units share its peer group
 * @param nodes every area and criterion, in tree order
 */
public record UnitProfile(CampaignView campaign, ResultRow result, AppraisalDisclosure sees, BigDecimal selfPoints,
		BigDecimal selfMax, BigDecimal appraisedPoints, BigDecimal appraisedMax, long ranked, long peers,
		List<Component> nodes, List<Component> areas, List<Component> criteria, List<Component> parts,
		List<Component> strongestAreas, List<Component> weakestAreas, List<Component> strongestCriteria,
		List<Component> weakestCriteria, List<Leaf> leaves) {

	/**
	 * An area, criterion or part: official figures, and the self-assessed index beside.
	 *
	 * @param noData leaves below it whose survey or statistics data is not in yet
	 */
	public record Component(String code, String name, int depth, BigDecimal points, BigDecimal maxPoints,
			BigDecimal index, BigDecimal selfIndex, int noData) {

		public boolean hasIndex() {
			return index != null;
		}

		/**
		 * The points as shown: half-up to 2 decimals (the exact ones rank the
		 * components).
		 */
		public BigDecimal shownPoints() {
			return Percent.points(points);
		}

		public BigDecimal shownMaxPoints() {
			return Percent.points(maxPoints);
		}

	}

	/**
	 * A scored leaf: what the unit claimed, what it was given, and what it lost.
	 *
	 * @param points the official points, {@code null} when not applicable
	 * @param lostVsMaximum maximum minus official points
	 * @param deductedByAppraisal self-assessed minus appraised points, where the council
	 * decided less
	 * @param reason the council's reason for its decision
	 */
	public record Leaf(String code, String name, String area, BigDecimal maxPoints, BigDecimal selfPoints,
			BigDecimal appraisedPoints, BigDecimal points, boolean applicable, BigDecimal lostVsMaximum,
			BigDecimal deductedByAppraisal, String reason) {

		/** The leaf's anchor on the sheet page. */
		public String anchor() {
			return "leaf-" + code.replace('.', '-');
		}

	}

}
