package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.parindex.assessment.NodeTotal;
import vn.parindex.assessment.SheetStatus;

/**
 * What the council's API returns: a sheet's outcome, a bulk finalisation, the report.
 * Figures are exact; indices in percent.
 */
final class CouncilJson {

	private CouncilJson() {
	}

	/**
	 * Points, applicable maximum and index; as everywhere in the API, the index is a
	 * percentage rounded half-up to 2 decimals from the exact points and maximum, or
	 * {@code null} where nothing applies.
	 */
	record Total(BigDecimal points, BigDecimal maxPoints, BigDecimal index) {

		static Total of(NodeTotal total) {
			return new Total(total.points(), total.applicableMax(), total.shownIndex());
		}

	}

	/** An average or a percentage for the API: half-up, 2 decimals. */
	private static BigDecimal rounded(BigDecimal exact) {
		return (exact != null) ? exact.setScale(2, java.math.RoundingMode.HALF_UP) : null;
	}

	record Outcome(long campaign, String unit, String unitName, SheetStatus status, boolean finalised, Total self,
			Total appraised, List<Area> areas, List<Adjustment> adjustments, List<String> undecided) {

		static Outcome of(AppraisalOutcome outcome) {
			return new Outcome(outcome.sheet().campaign().id(), outcome.sheet().unit().code(),
					outcome.sheet().unit().name(), outcome.sheet().status(), outcome.finalised(),
					Total.of(outcome.self().total()), Total.of(outcome.appraised().total()),
					outcome.areas()
						.stream()
						.map((area) -> new Area(area.code(), area.name(), Total.of(outcome.self().node(area.code())),
								Total.of(outcome.appraised().node(area.code()))))
						.toList(),
					outcome.adjustments().stream().map(Adjustment::of).toList(),
					outcome.undecided().stream().map((line) -> line.leaf().code()).toList());
		}

	}

	record Area(String code, String name, Total self, Total appraised) {
	}

	record Adjustment(String leaf, String name, BigDecimal maxPoints, BigDecimal selfPoints,
			boolean claimedNotApplicable, BigDecimal appraisedPoints, boolean appraisedNotApplicable, BigDecimal lost,
			String reason, String kind, String decidedBy, Instant decidedAt) {

		static Adjustment of(AppraisalOutcome.Line line) {
			Decision decision = line.decision();
			return new Adjustment(line.leaf().code(), line.leaf().name(), line.leaf().maxPoints(),
					line.entry().selfPoints(), line.entry().notApplicable(), line.appraisedPoints(),
					line.entry().appraisedAsNotApplicable(), line.lost(), line.entry().appraisalReason(),
					(decision != null) ? decision.kind().name() : null,
					(decision != null) ? decision.decidedBy() : null, (decision != null) ? decision.decidedAt() : null);
		}

	}

	record Candidate(String unit, String unitName, SheetStatus status, int undecided, boolean eligible,
			String skipped) {

		static Candidate of(FinalisationCandidate candidate) {
			String reason = candidate.eligible() ? null
					: candidate.skipReason().substring(candidate.skipReason().lastIndexOf('.') + 1);
			return new Candidate(candidate.unit().code(), candidate.unit().name(), candidate.status(),
					candidate.undecided(), candidate.eligible(), reason);
		}

	}

	record Preview(int eligible, int skipped, List<Candidate> sheets) {

		static Preview of(List<FinalisationCandidate> candidates) {
			FinalisationResult split = FinalisationResult.of(candidates);
			return new Preview(split.finalised().size(), split.skipped().size(),
					candidates.stream().map(Candidate::of).toList());
		}

	}

	record Bulk(List<Candidate> finalised, List<Candidate> skipped) {

		static Bulk of(FinalisationResult result) {
			return new Bulk(result.finalised().stream().map(Candidate::of).toList(),
					result.skipped().stream().map(Candidate::of).toList());
		}

	}

	record Report(long campaign, boolean finalisedOnly, Averages averages, List<UnitRow> units,
			MostDeducted mostDeducted) {

		static Report of(AppraisalReport report) {
			AppraisalReport.Averages averages = report.averages();
			AppraisalReport.Losses losses = report.losses();
			return new Report(report.campaign().id(), report.finalisedOnly(),
					new Averages(averages.units(), rounded(averages.selfIndex()), rounded(averages.appraisedIndex()),
							rounded(averages.indexAdjustment()), rounded(averages.pointsAdjustment()), averages.lost()),
					report.units().stream().map(UnitRow::of).toList(),
					new MostDeducted(new Ranking(loss(losses.leavesByPoints()), loss(losses.leavesByUnits())),
							new Ranking(loss(losses.criteriaByPoints()), loss(losses.criteriaByUnits())),
							new Ranking(loss(losses.areasByPoints()), loss(losses.areasByUnits()))));
		}

		private static List<Loss> loss(List<AppraisalReport.NodeLoss> losses) {
			return losses.stream()
				.map((loss) -> new Loss(loss.node().code(), loss.node().name(), loss.points(), loss.units()))
				.toList();
		}

	}

	record Averages(int units, BigDecimal selfIndex, BigDecimal appraisedIndex, BigDecimal indexAdjustment,
			BigDecimal pointsAdjustment, BigDecimal pointsLost) {
	}

	record UnitRow(String unit, String unitName, SheetStatus status, Total self, Total appraised,
			BigDecimal pointsAdjustment, BigDecimal indexAdjustment, BigDecimal pointsLost, int adjustments) {

		static UnitRow of(AppraisalReport.UnitRow row) {
			return new UnitRow(row.unit().code(), row.unit().name(), row.status(), Total.of(row.self()),
					Total.of(row.appraised()), row.pointsAdjustment(), rounded(row.indexAdjustment()), row.lost(),
					row.adjustments());
		}

	}

	record MostDeducted(Ranking leaves, Ranking criteria, Ranking areas) {
	}

	record Ranking(List<Loss> byPoints, List<Loss> byUnits) {
	}

	record Loss(String code, String name, BigDecimal points, int units) {
	}

}
