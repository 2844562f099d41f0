package vn.parindex.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics' read facade for other modules' pages (the unit's sheet, the council's
 * review) and the profile page: a unit's {@code STATISTIC} leaves in a campaign with
 * their stored figures, points and adjustments. No permission check: the caller decides
 * who sees what.
 */
@Service
@Transactional(readOnly = true)
public class StatisticFigures {

	private final StatisticLeafStore store;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	private final AppraisalFinality finality;

	private final StatisticLeafScores scores;

	StatisticFigures(StatisticLeafStore store, CampaignCatalog campaigns, FrameworkCatalog frameworks,
			UnitCatalog units, IndicatorStore indicators, AppraisalFinality finality, StatisticLeafScores scores) {
		this.store = store;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.indicators = indicators;
		this.finality = finality;
		this.scores = scores;
	}

	/**
	 * The unit's statistic leaves in the campaign, in framework order; none when the
	 * framework has none or the unit does not take part.
	 */
	public UnitStatistics forUnit(long campaignId, long unitId) {
		CampaignView campaign = campaigns.get(campaignId);
		Optional<UnitView> unit = units.byId(unitId);
		if (unit.isEmpty() || !campaign.includes(unitId)) {
			return new UnitStatistics(campaignId, unitId, campaign.year(), false, null, List.of());
		}
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		List<FrameworkNode> leaves = StatisticLeafScores.statisticLeaves(framework)
			.stream()
			.filter((leaf) -> leaf.appliesTo(unit.get().type()))
			.toList();
		if (leaves.isEmpty()) {
			return new UnitStatistics(campaignId, unitId, campaign.year(), false, null, List.of());
		}
		Map<String, StatisticLeafStore.Row> rows = new HashMap<>();
		store.rows(campaignId, Set.of(unitId)).forEach((row) -> rows.put(row.leafCode(), row));
		Instant frozenSince = store.frozen(campaignId, Set.of(unitId)).get(unitId);
		Map<String, StatisticLeafStore.Row> current = new HashMap<>();
		if (frozenSince != null) {
			scores.outcomes(framework, List.of(unit.get()), Period.year(campaign.year()))
				.forEach((row) -> current.put(row.leafCode(), row));
		}
		Map<String, StatisticLeafStore.Adjustment> adjustments = new HashMap<>();
		store.adjustments(campaignId, Set.of(unitId)).forEach((a) -> adjustments.put(a.leafCode(), a));
		Map<String, Indicator> catalog = new HashMap<>();
		List<String> codes = leaves.stream()
			.flatMap((leaf) -> StatisticLeafScores.indicatorsOf(leaf).values().stream())
			.distinct()
			.toList();
		indicators.byCodes(codes).forEach((indicator) -> catalog.put(indicator.code(), indicator));
		List<StatisticFigure> figures = new ArrayList<>();
		for (FrameworkNode leaf : leaves) {
			List<StatisticFigure.IndicatorRef> named = new ArrayList<>();
			StatisticLeafScores.indicatorsOf(leaf)
				.forEach((variable, code) -> named.add(new StatisticFigure.IndicatorRef(variable, code,
						Optional.ofNullable(catalog.get(code)).map(Indicator::name).orElse(null))));
			StatisticLeafStore.Row row = rows.get(leaf.code());
			StatisticLeafStore.Adjustment adjusted = adjustments.get(leaf.code());
			StatisticFigure.Adjustment adjustment = (adjusted != null)
					? new StatisticFigure.Adjustment(adjusted.points(), adjusted.reason(), adjusted.adjustedBy(),
							adjusted.adjustedAt(), adjusted.version())
					: null;
			StatisticFigure.Current now = (frozenSince != null) ? moved(row, current.get(leaf.code())) : null;
			if (row == null) {
				figures.add(new StatisticFigure(leaf.code(), leaf.name(), leaf.maxPoints(), named,
						LeafOutcome.State.NO_DATA, null, null, null, null, null, List.of(), List.of(), false,
						adjustment, now));
			}
			else {
				figures.add(new StatisticFigure(leaf.code(), leaf.name(), leaf.maxPoints(), named, row.state(),
						row.points(), row.numerator(), row.denominator(), row.value(), row.rate(), list(row.sources()),
						list(row.periods()), row.complete(), adjustment, now));
			}
		}
		return new UnitStatistics(campaignId, unitId, campaign.year(), finality.finalised(campaignId, unitId),
				frozenSince, figures);
	}

	/**
	 * What the current observations give a frozen leaf, when it differs from the frozen
	 * outcome ({@code null} rows: no data); else {@code null}.
	 */
	private static StatisticFigure.Current moved(StatisticLeafStore.Row frozen, StatisticLeafStore.Row now) {
		if (frozen == null && now == null || frozen != null && now != null && frozen.sameAs(now)) {
			return null;
		}
		if (now == null) {
			return new StatisticFigure.Current(LeafOutcome.State.NO_DATA, null, null, null, null, null, List.of(),
					List.of(), false);
		}
		return new StatisticFigure.Current(now.state(), now.points(), now.numerator(), now.denominator(), now.value(),
				now.rate(), list(now.sources()), list(now.periods()), now.complete());
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
