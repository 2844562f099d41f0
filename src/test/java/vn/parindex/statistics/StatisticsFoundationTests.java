package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.Rule;
import vn.parindex.framework.RuleKind;
import vn.parindex.framework.ZeroDenominator;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ground the statistics module stands on: periods, observations kept with their
 * history, measures added up over periods and children, and the points of a leaf.
 */
@IntegrationTest
class StatisticsFoundationTests {

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	StatisticMeasures measures;

	@Test
	void periodsReadAndCoverTheirDays() {
		assertThat(Period.parse(" 2026-q3 ")).contains(Period.quarter(2026, 3));
		assertThat(Period.parse("2026-07").orElseThrow().end()).isEqualTo(java.time.LocalDate.of(2026, 7, 31));
		assertThat(Period.parse("2026").orElseThrow().contains(Period.month(2026, 2))).isTrue();
		assertThat(Period.quarter(2026, 1).previousQuarter()).isEqualTo(Period.quarter(2025, 4));
		for (String bad : List.of("2026-Q5", "2026-13", "2026-7", "1999", "26", "2026-Q3x", "")) {
			assertThat(Period.parse(bad)).as(bad).isEmpty();
		}
	}

	@Test
	void aNewFigureReplacesTheCurrentOneAndTheSameFigureAgainChangesNothing() {
		UnitView unit = fixture.province();
		Indicator indicator = fixture.ratio();
		assertThat(fixture.ratio(unit, indicator, "2026-Q1", 90, 100, "mot-cua").replaced()).isZero();
		ObservationStore.Written again = fixture.ratio(unit, indicator, "2026-Q1", 90, 100, "mot-cua");
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.changed()).isFalse();
		ObservationStore.Written corrected = fixture.ratio(unit, indicator, "2026-Q1", 95, 100, "mot-cua");
		assertThat(corrected.replaced()).isEqualTo(1);
		fixture.ratio(unit, indicator, "2026-Q1", 80, 100, "bao-cao");
		assertThat(fixture.history(unit, indicator)).containsExactly("2026-Q1 mot-cua 90.0000/100.0000 (replaced)",
				"2026-Q1 mot-cua 95.0000/100.0000", "2026-Q1 bao-cao 80.0000/100.0000");
		assertThatThrownBy(() -> fixture.observations.write(
				List.of(NewObservation.value(unit.id(), indicator.id(), Period.year(2026), BigDecimal.ONE),
						NewObservation.value(unit.id(), indicator.id(), Period.year(2026), BigDecimal.TEN)),
				"x", ObservationChannel.API, "test"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aYearAddsUpItsQuartersOrElseTheirMonthsAndSaysWhetherItIsComplete() {
		UnitView unit = fixture.province();
		Indicator indicator = fixture.ratio();
		fixture.ratio(unit, indicator, "2026-Q1", 80, 100, "a");
		fixture.ratio(unit, indicator, "2026-04", 10, 10, "a");
		fixture.ratio(unit, indicator, "2026-05", 5, 10, "a");
		// a month of a quarter that has its own figure is not counted twice
		fixture.ratio(unit, indicator, "2026-02", 1, 1000, "a");
		Measure year = measure(unit, indicator, Period.year(2026));
		assertThat(year.numerator()).isEqualByComparingTo("95");
		assertThat(year.denominator()).isEqualByComparingTo("120");
		assertThat(year.periods()).extracting(Period::text).containsExactly("2026-Q1", "2026-04", "2026-05");
		assertThat(year.complete()).isFalse();
		assertThat(measure(unit, indicator, Period.quarter(2026, 3))).isNull();
		fixture.ratio(unit, indicator, "2026", 300, 400, "a");
		assertThat(measure(unit, indicator, Period.year(2026)).numerator()).isEqualByComparingTo("300");
		assertThat(measure(unit, indicator, Period.year(2026)).complete()).isTrue();
	}

	@Test
	void theLastValueOfAStateAndTheSumOfChildrenWithoutTheirOwn() {
		UnitView province = fixture.province();
		UnitView first = fixture.unit("COMMUNE", province.id());
		UnitView second = fixture.unit("COMMUNE", province.id());
		Indicator state = fixture.indicator(IndicatorKind.VALUE, PeriodAggregation.LAST, false);
		fixture.value(province, state, "2026-Q1", "12", "a");
		fixture.value(province, state, "2026-Q2", "15", "a");
		assertThat(measure(province, state, Period.year(2026)).value()).isEqualByComparingTo("15");
		Indicator ratio = fixture.ratio();
		fixture.ratio(first, ratio, "2026-Q1", 9, 10, "a");
		fixture.ratio(second, ratio, "2026-Q1", 1, 10, "a");
		Measure summed = measure(province, ratio, Period.quarter(2026, 1));
		assertThat(summed.fromChildren()).isTrue();
		assertThat(summed.numerator()).isEqualByComparingTo("10");
		assertThat(summed.denominator()).isEqualByComparingTo("20");
		fixture.ratio(province, ratio, "2026-Q1", 7, 7, "a");
		assertThat(measure(province, ratio, Period.quarter(2026, 1)).fromChildren()).isFalse();
	}

	@Test
	void rulesNameTheirIndicatorAndWhatZeroOverZeroEarns() {
		Rule rule = Rule.parse(RuleKind.RATIO_TIERS, " Indicator = tthc_dung_han ; linear; ZERO=Full", BigDecimal.TEN);
		assertThat(rule.indicators()).containsExactly(Map.entry("indicator", "TTHC_DUNG_HAN"));
		assertThat(rule.zeroDenominator()).isEqualTo(ZeroDenominator.FULL);
		assertThat(rule.parameters()).isEqualTo("indicator=TTHC_DUNG_HAN; linear; zero=full");
		assertThat(Rule.parse(RuleKind.RATIO_TIERS, rule.parameters(), BigDecimal.TEN)).isEqualTo(rule);
		assertThat(Rule.parse(RuleKind.DEDUCTION, "indicator=NHIEM_VU_QUA_HAN; step=0.5", BigDecimal.TEN).indicators())
			.containsValue("NHIEM_VU_QUA_HAN");
		for (String bad : List.of("indicator=; linear", "indicator=A; indicator=B; linear", "zero=full; linear",
				"indicator=A; linear; zero=half", "indicator=a b; linear")) {
			assertThatThrownBy(() -> Rule.parse(RuleKind.RATIO_TIERS, bad, BigDecimal.TEN)).as(bad)
				.hasMessageContaining("badParameters");
		}
		assertThatThrownBy(() -> Rule.parse(RuleKind.DEDUCTION, "indicator=A; step=1; zero=full", BigDecimal.TEN))
			.hasMessageContaining("badParameters");
	}

	@Test
	void aLeafEarnsItsPointsFromItsIndicatorRoundedAsTheFrameworkSays() {
		UnitView unit = fixture.province();
		Indicator onTime = fixture.ratio();
		Indicator feedback = fixture.ratio();
		Indicator overdue = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		vn.parindex.framework.FrameworkNode[] nodes = { StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + onTime.code() + "; linear"),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear; zero=full"),
				StatisticsFixture.statistic("1.3", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; 100%=100%; 0%=0"),
				StatisticsFixture.statistic("1.4", "1", "1.5", RuleKind.DEDUCTION,
						"indicator=" + overdue.code() + "; step=0.5") };
		FrameworkView exact = fixture.framework(false, nodes);
		FrameworkView rounded = fixture.framework(true, nodes);
		fixture.ratio(unit, onTime, "2026", 82978, 86544, "a");
		fixture.ratio(unit, feedback, "2026", 0, 0, "a");
		fixture.value(unit, overdue, "2026-Q2", "2", "a");
		Map<String, Measure> found = byCode(unit, Period.year(2026), onTime, feedback, overdue);
		Map<String, IndicatorKind> kinds = Map.of(onTime.code(), IndicatorKind.RATIO, feedback.code(),
				IndicatorKind.RATIO, overdue.code(), IndicatorKind.COUNT);
		LeafOutcome linear = StatisticLeafPoints.of(exact, "1.1", found, kinds);
		assertThat(linear.state()).isEqualTo(LeafOutcome.State.SCORED);
		assertThat(linear.points()).isEqualTo(new BigDecimal("1.9176"));
		assertThat(StatisticLeafPoints.of(rounded, "1.1", found, kinds).points()).isEqualTo(new BigDecimal("1.92"));
		assertThat(StatisticLeafPoints.of(exact, "1.2", found, kinds).points()).isEqualTo(new BigDecimal("2.00"));
		assertThat(StatisticLeafPoints.of(exact, "1.3", found, kinds).state())
			.isEqualTo(LeafOutcome.State.NOT_APPLICABLE);
		assertThat(StatisticLeafPoints.of(exact, "1.4", found, kinds).points()).isEqualTo(new BigDecimal("0.50"));
		assertThat(StatisticLeafPoints.of(exact, "1.1", Map.of(), kinds).state()).isEqualTo(LeafOutcome.State.NO_DATA);
	}

	private Measure measure(UnitView unit, Indicator indicator, Period period) {
		return measures.measures(Set.of(unit.id()), List.of(indicator), period)
			.get(new StatisticMeasures.Key(unit.id(), indicator.id()));
	}

	private Map<String, Measure> byCode(UnitView unit, Period period, Indicator... indicators) {
		Map<String, Measure> found = new java.util.HashMap<>();
		measures.measures(Set.of(unit.id()), List.of(indicators), period).forEach((key, measure) -> {
			for (Indicator indicator : indicators) {
				if (indicator.id() == key.indicatorId()) {
					found.put(indicator.code(), measure);
				}
			}
		});
		return found;
	}

}
