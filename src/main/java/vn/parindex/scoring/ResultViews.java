package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.AppraisalDisclosure;
import vn.parindex.assessment.AppraisalDisclosures;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Percent;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Service;

/**
 * Reads a campaign's stored results for a user: every unit for the roles that see all
 * units, her own unit's line for a unit leader or officer. Computes only when the stored
 * set is missing or was made for other units.
 */
@Service
class ResultViews {

	static final int PAGE_SIZE = 200;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final ResultQueries queries;

	private final Recomputation recomputation;

	private final CampaignSettings settings;

	private final AppraisalDisclosures disclosures;

	ResultViews(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, ResultQueries queries,
			Recomputation recomputation, CampaignSettings settings, AppraisalDisclosures disclosures) {
		this.settings = settings;
		this.disclosures = disclosures;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.queries = queries;
		this.recomputation = recomputation;
	}

	/** The campaign, once the user may read it and its stored results are current. */
	CampaignView campaign(long campaignId, CurrentUser user) {
		CampaignView campaign = campaigns.get(campaignId, user);
		if (recomputation.stale(campaignId)) {
			recomputation.full(campaignId);
		}
		return campaign;
	}

	/**
	 * One page of the campaign's ranking, filtered by group and unit type; the
	 * distribution counts every unit the user may see.
	 */
	ResultsPage ranking(long campaignId, CurrentUser user, String group, String type, int page) {
		CampaignView campaign = campaign(campaignId, user);
		List<FrameworkNode> areas = frameworks.get(campaign.frameworkId()).tree().areas();
		Map<Long, UnitView> byId = unitsById();
		List<StoredUnit> stored = visible(queries.units(campaignId), user);
		Map<String, Long> distribution = new LinkedHashMap<>();
		stored.forEach((unit) -> distribution.merge(Objects.toString(unit.place().group(), ""), 1L, Long::sum));
		List<StoredUnit> matching = stored.stream()
			.filter((unit) -> blank(group) || group.equals(Objects.toString(unit.place().group(), "")))
			.filter((unit) -> blank(type) || type.equals(byId.get(unit.unitId()).type()))
			.toList();
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<ResultRow> rows = rows(campaignId, areas,
				matching.subList(current * PAGE_SIZE, Math.min(matching.size(), (current + 1) * PAGE_SIZE)), byId,
				disclosures.audiences(user, campaignId));
		List<String> types = stored.stream().map((unit) -> byId.get(unit.unitId()).type()).distinct().sorted().toList();
		List<String> groups = groups(campaignId, distribution.keySet());
		Optional<StoredCampaign> info = recomputation.stored(campaignId);
		return new ResultsPage(campaign, info.map(StoredCampaign::computedAt).orElse(null),
				info.map(StoredCampaign::correlation).orElse(null), areas, rows, groups, types,
				sortedDistribution(distribution, groups), ownUnitOnly(user), current, pages, matching.size());
	}

	/** The rows, with the appraised index only where the reader sees the verdicts. */
	private List<ResultRow> rows(long campaignId, List<FrameworkNode> areas, List<StoredUnit> units,
			Map<Long, UnitView> byId, LongFunction<AppraisalDisclosure.Audience> audiences) {
		List<String> areaCodes = areas.stream().map(FrameworkNode::code).toList();
		Map<Long, List<StoredComponent>> components = queries.components(campaignId, areaCodes,
				units.stream().map(StoredUnit::unitId).toList());
		List<ResultRow> rows = new ArrayList<>();
		for (StoredUnit unit : units) {
			List<StoredComponent> own = components.getOrDefault(unit.unitId(), List.of());
			boolean verdicts = new AppraisalDisclosure(audiences.apply(unit.unitId()), unit.finalised()).verdicts();
			rows.add(ResultRow.of(byId.get(unit.unitId()), unit, cells(areaCodes, own, unit.finalised()), verdicts));
		}
		return rows;
	}

	/** The groups in use, in the order of the campaign's bands. */
	private List<String> groups(long campaignId, java.util.Collection<String> inUse) {
		List<String> bandOrder = settings.of(campaignId).bands().stream().map((band) -> band.name()).toList();
		return inUse.stream()
			.filter((g) -> !g.isEmpty())
			.sorted(java.util.Comparator
				.comparingInt((String g) -> bandOrder.contains(g) ? bandOrder.indexOf(g) : Integer.MAX_VALUE)
				.thenComparing(Function.identity()))
			.toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static boolean ownUnitOnly(CurrentUser user) {
		return user.roles().stream().noneMatch(Role::seesAllUnits);
	}

	List<StoredUnit> visible(List<StoredUnit> stored, CurrentUser user) {
		if (!ownUnitOnly(user)) {
			return stored;
		}
		return stored.stream().filter((unit) -> Objects.equals(unit.unitId(), user.unitId())).toList();
	}

	Map<Long, UnitView> unitsById() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}

	static List<ResultRow.Cell> cells(List<String> codes, List<StoredComponent> components, boolean finalised) {
		Map<String, StoredComponent> byCode = components.stream()
			.filter((component) -> !component.isPart())
			.collect(Collectors.toMap(StoredComponent::code, Function.identity(), (a, b) -> a));
		List<ResultRow.Cell> cells = new ArrayList<>();
		for (String code : codes) {
			StoredComponent component = byCode.get(code);
			cells.add((component == null) ? new ResultRow.Cell(code, null, null, null)
					: new ResultRow.Cell(code, Percent.points(component.points(finalised)),
							Percent.points(component.max(finalised)), component.index(finalised)));
		}
		return cells;
	}

	private static Map<String, Long> sortedDistribution(Map<String, Long> counts, List<String> groups) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		groups.forEach((group) -> sorted.put(group, counts.get(group)));
		if (counts.containsKey("")) {
			sorted.put("", counts.get(""));
		}
		return sorted;
	}

}
