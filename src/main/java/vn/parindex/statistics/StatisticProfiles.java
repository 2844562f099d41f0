package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-unit statistics profile of a campaign: every {@code STATISTIC} leaf with its
 * stored figures and points, and each of its indicators quarter by quarter over the
 * campaign's year. The council, the secretariat, administrators and viewers read any
 * unit; a unit's own people only theirs.
 */
@Service
@Transactional(readOnly = true)
class StatisticProfiles {

	private final StatisticFigures figures;

	private final StatisticMeasures measures;

	private final IndicatorStore indicators;

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	StatisticProfiles(StatisticFigures figures, StatisticMeasures measures, IndicatorStore indicators,
			CampaignCatalog campaigns, UnitCatalog units) {
		this.figures = figures;
		this.measures = measures;
		this.indicators = indicators;
		this.campaigns = campaigns;
		this.units = units;
	}

	/** The page. */
	record Profile(CampaignView campaign, UnitView unit, UnitStatistics statistics,
			Map<String, List<IndicatorYear>> byLeaf, List<String> quarters, boolean mayAdjust) {

		public List<IndicatorYear> indicators(String leafCode) {
			return byLeaf.getOrDefault(leafCode, List.of());
		}

	}

	/** An indicator of a leaf over the year: each quarter's measure and the year's. */
	record IndicatorYear(String variable, String code, String name, IndicatorKind kind, List<Cell> quarters,
			Cell year) {
	}

	/** One period's measure, or none. */
	record Cell(Period period, Measure measure) {

		public boolean hasData() {
			return measure != null;
		}

		public boolean ratio() {
			return measure != null && measure.isRatio();
		}

		/** The rate as a percentage, or {@code null} (no data, 0 / 0). */
		public BigDecimal ratePercent() {
			BigDecimal share = (measure != null && measure.isRatio()) ? measure.number() : null;
			return (share != null) ? share.movePointRight(2) : null;
		}

		public int decimals(BigDecimal number) {
			return StatisticFigure.decimals(number, 0);
		}

	}

	Profile of(long campaignId, long unitId, CurrentUser user) {
		if (!user.canSeeUnit(unitId)) {
			throw Refusal.forbidden("statistics.feeds.otherUnit",
					units.byId(unitId).map(UnitView::code).orElse(String.valueOf(unitId)));
		}
		CampaignView campaign = campaigns.get(campaignId, user);
		UnitView unit = units.byId(unitId)
			.filter((found) -> campaign.includes(found.id()))
			.orElseThrow(() -> Refusal.notFound("statistics.scoring.error.unitNotInCampaign", unitId));
		UnitStatistics statistics = figures.forUnit(campaignId, unitId);
		Set<String> codes = new java.util.TreeSet<>();
		statistics.leaves().forEach((leaf) -> leaf.indicators().forEach((ref) -> codes.add(ref.code())));
		List<Indicator> found = indicators.byCodes(codes);
		Map<String, Indicator> byCode = new HashMap<>();
		found.forEach((indicator) -> byCode.put(indicator.code(), indicator));
		Period year = Period.year(campaign.year());
		Map<Period, Map<StatisticMeasures.Key, Measure>> byPeriod = new LinkedHashMap<>();
		for (Period quarter : year.quarters()) {
			byPeriod.put(quarter, measures.measures(Set.of(unitId), found, quarter));
		}
		byPeriod.put(year, measures.measures(Set.of(unitId), found, year));
		Map<String, List<IndicatorYear>> byLeaf = new LinkedHashMap<>();
		for (StatisticFigure leaf : statistics.leaves()) {
			List<IndicatorYear> rows = new ArrayList<>();
			for (StatisticFigure.IndicatorRef ref : leaf.indicators()) {
				Indicator indicator = byCode.get(ref.code());
				List<Cell> quarters = new ArrayList<>();
				for (Period quarter : year.quarters()) {
					quarters.add(cell(byPeriod, quarter, unitId, indicator));
				}
				rows.add(new IndicatorYear(ref.variable(), ref.code(), (indicator != null) ? indicator.name() : null,
						(indicator != null) ? indicator.kind() : null, quarters,
						cell(byPeriod, year, unitId, indicator)));
			}
			byLeaf.put(leaf.leafCode(), rows);
		}
		List<String> quarters = year.quarters().stream().map(Period::text).toList();
		return new Profile(campaign, unit, statistics, byLeaf, quarters, StatisticAdjustments.mayAdjust(user));
	}

	private static Cell cell(Map<Period, Map<StatisticMeasures.Key, Measure>> byPeriod, Period period, long unitId,
			Indicator indicator) {
		Measure measure = (indicator != null)
				? byPeriod.get(period).get(new StatisticMeasures.Key(unitId, indicator.id())) : null;
		return new Cell(period, measure);
	}

}
