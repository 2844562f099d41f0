package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
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

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final ResultQueries queries;

	private final Recomputation recomputation;

	private final SettingsStore settings;

	ResultViews(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, ResultQueries queries,
			Recomputation recomputation, SettingsStore settings) {
		this.settings = settings;
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

	ResultsPage ranking(long campaignId, CurrentUser user, String group, String type) {
		CampaignView campaign = campaign(campaignId, user);
		List<FrameworkNode> areas = frameworks.get(campaign.frameworkId()).tree().areas();
		List<String> areaCodes = areas.stream().map(FrameworkNode::code).toList();
		Map<Long, UnitView> byId = unitsById();
		List<StoredUnit> stored = visible(queries.units(campaignId), user);
		Map<Long, List<StoredComponent>> components = queries.components(campaignId, areaCodes);
		List<ResultRow> all = new ArrayList<>();
		for (StoredUnit unit : stored) {
			List<StoredComponent> own = components.getOrDefault(unit.unitId(), List.of());
			all.add(ResultRow.of(byId.get(unit.unitId()), unit, cells(areaCodes, own, unit.finalised())));
		}
		Map<String, Long> distribution = new LinkedHashMap<>();
		all.forEach((row) -> distribution.merge(Objects.toString(row.group(), ""), 1L, Long::sum));
		List<ResultRow> rows = all.stream()
			.filter((row) -> group == null || group.isBlank() || group.equals(Objects.toString(row.group(), "")))
			.filter((row) -> type == null || type.isBlank() || type.equals(row.unit().type()))
			.toList();
		List<String> types = all.stream().map((row) -> row.unit().type()).distinct().sorted().toList();
		List<String> bandOrder = settings.of(campaignId).bands().stream().map((band) -> band.name()).toList();
		List<String> groups = distribution.keySet()
			.stream()
			.filter((g) -> !g.isEmpty())
			.sorted(java.util.Comparator
				.comparingInt((String g) -> bandOrder.indexOf(g) < 0 ? Integer.MAX_VALUE : bandOrder.indexOf(g))
				.thenComparing(Function.identity()))
			.toList();
		Optional<ResultStore.StoredCampaign> info = recomputation.stored(campaignId);
		return new ResultsPage(campaign, info.map(ResultStore.StoredCampaign::computedAt).orElse(null),
				info.map(ResultStore.StoredCampaign::correlation).orElse(null), areas, rows, groups, types,
				sortedDistribution(distribution, groups), ownUnitOnly(user));
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
			cells.add((component == null) ? new ResultRow.Cell(code, null, null, null) : new ResultRow.Cell(code,
					component.points(finalised), component.max(finalised), component.index(finalised)));
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
