package vn.parindex.appraisal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.parindex.assessment.SheetInput;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * The campaign's sheets a bulk finalisation would look at, each with whether it is ready:
 * read in one pass over the campaign's sheets.
 */
@Component
class FinalisationCandidates {

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final SheetInputs inputs;

	private final CouncilRecords records;

	FinalisationCandidates(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units,
			SheetInputs inputs, CouncilRecords records) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.inputs = inputs;
		this.records = records;
	}

	List<FinalisationCandidate> of(long campaignId, FinalisationFilter filter) {
		CampaignView campaign = campaigns.get(campaignId);
		FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
		Map<Long, SheetInput> sheets = inputs.forCampaign(campaignId);
		Set<Long> assigned = filter.byAppraiser() ? records.unitsAssignedTo(campaignId, filter.appraiser().strip())
				: null;
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return campaign.unitIds()
			.stream()
			.filter(sheets::containsKey)
			.filter((unit) -> assigned == null || assigned.contains(unit))
			.map(units::byId)
			.flatMap(Optional::stream)
			.filter((unit) -> !filter.byType() || unit.type().equalsIgnoreCase(filter.unitType().strip()))
			.map((unit) -> candidate(unit, sheets.get(unit.id()), tree))
			.sorted(Comparator.comparing((FinalisationCandidate candidate) -> candidate.unit().name(), collator))
			.toList();
	}

	/** The unit types of the campaign's units, for the filter. */
	List<String> unitTypes(long campaignId) {
		return campaigns.get(campaignId)
			.unitIds()
			.stream()
			.map(units::byId)
			.flatMap(Optional::stream)
			.map(UnitView::type)
			.distinct()
			.sorted()
			.toList();
	}

	List<String> appraisers(long campaignId) {
		return records.appraisers(campaignId);
	}

	private static FinalisationCandidate candidate(UnitView unit, SheetInput sheet, FrameworkTree tree) {
		int undecided = (int) AppraisalOutcome.lines(tree, unit.type(), sheet.entries(), Map.of())
			.stream()
			.filter((line) -> !line.decided())
			.count();
		String skip = switch (sheet.status()) {
			case DRAFT -> "council.bulk.skip.DRAFT";
			case RETURNED -> "council.bulk.skip.RETURNED";
			case APPRAISED -> "council.bulk.skip.APPRAISED";
			case SUBMITTED -> (undecided > 0) ? "council.bulk.skip.undecided" : null;
		};
		return new FinalisationCandidate(unit, sheet.status(), undecided, skip);
	}

}
