package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.assessment.SheetReview;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Once a unit's appraisal is final its statistic leaf outcomes are frozen: new
 * observations move neither them nor its results (while another unit's do), the profile
 * says so and shows what the newer observations would give, and reopening the appraisal
 * recomputes the unit at once. A finalisation racing with an arriving observation leaves
 * the unit with the frozen outcomes, and a reopening racing with one with the current
 * ones.
 */
@IntegrationTest
class StatisticFreezeTests {

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	StatisticScoringScenes scenes;

	@Autowired
	StatisticLeafScores scores;

	@Autowired
	StatisticLeafStore store;

	@Autowired
	SheetReview sheets;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aFinalisedUnitKeepsItsPointsAndResultsWhileAnotherUnitsMove() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		submitted(s, s.province());
		submitted(s, s.other());
		List<StatisticLeafStore.Row> before = rows(s, s.province());
		assertThat(before).extracting(StatisticLeafStore.Row::leafCode).contains("1.1");
		assertThat(rows(s, s.other())).isEmpty();
		sheets.finalise(s.campaign(), s.province().id(), "test");
		assertThat(store.frozen(s.campaign(), null)).containsOnlyKeys(s.province().id());
		String resultsBefore = results(s, s.province());

		fixture.ratio(s.province(), s.tinh(), "2026-Q3", 1_000, 4_000, "mot-cua-tinh");
		fixture.ratio(s.other(), s.tinh(), "2026-Q3", 1_000, 4_000, "mot-cua-tinh");
		scores.flush();

		assertThat(same(rows(s, s.province()), before)).isTrue();
		assertThat(same(rows(s, s.province()), fresh(s, s.province()))).isFalse();
		assertThat(results(s, s.province())).isEqualTo(resultsBefore);
		// the other unit, not finalised, moves in the same campaign
		assertThat(rows(s, s.other())).extracting(StatisticLeafStore.Row::leafCode).containsExactly("1.1");
		assertThat(same(rows(s, s.other()), fresh(s, s.other()))).isTrue();

		// every unit recomputed (a restart, the campaign's units changing): still frozen
		scores.campaign(s.campaign());
		scores.flush();
		assertThat(same(rows(s, s.province()), before)).isTrue();
		assertThat(results(s, s.province())).isEqualTo(resultsBefore);
	}

	@Test
	void theProfileSaysFrozenSinceTheFinalisationAndShowsWhatNewerObservationsWouldGive() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		submitted(s, s.province());
		String profile = "/campaigns/" + s.campaign() + "/statistics/units/" + s.province().id();
		String api = "/api/v1/campaigns/" + s.campaign() + "/statistics/units/" + s.province().code();
		mvc.perform(get(profile).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"profile-frozen\""))));
		String board = "/campaigns/" + s.campaign() + "/statistics/board?quarter=2026-Q3";
		mvc.perform(get(board).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("badge text-bg-secondary frozen"))));
		sheets.finalise(s.campaign(), s.province().id(), "test");
		mvc.perform(get(board).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("badge text-bg-secondary frozen")))
			.andExpect(content().string(containsString("điểm chính thức đã chốt từ")));
		mvc.perform(get(profile).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-frozen\"")))
			.andExpect(content().string(containsString("Số liệu đã chốt từ")))
			.andExpect(content().string(containsString("id=\"profile-unmoved\"")))
			.andExpect(content().string(not(containsString("id=\"current-1-1\""))));

		// 82,978 + 1,000 on time of 86,544 + 4,000: 2 × 83,978 / 90,544 = 1.8550
		fixture.ratio(s.province(), s.tinh(), "2026-Q3", 1_000, 4_000, "mot-cua-tinh");
		scores.flush();
		mvc.perform(get(profile).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-moved\"")))
			.andExpect(content().string(containsString("Số liệu mới hơn sẽ cho kết quả khác ở 1 tiêu chí")))
			.andExpect(content().string(containsString("id=\"current-1-1\"")))
			.andExpect(content().string(containsString("83.978 / 90.544")))
			.andExpect(content().string(containsString("1,855 / 2,00 điểm")))
			// the frozen figures stay the ones counted
			.andExpect(content().string(containsString("82.978 / 86.544")))
			.andExpect(content().string(containsString("1,9176 / 2,00 điểm")));
		mvc.perform(get(api).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.official").value(true))
			.andExpect(jsonPath("$.frozenSince").isNotEmpty())
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].points").value(1.9176))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].current.points").value(1.855))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].current.periods[2]").value("2026-Q3"))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.2' && @.current == null)]").isNotEmpty());
	}

	@Test
	void reopeningRecomputesTheUnitAtOnceAndItsResultsFollow() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		submitted(s, s.province());
		sheets.finalise(s.campaign(), s.province().id(), "test");
		List<StatisticLeafStore.Row> frozen = rows(s, s.province());
		String resultsFrozen = results(s, s.province());
		fixture.ratio(s.province(), s.tinh(), "2026-Q3", 1_000, 4_000, "mot-cua-tinh");
		scores.flush();
		assertThat(same(rows(s, s.province()), frozen)).isTrue();

		sheets.reopenAppraisal(s.campaign(), s.province().id(), "test", "Nguồn số liệu quý 2 sai");
		// no flush: the reopening itself recomputed the unit
		assertThat(store.frozen(s.campaign(), null)).isEmpty();
		assertThat(same(rows(s, s.province()), fresh(s, s.province()))).isTrue();
		assertThat(same(rows(s, s.province()), frozen)).isFalse();
		assertThat(results(s, s.province())).isNotEqualTo(resultsFrozen);

		// open again: new observations move it again
		fixture.ratio(s.province(), s.tinh(), "2026-Q4", 3_000, 4_000, "mot-cua-tinh");
		scores.flush();
		assertThat(same(rows(s, s.province()), fresh(s, s.province()))).isTrue();
		mvc.perform(get("/api/v1/campaigns/" + s.campaign() + "/statistics/units/" + s.province().code())
			.with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.frozenSince").value((Object) null));
	}

	@Test
	void recomputingEveryUnitFreezesAnAppraisalFinalisedWithoutTellingAndUnfreezesOneReopened() {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		// finalised before freezing existed: no event told the job
		jdbc.update("""
				insert into assessment_sheet (campaign_id, unit_id, status, created_at, updated_at)
				values (?, ?, 'APPRAISED', now(), now())""", s.campaign(), s.province().id());
		List<StatisticLeafStore.Row> before = rows(s, s.province());
		scores.campaign(s.campaign());
		scores.flush();
		assertThat(store.frozen(s.campaign(), null)).containsOnlyKeys(s.province().id());
		fixture.ratio(s.province(), s.tinh(), "2026-Q3", 1_000, 4_000, "mot-cua-tinh");
		scores.flush();
		assertThat(same(rows(s, s.province()), before)).isTrue();

		jdbc.update("update assessment_sheet set status = 'SUBMITTED' where campaign_id = ? and unit_id = ?",
				s.campaign(), s.province().id());
		scores.campaign(s.campaign());
		scores.flush();
		assertThat(store.frozen(s.campaign(), null)).isEmpty();
		assertThat(same(rows(s, s.province()), fresh(s, s.province()))).isTrue();
		assertThat(same(rows(s, s.province()), before)).isFalse();
	}

	@Test
	void aFinalisationRacingWithAnObservationLeavesTheFrozenOutcomesAndAReopeningTheCurrentOnes() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		submitted(s, s.province());
		for (int round = 0; round < 4; round++) {
			int late = 100 * (round + 1);
			List<List<StatisticLeafStore.Row>> seenByFinalisation = new ArrayList<>();
			race(() -> {
				seenByFinalisation.add(transactions.execute((status) -> {
					sheets.finalise(s.campaign(), s.province().id(), "test");
					return rows(s, s.province());
				}));
				return null;
			}, () -> {
				fixture.ratio(s.province(), s.tinh(), "2026-Q3", 1_000 - late, 4_000, "mot-cua-tinh");
				scores.flush();
				return null;
			});
			List<StatisticLeafStore.Row> frozen = seenByFinalisation.get(0);
			assertThat(same(rows(s, s.province()), frozen)).as("round %d: the outcomes the finalisation froze", round)
				.isTrue();
			String results = results(s, s.province());
			fixture.ratio(s.province(), s.tinh(), "2026-Q4", 2_000 + late, 4_000, "mot-cua-tinh");
			scores.flush();
			assertThat(same(rows(s, s.province()), frozen)).isTrue();
			assertThat(results(s, s.province())).isEqualTo(results);

			race(() -> {
				sheets.reopenAppraisal(s.campaign(), s.province().id(), "test", "Lần " + late);
				return null;
			}, () -> {
				fixture.ratio(s.province(), s.tinh(), "2026-Q4", 2_500 + late, 4_000, "mot-cua-tinh");
				scores.flush();
				return null;
			});
			assertThat(same(rows(s, s.province()), fresh(s, s.province())))
				.as("round %d: recomputed from the current observations after reopening", round)
				.isTrue();
			assertThat(store.frozen(s.campaign(), null)).isEmpty();
		}
	}

	private void submitted(StatisticScoringScenes.Scene s, UnitView unit) {
		jdbc.update("""
				insert into assessment_sheet (campaign_id, unit_id, status, created_at, updated_at)
				values (?, ?, 'SUBMITTED', now(), now())""", s.campaign(), unit.id());
	}

	private List<StatisticLeafStore.Row> rows(StatisticScoringScenes.Scene s, UnitView unit) {
		return store.rows(s.campaign(), Set.of(unit.id()));
	}

	/** What the current observations give the unit. */
	private List<StatisticLeafStore.Row> fresh(StatisticScoringScenes.Scene s, UnitView unit) {
		return scores.outcomes(s.framework(), List.of(unit), Period.year(2026));
	}

	private static boolean same(List<StatisticLeafStore.Row> a, List<StatisticLeafStore.Row> b) {
		if (a.size() != b.size()) {
			return false;
		}
		List<StatisticLeafStore.Row> sortedA = new ArrayList<>(a);
		List<StatisticLeafStore.Row> sortedB = new ArrayList<>(b);
		sortedA.sort(java.util.Comparator.comparing(StatisticLeafStore.Row::leafCode));
		sortedB.sort(java.util.Comparator.comparing(StatisticLeafStore.Row::leafCode));
		for (int i = 0; i < sortedA.size(); i++) {
			if (!sortedA.get(i).sameAs(sortedB.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** The unit's stored results: points, index and the nodes' points. */
	private String results(StatisticScoringScenes.Scene s, UnitView unit) throws Exception {
		String body = mvc.perform(get(s.results()).with(httpBasic(s.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String at = "$.results[?(@.unit == '" + unit.code() + "')]";
		Object points = JsonPath.read(body, at + ".points");
		Object index = JsonPath.read(body, at + ".index");
		Object nodes = JsonPath.read(body, at + ".nodes[*].points");
		return points + " " + index + " " + nodes;
	}

	@SafeVarargs
	private static void race(Callable<Void>... attempts) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(attempts.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Void>> futures = new ArrayList<>();
			for (Callable<Void> attempt : attempts) {
				futures.add(pool.submit(() -> {
					start.await();
					return attempt.call();
				}));
			}
			start.countDown();
			for (Future<Void> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
