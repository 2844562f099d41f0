package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.survey.ResultsFixture.answers;
import static vn.parindex.survey.ResultsFixture.response;

/**
 * Survey scores as METHODOLOGY §6–7 computes them, kept per unit and leaf, fed to scoring
 * and shown in the campaign's results.
 */
@IntegrationTest
class SurveyScoresTests {

	@Autowired
	ResultsFixture fixture;

	@Autowired
	SurveyLeafScores scores;

	@Autowired
	SurveyResultStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * Unit: LD (weight 2) three responses, DN (weight 1) two; the other unit: one LD
	 * response and no DN answers at all.
	 */
	static List<StoredResponse> methodologyExample(SurveyFixture.Scene scene) {
		long s = scene.survey();
		long u = scene.unit().id();
		return List.of(response(s, u, "LD", answers("Q1", 5, "Q2", "A", "Q5", "A", "Q6", "C", "Q7", 5)),
				response(s, u, "LD", answers("Q1", 3, "Q2", "C", "Q5", "B", "Q6", "D", "Q7", 4)),
				response(s, u, "LD", answers("Q1", null, "Q2", "B", "Q5", "C", "Q6", "A", "Q4", "Tốt")),
				response(s, u, "DN", answers("Q1", 2, "Q5", "D", "Q6", "B", "Q7", 3)),
				response(s, u, "DN", answers("Q1", null, "Q5", "A")),
				response(s, scene.other().id(), "LD", answers("Q1", 4, "Q4", "")));
	}

	@Test
	void groupMeansAreWeightedAndCannotJudgeLeavesTheMean() {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.SHARE);
		fixture.store(methodologyExample(scene));
		scores.flush();
		List<SurveyResultStore.LeafScoreRow> rows = store.leafScores(scene.survey(), null);
		// 1.2: LD (1 + 0.5 + 1 + 0.2 + 0.6) / 5 = 0.66, DN 0.25 (Q1 = 2; "cannot judge"
		// left out): (2 × 0.66 + 0.25) / 3 = 0.52333…; 3 points × that = 1.57
		assertThat(row(rows, scene.unit().id(), "1.2").score()).isEqualByComparingTo("0.5233333333");
		assertThat(row(rows, scene.unit().id(), "1.2").points()).isEqualByComparingTo("1.57");
		assertThat(row(rows, scene.unit().id(), "1.2").answers()).isEqualTo(6);
		// 2.1, SIPAS share: LD satisfied 3 of 6, DN 2 of 3: (2 × 1/2 + 2/3) / 3 = 5/9
		assertThat(row(rows, scene.unit().id(), "2.1").score()).isEqualByComparingTo("0.5555555556");
		assertThat(row(rows, scene.unit().id(), "2.1").points()).isEqualByComparingTo("5.5556");
		// 2.2, tiers on the rate: (2 × 0.875 + 0.5) / 3 = 75% ≥ 50% → half of 2
		assertThat(row(rows, scene.unit().id(), "2.2").score()).isEqualByComparingTo("0.75");
		assertThat(row(rows, scene.unit().id(), "2.2").points()).isEqualByComparingTo("1.00");
		// a group without answers leaves the weights: LD alone, Q1 = 4 → 0.75
		assertThat(row(rows, scene.other().id(), "1.2").score()).isEqualByComparingTo("0.75");
		assertThat(row(rows, scene.other().id(), "1.2").points()).isEqualByComparingTo("2.25");
		assertThat(rows).filteredOn((row) -> row.unitId() == scene.other().id())
			.extracting(SurveyResultStore.LeafScoreRow::leaf)
			.containsExactly("1.2");
	}

	@Autowired
	SurveyFixture surveyFixture;

	@Test
	void aSurveyScaleLeafOfTheFoundationSceneGetsMaximumTimesScore() {
		SurveyFixture.Scene scene = surveyFixture.scene();
		long s = scene.survey();
		long u = scene.unit().id();
		fixture.store(List.of(response(s, u, "LD", answers("Q1", 5, "Q2", "B", "Q5", "C")),
				response(s, u, "DN", answers("Q1", 2, "Q5", "A"))));
		scores.flush();
		List<SurveyResultStore.LeafScoreRow> rows = store.leafScores(s, null);
		// the instrument counts satisfaction as a share and names Q1's and Q2's satisfied
		// answers: LD 2 of 2 satisfied, DN 0 of 1 → (2 × 1 + 0) / 3; SURVEY_SCALE 3 × ⅔
		assertThat(row(rows, u, "1.2").points()).isEqualByComparingTo("2.00");
		// 2.1: LD C not satisfied, DN A satisfied → (0 + 1) / 3; 10 × ⅓
		assertThat(row(rows, u, "2.1").points()).isEqualByComparingTo("3.3333");
	}

	@Test
	void withAMeanSatisfactionTheSipasLeafIsTheMeanScore() {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.MEAN);
		fixture.store(methodologyExample(scene));
		scores.flush();
		List<SurveyResultStore.LeafScoreRow> rows = store.leafScores(scene.survey(), null);
		// LD (1 + 0.75 + 0.5 + 0.5 + 0 + 1) / 6 = 0.625, DN (0 + 1 + 0.75) / 3:
		// (1.25 + 0.58333…) / 3 = 0.61111…
		assertThat(row(rows, scene.unit().id(), "2.1").score()).isEqualByComparingTo("0.6111111111");
		assertThat(row(rows, scene.unit().id(), "2.1").points()).isEqualByComparingTo("6.1111");
		assertThat(row(rows, scene.unit().id(), "1.2").points()).isEqualByComparingTo("1.57");
	}

	@Test
	void surveyPointsReachTheCampaignResultsAndAUnitWithoutAnswersHasNoData() throws Exception {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.SHARE);
		String api = "/api/v1/campaigns/" + scene.campaign() + "/results";
		mvc.perform(get(api).with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", scene.unit().code()).value(3));
		fixture.store(methodologyExample(scene));
		scores.flush();
		mvc.perform(get(api).with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", scene.unit().code()).value(0))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[0].points", scene.unit().code()).value(1.57))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[1].points", scene.unit().code()).value(6.56))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[0].points", scene.other().code()).value(2.25))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].noData", scene.other().code()).value(2))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[1].noData", scene.other().code()).value(2));
	}

	@Test
	void newResponsesAreScoredByTheJobWithoutAnyCall() throws Exception {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.SHARE);
		fixture.store(List.of(response(scene.survey(), scene.unit().id(), "LD", answers("Q1", 5))));
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (store.leafScores(scene.survey(), null).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(store.leafScores(scene.survey(), null)).singleElement()
			.satisfies((row) -> assertThat(row.points()).isEqualByComparingTo("3.00"));
	}

	@Test
	void aRecomputationThatChangesNothingWritesNothing() {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.SHARE);
		fixture.store(methodologyExample(scene));
		scores.flush();
		assertThat(transactional(scene)).isEmpty();
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private java.util.Set<Long> transactional(SurveyFixture.Scene scene) {
		return transactions.execute((status) -> scores.recompute(scene.survey(), null));
	}

	static SurveyResultStore.LeafScoreRow row(List<SurveyResultStore.LeafScoreRow> rows, long unit, String leaf) {
		return rows.stream()
			.filter((row) -> row.unitId() == unit && row.leaf().equals(leaf))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no score of " + leaf + " for unit " + unit + " in " + rows));
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
