package vn.parindex.appraisal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetInput;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.assessment.SheetView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the campaign's appraisal report for the secretariat and the chair.
 */
@Service
@Transactional(readOnly = true)
class AppraisalReports {

	private static final Set<SheetStatus> UNDER_APPRAISAL = Set.of(SheetStatus.SUBMITTED, SheetStatus.RETURNED,
			SheetStatus.APPRAISED);

	private final CampaignCatalog campaigns;

	private final SheetInputs inputs;

	private final SelfAssessment assessment;

	private final CouncilAccess access;

	AppraisalReports(CampaignCatalog campaigns, SheetInputs inputs, SelfAssessment assessment, CouncilAccess access) {
		this.campaigns = campaigns;
		this.inputs = inputs;
		this.assessment = assessment;
		this.access = access;
	}

	/**
	 * The report over the finalised sheets only, or over every sheet under appraisal
	 * (submitted, returned or finalised).
	 */
	public AppraisalReport report(long campaignId, boolean finalisedOnly, CurrentUser user) {
		access.requireCouncilStaff(user);
		CampaignView campaign = campaigns.get(campaignId);
		List<AppraisalReport.UnitRow> rows = new ArrayList<>();
		AppraisalReportLosses losses = null;
		for (Map.Entry<Long, SheetInput> sheet : inputs.forCampaign(campaignId).entrySet()) {
			SheetStatus status = sheet.getValue().status();
			if (!campaign.includes(sheet.getKey())
					|| (finalisedOnly ? status != SheetStatus.APPRAISED : !UNDER_APPRAISAL.contains(status))) {
				continue;
			}
			SheetView view = assessment.sheet(campaignId, sheet.getKey(), user);
			List<AppraisalOutcome.Line> lines = AppraisalOutcome.lines(view.framework().tree(), view.unit().type(),
					view.entries(), Map.of());
			if (losses == null) {
				losses = new AppraisalReportLosses(view.framework().tree());
			}
			losses.add(view.unit().id(), lines);
			rows.add(AppraisalReport.UnitRow.of(view.unit(), status, view.totals().total(),
					view.appraisedTotals().total(),
					lines.stream()
						.map(AppraisalOutcome.Line::lost)
						.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
					(int) lines.stream().filter(AppraisalOutcome.Line::adjusted).count()));
		}
		rows.sort(order());
		AppraisalReport.Losses rankings = (losses != null) ? losses.rankings()
				: new AppraisalReport.Losses(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		return new AppraisalReport(campaign, finalisedOnly, List.copyOf(rows), AppraisalReport.Averages.of(rows),
				rankings);
	}

	/** The largest adjustment of the index first, then of the points, then by name. */
	private static Comparator<AppraisalReport.UnitRow> order() {
		Comparator<java.math.BigDecimal> descending = Comparator.nullsLast(Comparator.reverseOrder());
		return Comparator.comparing(AppraisalReport.UnitRow::indexAdjustment, descending)
			.thenComparing(AppraisalReport.UnitRow::pointsAdjustment, descending)
			.thenComparing((row) -> row.unit().name(), Collator.getInstance(Locale.forLanguageTag("vi")));
	}

}
