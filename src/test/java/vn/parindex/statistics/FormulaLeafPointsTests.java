package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of issue 13 from observations to a leaf's points: a formula over three ratio
 * indicators observed per quarter and added up over the year, and a linear rule with a
 * target, on the real on-time figures (METHODOLOGY §1).
 */
@IntegrationTest
class FormulaLeafPointsTests {

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	StatisticMeasures measures;

	@Test
	void aFormulaLeafEarnsTheValueOfItsIndicatorsRatesAddedUpOverTheYear() {
		UnitView unit = fixture.province();
		Indicator a = fixture.ratio();
		Indicator b = fixture.ratio();
		Indicator c = fixture.ratio();
		Indicator empty = fixture.ratio();
		String formula = "A=" + a.code() + "; B=" + b.code() + "; C=" + c.code()
				+ "; formula=6*A + min(2, 2.5*B) + 2.5*C";
		var nodes = new vn.parindex.framework.FrameworkNode[] { StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "10", RuleKind.FORMULA, formula),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.FORMULA,
						"A=" + a.code() + "; E=" + empty.code() + "; formula=A + E"),
				StatisticsFixture.statistic("1.3", "1", "2", RuleKind.FORMULA,
						"A=" + a.code() + "; B=" + b.code() + "; formula=A / (B - B)"),
				StatisticsFixture.statistic("1.4", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + b.code() + "; linear; target=80%") };
		FrameworkView exact = fixture.framework(false, nodes);
		FrameworkView rounded = fixture.framework(true, nodes);
		// 82,978 / 86,544, 46,500 / 79,640 and 97,710 / 112,499, each in two quarters
		fixture.ratio(unit, a, "2026-Q1", 40_000, 42_000, "mot-cua");
		fixture.ratio(unit, a, "2026-Q2", 42_978, 44_544, "mot-cua");
		fixture.ratio(unit, b, "2026-Q1", 20_000, 40_000, "mot-cua");
		fixture.ratio(unit, b, "2026-Q2", 26_500, 39_640, "mot-cua");
		fixture.ratio(unit, c, "2026-Q1", 50_000, 60_000, "mot-cua");
		fixture.ratio(unit, c, "2026-Q2", 47_710, 52_499, "mot-cua");
		fixture.ratio(unit, empty, "2026", 0, 0, "mot-cua");
		Map<String, Measure> found = byCode(unit, Period.year(2026), a, b, c, empty);
		Map<String, IndicatorKind> kinds = new HashMap<>();
		for (Indicator indicator : List.of(a, b, c, empty)) {
			kinds.put(indicator.code(), IndicatorKind.RATIO);
		}

		LeafOutcome index = StatisticLeafPoints.of(exact, "1.1", found, kinds);
		assertThat(index.state()).isEqualTo(LeafOutcome.State.SCORED);
		// 6 × 0.95879552… + 2.5 × 0.58387744… + 2.5 × 0.86854105… = 9.38381941…
		assertThat(index.points()).isEqualTo(new BigDecimal("9.3838"));
		assertThat(index.measures()).containsOnlyKeys("A", "B", "C");
		assertThat(StatisticLeafPoints.of(rounded, "1.1", found, kinds).points()).isEqualTo(new BigDecimal("9.38"));

		assertThat(StatisticLeafPoints.of(exact, "1.2", found, kinds).state()).as("a variable at 0 / 0")
			.isEqualTo(LeafOutcome.State.NOT_APPLICABLE);
		assertThat(StatisticLeafPoints.of(exact, "1.3", found, kinds).state()).as("a division by zero")
			.isEqualTo(LeafOutcome.State.INVALID);
		Map<String, Measure> withoutC = new HashMap<>(found);
		withoutC.remove(c.code());
		assertThat(StatisticLeafPoints.of(exact, "1.1", withoutC, kinds).state()).as("an indicator without data")
			.isEqualTo(LeafOutcome.State.NO_DATA);

		// 2 × 46,500 × 100 / (79,640 × 80) = 1.459693…
		assertThat(StatisticLeafPoints.of(exact, "1.4", found, kinds).points()).isEqualTo(new BigDecimal("1.4597"));
		assertThat(StatisticLeafPoints.of(rounded, "1.4", found, kinds).points()).isEqualTo(new BigDecimal("1.46"));
	}

	private Map<String, Measure> byCode(UnitView unit, Period period, Indicator... indicators) {
		Map<String, Measure> found = new HashMap<>();
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
