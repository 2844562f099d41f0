package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.engine.Amounts;
import vn.parindex.engine.LeafFigures;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A statistic → the leaf's points → the campaign's results: the job that keeps the
 * statistic leaves, the source that hands them to scoring, rounding per leaf or exact,
 * the zero and no-data policies.
 */
@IntegrationTest
class StatisticScoringTests {

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	StatisticScoringScenes scenes;

	@Autowired
	StatisticLeafScores scores;

	@Autowired
	StatisticLeafStore store;

	@Autowired
	StatisticLeafSource source;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void statisticsFlowIntoTheCampaignResultsWithoutDataLeavingTheDenominator() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		scores.flush();
		String unit = s.province().code();
		// 1.1 2 × 82,978 / 86,544 = 1.9176; 1.2 2 × 46,500 / 79,640 = 1.1678; 1.3 2 ×
		// 97,710
		// / 112,499 = 1.7371: 4.8225 kept exact, shown 4.82
		mvc.perform(get(s.results()).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[0].points", unit).value(4.82))
			// 2.1 1.5 − 0.5; 2.2 0 / 0 not applicable; 2.3 0 / 0 full; 2.4 no data
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[1].points", unit).value(2.00))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[1].maxPoints", unit).value(2.50))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", unit).value(1))
			// 6.8225 / 8.5 rescaled over the leaves with data
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].index", unit).value(80.26))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", s.other().code()).value(7))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].index", s.other().code()).value((Object) null));
		Map<String, StatisticLeafStore.Row> rows = rows(s, s.province());
		assertThat(rows).containsOnlyKeys("1.1", "1.2", "1.3", "2.1", "2.2", "2.3");
		assertThat(rows.get("1.1").points()).isEqualByComparingTo("1.9176");
		assertThat(rows.get("1.1").numerator()).isEqualByComparingTo("82978");
		assertThat(rows.get("1.1").denominator()).isEqualByComparingTo("86544");
		assertThat(rows.get("1.1").periods()).isEqualTo("2026-Q1,2026-Q2");
		assertThat(rows.get("1.1").complete()).isFalse();
		assertThat(rows.get("1.1").sources()).isEqualTo("mot-cua-tinh");
		assertThat(rows.get("1.2").complete()).isTrue();
		assertThat(rows.get("2.2").state()).isEqualTo(LeafOutcome.State.NOT_APPLICABLE);
		assertThat(rows.get("2.2").points()).isNull();
		assertThat(rows.get("2.3").points()).isEqualByComparingTo("1.00");
		assertThat(rows(s, s.other())).isEmpty();

		// a campaign that waits for every leaf's data shows no index yet, but the points
		String settings = "/api/v1/campaigns/" + s.campaign() + "/results/settings";
		String body = mvc.perform(get(settings).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(put(settings).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"RESCALE\"", "\"WAIT\""))).andExpect(status().isOk());
		mvc.perform(get(s.results()).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].index", unit).value((Object) null))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].awaitingData", unit).value(true))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].points", unit).value(6.82));

		// the last indicator arrives: every leaf has data, the index is there again
		fixture.ratio(s.province(), s.missing(), "2026-Q4", 1, 2, "khac");
		scores.flush();
		// 6.8225 + 0.5 over 9.5
		mvc.perform(get(s.results()).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", unit).value(0))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].index", unit).value(77.08));
	}

	@Test
	void aFrameworkThatRoundsComputedLeavesAddsRoundedPoints() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(true);
		scores.flush();
		// 1.92 + 1.17 + 1.74, not 4.8225
		mvc.perform(get(s.results()).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[0].points", s.province().code()).value(4.83))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].index", s.province().code()).value(80.35));
		assertThat(rows(s, s.province()).get("1.2").points()).isEqualByComparingTo("1.17");
	}

	@Test
	void zeroOverZeroEarnsNothingFullPointsOrLeavesTheDenominatorAsEachLeafSays() throws Exception {
		UnitView province = fixture.province();
		Indicator feedback = fixture.ratio();
		Indicator online = fixture.ratio();
		FrameworkView framework = fixture.framework(false, StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear; zero=none"),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear; zero=full"),
				StatisticsFixture.statistic("1.3", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear"),
				StatisticsFixture.statistic("1.4", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + online.code() + "; linear"));
		long campaign = fixture.campaign(framework.id(), Set.of(province.id()));
		fixture.ratio(province, feedback, "2026-Q1", 0, 0, "pakn");
		fixture.ratio(province, feedback, "2026-Q2", 0, 0, "pakn");
		fixture.ratio(province, online, "2026", 1, 2, "mot-cua");
		scores.flush();
		// 0 + 2 + (not applicable) + 1 over 2 + 2 + 2
		mvc.perform(get("/api/v1/campaigns/" + campaign + "/results")
			.with(httpBasic(accounts.create(vn.parindex.accounts.Role.SECRETARIAT).username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.results[0].points").value(3.00))
			.andExpect(jsonPath("$.results[0].maxPoints").value(6.00))
			.andExpect(jsonPath("$.results[0].index").value(50.00))
			.andExpect(jsonPath("$.results[0].noData").value(0));
	}

	@Test
	void theSourceReportsComputedPointsNotApplicableZeroOverZeroAndNothingWithoutData() {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		scores.flush();
		Map<String, long[]> figures = new HashMap<>();
		List<String> notApplicable = new ArrayList<>();
		source.figures(s.campaign(), null, new LeafFigures() {

			@Override
			public void leaf(long unitId, String leafCode, long self, long appraised, boolean na, boolean appraisedNa) {
				assertThat(unitId).isEqualTo(s.province().id());
				figures.put(leafCode, new long[] { self, appraised });
				if (na && appraisedNa) {
					notApplicable.add(leafCode);
				}
			}

		});
		assertThat(figures).containsOnlyKeys("1.1", "1.2", "1.3", "2.1", "2.2", "2.3");
		assertThat(figures.get("1.1")).containsExactly(Amounts.of(new java.math.BigDecimal("1.9176")),
				Amounts.of(new java.math.BigDecimal("1.9176")));
		assertThat(notApplicable).containsExactly("2.2");
	}

	@Test
	void aNewFigureMovesThePointsAndARecomputationThatChangesNothingWritesNothing() {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		scores.flush();
		Set<Long> moved = transactions.execute((status) -> scores.recompute(s.campaign(), null));
		assertThat(moved).isEmpty();
		// the province corrects its third quarter: only it moves
		fixture.value(s.province(), s.overdue(), "2026-Q3", "2", "van-phong");
		scores.flush();
		assertThat(rows(s, s.province()).get("2.1").points()).isEqualByComparingTo("0.00");
	}

	@Test
	void aParentWithoutItsOwnFigureHasTheSumOfItsChildrensOnceTheyArrive() {
		UnitView province = fixture.province();
		UnitView district = fixture.unit("DISTRICT", province.id());
		Indicator onTime = fixture.ratio();
		// 1.2 names an indicator the catalog does not hold (yet): no data, never invalid
		FrameworkView framework = fixture.framework(false, StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + onTime.code() + "; linear"),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=CHUA_CO_TRONG_DANH_MUC; linear"));
		long campaign = fixture.campaign(framework.id(), Set.of(province.id()));
		scores.flush();
		assertThat(store.rows(campaign, null)).isEmpty();
		fixture.ratio(district, onTime, "2026-Q3", 3, 4, "mot-cua-huyen");
		scores.flush();
		assertThat(store.rows(campaign, null)).singleElement().satisfies((row) -> {
			assertThat(row.unitId()).isEqualTo(province.id());
			assertThat(row.leafCode()).isEqualTo("1.1");
			assertThat(row.points()).isEqualByComparingTo("1.50");
		});
	}

	@Test
	void aUnitJoiningTheCampaignIsScoredFromTheFiguresItAlreadyHas() {
		StatisticScoringScenes.Scene s = scenes.scene(false);
		UnitView joining = fixture.province();
		fixture.ratio(joining, s.tinh(), "2026", 1, 1, "mot-cua-tinh");
		scores.flush();
		fixture.campaigns.changeUnits(s.campaign(), Set.of(s.province().id(), s.other().id(), joining.id()), "test");
		scores.flush();
		assertThat(rows(s, joining).get("1.1").points()).isEqualByComparingTo("2.00");
		fixture.campaigns.changeUnits(s.campaign(), Set.of(s.province().id(), s.other().id()), "test");
		scores.flush();
		assertThat(rows(s, joining)).isEmpty();
	}

	Map<String, StatisticLeafStore.Row> rows(StatisticScoringScenes.Scene s, UnitView unit) {
		Map<String, StatisticLeafStore.Row> rows = new HashMap<>();
		store.rows(s.campaign(), Set.of(unit.id())).forEach((row) -> rows.put(row.leafCode(), row));
		return rows;
	}

}
