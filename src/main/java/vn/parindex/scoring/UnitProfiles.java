package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.AppraisalDisclosure;
import vn.parindex.assessment.AppraisalDisclosures;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetInput;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Builds a unit's results profile from its stored results, and from its sheet for the
 * per-leaf losses and the council's reasons; of the council's work it shows what
 * {@link AppraisalDisclosures} lets the reader see.
 */
@Service
class UnitProfiles {

	private static final int EXTREMES = 3;

	private final ResultViews views;

	private final ResultQueries queries;

	private final FrameworkCatalog frameworks;

	private final SheetInputs sheets;

	private final AppraisalDisclosures disclosures;

	UnitProfiles(ResultViews views, ResultQueries queries, FrameworkCatalog frameworks, SheetInputs sheets,
			AppraisalDisclosures disclosures) {
		this.views = views;
		this.queries = queries;
		this.frameworks = frameworks;
		this.sheets = sheets;
		this.disclosures = disclosures;
	}

	UnitProfile of(long campaignId, long unitId, CurrentUser user) {
		if (!user.canSeeUnit(unitId)) {
			throw new AccessDeniedException("unit " + unitId + " is not visible to " + user.getUsername());
		}
		CampaignView campaign = views.campaign(campaignId, user);
		List<StoredUnit> all = queries.units(campaignId);
		StoredUnit stored = all.stream()
			.filter((unit) -> unit.unitId() == unitId)
			.findFirst()
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "scoring.error.notParticipating"));
		UnitView unit = views.unitsById().get(unitId);
		FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
		boolean finalised = stored.finalised();
		AppraisalDisclosure sees = disclosures.of(user, campaignId, unitId, finalised);
		List<UnitProfile.Component> areas = new ArrayList<>();
		List<UnitProfile.Component> criteria = new ArrayList<>();
		List<UnitProfile.Component> parts = new ArrayList<>();
		List<UnitProfile.Component> nodes = new ArrayList<>();
		for (StoredComponent component : queries.components(campaignId, unitId)) {
			if (component.isPart()) {
				parts.add(component(component, component.code(), 0, finalised));
				continue;
			}
			FrameworkNode node = tree.find(component.code()).orElse(null);
			if (node != null) {
				UnitProfile.Component line = component(component, node.name(), tree.depth(node.code()), finalised);
				nodes.add(line);
				(node.isArea() ? areas : criteria).add(line);
			}
		}
		ResultRow row = ResultRow.of(unit, stored, ResultViews.cells(List.of(), List.of(), finalised), sees.verdicts());
		long ranked = all.stream().filter((u) -> u.place().rank() != null).count();
		long peers = all.stream()
			.filter((u) -> stored.place().peerGroup() != null
					&& stored.place().peerGroup().equals(u.place().peerGroup()))
			.count();
		return new UnitProfile(campaign, row, sees, stored.selfPoints(), stored.selfMax(),
				sees.verdicts() ? stored.appraisedPoints() : null, sees.verdicts() ? stored.appraisedMax() : null,
				ranked, peers, nodes, areas, criteria, parts, strongest(areas), weakest(areas), strongest(criteria),
				weakest(criteria), leaves(tree, unit, sheets.forUnit(campaignId, unitId), sees));
	}

	private static UnitProfile.Component component(StoredComponent stored, String name, int depth, boolean finalised) {
		return new UnitProfile.Component(stored.code(), name, depth, stored.points(finalised), stored.max(finalised),
				stored.index(finalised), stored.index(false), stored.noData(finalised));
	}

	private static final Comparator<UnitProfile.Component> BY_INDEX = (a, b) -> Percentages.compare(a.points(),
			a.maxPoints(), b.points(), b.maxPoints());

	/**
	 * The best half, at most three, by exact index; components without index left out.
	 */
	static List<UnitProfile.Component> strongest(List<UnitProfile.Component> components) {
		List<UnitProfile.Component> indexed = components.stream().filter(UnitProfile.Component::hasIndex).toList();
		int count = Math.min(EXTREMES, (indexed.size() + 1) / 2);
		return indexed.stream().sorted(BY_INDEX.reversed()).limit(count).toList();
	}

	/**
	 * The worst of the rest, at most three, by exact index, worst first; none that ties
	 * with the best.
	 */
	static List<UnitProfile.Component> weakest(List<UnitProfile.Component> components) {
		List<UnitProfile.Component> indexed = components.stream().filter(UnitProfile.Component::hasIndex).toList();
		int count = Math.min(EXTREMES, indexed.size() - (indexed.size() + 1) / 2);
		UnitProfile.Component best = indexed.stream().max(BY_INDEX).orElse(null);
		return indexed.stream()
			.filter((component) -> BY_INDEX.compare(component, best) < 0)
			.sorted(BY_INDEX)
			.limit(count)
			.toList();
	}

	private static List<UnitProfile.Leaf> leaves(FrameworkTree tree, UnitView unit, Optional<SheetInput> sheet,
			AppraisalDisclosure sees) {
		List<UnitProfile.Leaf> leaves = new ArrayList<>();
		for (FrameworkNode leaf : tree.leaves()) {
			if (leaf.source().outsideMaximum() || !leaf.appliesTo(unit.type())) {
				continue;
			}
			LeafEntry entry = sheet.map((input) -> input.entry(leaf.code())).orElse(null);
			leaves.add(leaf(tree, leaf, entry, sees));
		}
		return leaves;
	}

	/**
	 * The official points are the unit's until the appraisal is final; the council's
	 * points, deductions and reasons only as far as the reader sees them.
	 */
	private static UnitProfile.Leaf leaf(FrameworkTree tree, FrameworkNode leaf, LeafEntry entry,
			AppraisalDisclosure sees) {
		boolean finalised = sees.finalised();
		BigDecimal self = (entry != null) ? entry.selfPoints() : null;
		BigDecimal appraised = (entry != null) ? entry.effectiveAppraisedPoints() : null;
		boolean notApplicable = entry != null && (finalised ? entry.appraisedAsNotApplicable() : entry.notApplicable());
		boolean missing = leaf.source() != Source.SELF && (finalised ? appraised : self) == null;
		boolean applicable = !notApplicable && !missing;
		BigDecimal points = !applicable ? null
				: Objects.requireNonNullElse(finalised ? appraised : self, BigDecimal.ZERO);
		BigDecimal lost = applicable ? leaf.maxPoints().subtract(points) : null;
		BigDecimal deducted = (sees.verdicts() && entry != null && entry.appraisedPoints() != null && self != null
				&& entry.appraisedPoints().compareTo(self) < 0) ? self.subtract(entry.appraisedPoints()) : null;
		String area = tree.ancestors(leaf.code()).isEmpty() ? leaf.code()
				: tree.ancestors(leaf.code()).get(tree.ancestors(leaf.code()).size() - 1);
		return new UnitProfile.Leaf(leaf.code(), leaf.name(), area, leaf.maxPoints(), self,
				(entry != null && sees.verdicts()) ? entry.appraisedPoints() : null, points, applicable, lost, deducted,
				(entry != null && sees.reasons()) ? entry.appraisalReason() : null);
	}

}
