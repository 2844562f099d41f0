package vn.parindex.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Units, indicators, frameworks with {@code STATISTIC} leaves, campaigns and observations
 * for the statistics tests, with unique codes so that tests sharing a database never
 * collide.
 */
@Component
class StatisticsFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	final UnitCatalog units;

	final FrameworkCatalog frameworks;

	final CampaignCatalog campaigns;

	final IndicatorStore indicators;

	final ObservationStore observations;

	final JdbcTemplate jdbc;

	final Clock clock;

	StatisticsFixture(UnitCatalog units, FrameworkCatalog frameworks, CampaignCatalog campaigns,
			IndicatorStore indicators, ObservationStore observations, JdbcTemplate jdbc, Clock clock) {
		this.units = units;
		this.frameworks = frameworks;
		this.campaigns = campaigns;
		this.indicators = indicators;
		this.observations = observations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String unique(String prefix) {
		return (prefix + sequence.incrementAndGet() + "_" + ProcessHandle.current().pid()).toUpperCase(Locale.ROOT);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
	}

	UnitView unit(String type, Long parentId) {
		String code = unique("TK");
		return units.ensure(code, "Đơn vị " + code, type, parentId);
	}

	UnitView province() {
		return unit("PROVINCE", null);
	}

	/**
	 * A new indicator with a unique code (the built-in ones are shared by every test).
	 */
	Indicator indicator(IndicatorKind kind, PeriodAggregation aggregation, boolean sumChildren) {
		String code = unique("CT_");
		jdbc.update("""
				insert into statistic_indicator (code, name, kind, numerator_label, denominator_label,
				                                 period_aggregation, sum_children)
				values (?, ?, ?, ?, ?, ?, ?)""", code, "Chỉ tiêu " + code, kind.name(),
				(kind == IndicatorKind.RATIO) ? "Tử số" : null, (kind == IndicatorKind.RATIO) ? "Mẫu số" : null,
				aggregation.name(), sumChildren);
		return indicators.byCode(code).orElseThrow();
	}

	Indicator ratio() {
		return indicator(IndicatorKind.RATIO, PeriodAggregation.SUM, true);
	}

	static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode statistic(String code, String parent, String max, RuleKind rule, String parameters) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), Source.STATISTIC, rule,
				parameters, null, null, false);
	}

	static FrameworkNode self(String code, String parent, String max) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), Source.SELF,
				RuleKind.MANUAL, "step=0.25", null, null, false);
	}

	/** A framework of these nodes (areas first), computed leaves rounded or not. */
	FrameworkView framework(boolean roundComputed, FrameworkNode... nodes) {
		long id = frameworks.create(
				new FrameworkSettings(unique("Bộ thống kê "), 2026, "PROVINCE", null, null, roundComputed),
				List.of(nodes), "test");
		return frameworks.get(id);
	}

	/** A campaign of 2026 over these units, self-assessment open. */
	long campaign(long frameworkId, Set<Long> unitIds) {
		LocalDate today = today();
		return campaigns.create(
				new NewCampaign(unique("Kỳ thống kê "), 2026, frameworkId, unitIds,
						List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(10)))),
				"test");
	}

	ObservationStore.Written ratio(UnitView unit, Indicator indicator, String period, long numerator, long denominator,
			String source) {
		return observations.write(
				List.of(NewObservation.ratio(unit.id(), indicator.id(), Period.parse(period).orElseThrow(),
						BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))),
				source, ObservationChannel.API, "test");
	}

	ObservationStore.Written value(UnitView unit, Indicator indicator, String period, String value, String source) {
		return observations.write(List.of(NewObservation.value(unit.id(), indicator.id(),
				Period.parse(period).orElseThrow(), new BigDecimal(value))), source, ObservationChannel.API, "test");
	}

	/**
	 * Every row ever stored for a unit and indicator, oldest first: period, figures,
	 * replaced or current.
	 */
	List<String> history(UnitView unit, Indicator indicator) {
		List<String> rows = new ArrayList<>();
		jdbc.query("""
				select period, source, coalesce(numerator::text || '/' || denominator::text, value::text) figures,
				       replaced_at is null current
				from statistic_observation where unit_id = ? and indicator_id = ? order by id""", (rs) -> {
			rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)
					+ (rs.getBoolean(4) ? "" : " (replaced)"));
		}, unit.id(), indicator.id());
		return rows;
	}

	static Set<Long> ids(UnitView... units) {
		Set<Long> ids = new java.util.HashSet<>();
		for (UnitView unit : units) {
			ids.add(unit.id());
		}
		return ids;
	}

}
