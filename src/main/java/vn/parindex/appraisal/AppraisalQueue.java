package vn.parindex.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.SheetInput;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheets waiting for the council: an appraiser sees the submitted and returned sheets
 * of her assignments, the secretariat and the chair every one. Drafts never appear.
 */
@Service
@Transactional(readOnly = true)
class AppraisalQueue {

	private static final Set<SheetStatus> UNDER_APPRAISAL = Set.of(SheetStatus.SUBMITTED, SheetStatus.RETURNED);

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final FrameworkCatalog frameworks;

	private final SheetInputs sheets;

	private final Assignments assignments;

	private final Decisions decisions;

	private final Questions questions;

	AppraisalQueue(CampaignCatalog campaigns, UnitCatalog units, FrameworkCatalog frameworks, SheetInputs sheets,
			Assignments assignments, Decisions decisions, Questions questions) {
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
		this.sheets = sheets;
		this.assignments = assignments;
		this.decisions = decisions;
		this.questions = questions;
	}

	/** The reader's queue, optionally one campaign's or one status's only. */
	public List<QueueRow> rows(CurrentUser user, Long campaignId, SheetStatus status) {
		if (!Reviews.isCouncil(user)) {
			throw new AccessDeniedException("Only the council's people have an appraisal queue");
		}
		List<CampaignView> scope = campaigns(user);
		List<QueueRow> rows = new ArrayList<>();
		for (CampaignView campaign : scope) {
			if (campaignId == null || campaign.id() == campaignId) {
				rows.addAll(rows(campaign, user, status));
			}
		}
		rows.sort(Comparator.comparing((QueueRow row) -> row.campaign().id())
			.reversed()
			.thenComparing((row) -> row.unit().code()));
		return rows;
	}

	/**
	 * The campaigns the reader may filter by: all for the secretariat and the chair,
	 * those of her assignments for an appraiser.
	 */
	public List<CampaignView> campaigns(CurrentUser user) {
		if (user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL_CHAIR) || user.has(Role.ADMIN)) {
			return campaigns.list();
		}
		return assignments.forAppraiser(user.getUsername())
			.stream()
			.map(Assignment::campaignId)
			.distinct()
			.map(campaigns::get)
			.toList();
	}

	private List<QueueRow> rows(CampaignView campaign, CurrentUser user, SheetStatus status) {
		FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
		Map<Long, Map<String, Decision>> latestDecisions = decisions.latest(campaign.id());
		Map<Long, Integer> rounds = questions.rounds(campaign.id());
		LocalDate deadline = campaign.phase(Phase.APPRAISAL).map(PhaseDates::deadline).orElse(null);
		List<QueueRow> rows = new ArrayList<>();
		for (SheetInput sheet : sheets.forCampaign(campaign.id()).values()) {
			if (!UNDER_APPRAISAL.contains(sheet.status()) || (status != null && sheet.status() != status)) {
				continue;
			}
			AppraiserScope scope = assignments.scope(user, campaign.id(), sheet.unitId());
			boolean everything = user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL_CHAIR) || user.has(Role.ADMIN);
			if (!everything && !scope.decides()) {
				continue;
			}
			UnitView unit = units.byId(sheet.unitId()).orElse(null);
			if (unit == null) {
				continue;
			}
			AppraiserScope counted = scope.decides() ? scope : AppraiserScope.ALL;
			Map<String, Decision> latest = latestDecisions.getOrDefault(sheet.unitId(), Map.of());
			List<FrameworkNode> leaves = tree.leaves()
				.stream()
				.filter((leaf) -> leaf.appliesTo(unit.type()) && (leaf.source() == vn.parindex.engine.Source.SELF
						|| (leaf.source().outsideMaximum() && sheet.entry(leaf.code()).selfPoints() != null)))
				.filter((leaf) -> counted.covers(tree, leaf.code()))
				.toList();
			long decided = leaves.stream()
				.filter((leaf) -> latest.containsKey(leaf.code()) && latest.get(leaf.code()).standing())
				.count();
			rows.add(new QueueRow(campaign, unit, sheet.status(), rounds.getOrDefault(sheet.unitId(), 1), decided,
					leaves.size(), deadline));
		}
		return rows;
	}

}
