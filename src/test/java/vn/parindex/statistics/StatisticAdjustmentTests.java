package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.engine.Amounts;
import vn.parindex.engine.LeafFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The council adjusts a statistic leaf's points when the source was wrong: with a reason,
 * audited, withdrawn, refused once the appraisal is final, and safe when two adjust at
 * once.
 */
@IntegrationTest
class StatisticAdjustmentTests {

	@Autowired
	StatisticScoringScenes scenes;

	@Autowired
	StatisticLeafSource source;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	String leaf(StatisticScoringScenes.Scene s, String code) {
		return "/api/v1/campaigns/" + s.campaign() + "/statistics/units/" + s.province().code() + "/leaves/" + code
				+ "/adjustment";
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, UserView user) {
		return request.with(httpBasic(user.username(), TestAccounts.PASSWORD));
	}

	MockHttpServletRequestBuilder adjustment(String url, String body) {
		return put(url).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void theChairAdjustsWithAReasonTheAppraisedFigureMovesAndTheTrailKeepsIt() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		UserView chair = accounts.create(Role.COUNCIL_CHAIR);
		mvc.perform(as(adjustment(leaf(s, "1.1"), "{\"points\": 1.5}"), chair))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lý do")));
		mvc.perform(as(adjustment(leaf(s, "1.1"), "{\"points\": 2.5, \"reason\": \"Sai nguồn\"}"), chair))
			.andExpect(status().isBadRequest());
		mvc.perform(as(adjustment(leaf(s, "1.1"), "{\"points\": 1.555, \"reason\": \"Sai nguồn\"}"), chair))
			.andExpect(status().isBadRequest());
		mvc.perform(as(adjustment(leaf(s, "9.9"), "{\"points\": 1, \"reason\": \"Sai nguồn\"}"), chair))
			.andExpect(status().isNotFound());
		assertThat(figures(s).get("1.1")).containsExactly(points("1.9176"), points("1.9176"));

		mvc.perform(as(adjustment(leaf(s, "1.1"),
				"{\"points\": 1.5, \"reason\": \"Hệ thống một cửa tính trùng 3.000 hồ sơ quý II\"}"), chair))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].points").value(1.9176))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].counted").value(1.5))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].adjustment.version").value(1))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].adjustment.reason")
				.value("Hệ thống một cửa tính trùng 3.000 hồ sơ quý II"));
		// self-assessed stays the computed figure, appraised is the council's
		assertThat(figures(s).get("1.1")).containsExactly(points("1.9176"), points("1.5"));
		// an adjustment of a 0 / 0 leaf makes it count, appraised
		mvc.perform(as(adjustment(leaf(s, "2.2"), "{\"points\": 1, \"reason\": \"Có 12 phản ánh chưa được gửi\"}"),
				s.secretariat()))
			.andExpect(status().isOk());
		assertThat(figures(s).get("2.2")).containsExactly(LeafFigures.NO_VALUE, points("1"));

		mvc.perform(as(delete(leaf(s, "1.1")).param("reason", "Đã đối chiếu lại"), chair))
			.andExpect(status().isNoContent());
		assertThat(figures(s).get("1.1")).containsExactly(points("1.9176"), points("1.9176"));
		mvc.perform(as(delete(leaf(s, "1.1")), chair)).andExpect(status().isNotFound());

		assertThat(jdbc.queryForList("""
				select action || ' ' || item || ' ' || coalesce(old_value, '-') || '→' || coalesce(new_value, '-')
				       || ' ' || coalesce(reason, '') || ' ' || actor
				from statistic_leaf_event where subject_id = ? order by id""", String.class, s.campaign()))
			.containsExactly(
					"LEAF_ADJUSTED " + s.province().code()
							+ " · 1.1 -→1.5 Hệ thống một cửa tính trùng 3.000 hồ sơ quý II " + chair.username(),
					"LEAF_ADJUSTED " + s.province().code() + " · 2.2 -→1 Có 12 phản ánh chưa được gửi "
							+ s.secretariat().username(),
					"ADJUSTMENT_WITHDRAWN " + s.province().code() + " · 1.1 1.5→- Đã đối chiếu lại "
							+ chair.username());
	}

	@Test
	void appraisersAndUnitsDoNotAdjustAndUnitsReadOnlyTheirOwn() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		String body = "{\"points\": 1, \"reason\": \"Sai nguồn\"}";
		for (Role role : List.of(Role.APPRAISER, Role.VIEWER)) {
			mvc.perform(as(adjustment(leaf(s, "1.1"), body), accounts.create(role))).andExpect(status().isForbidden());
		}
		UserView own = accounts.create(Role.UNIT_OFFICER, s.province().id());
		UserView another = accounts.create(Role.UNIT_LEADER, s.other().id());
		mvc.perform(as(adjustment(leaf(s, "1.1"), body), own)).andExpect(status().isForbidden());
		String unit = "/api/v1/campaigns/" + s.campaign() + "/statistics/units/" + s.province().code();
		mvc.perform(as(get(unit), own))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].rate").value(95.8796))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '1.1')].numerator").value(82978))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '2.2')].state").value("NOT_APPLICABLE"))
			.andExpect(jsonPath("$.leaves[?(@.leaf == '2.4')].state").value("NO_DATA"))
			.andExpect(jsonPath("$.official").value(false));
		mvc.perform(as(get(unit), another)).andExpect(status().isForbidden());
		assertThat(figures(s)).doesNotContainKey("2.4");
	}

	@Test
	void afterTheAppraisalIsFinalAdjustmentsWaitForItToBeReopened() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		jdbc.update("""
				insert into assessment_sheet (campaign_id, unit_id, status, created_at, updated_at)
				values (?, ?, 'APPRAISED', now(), now())""", s.campaign(), s.province().id());
		UserView chair = accounts.create(Role.COUNCIL_CHAIR);
		mvc.perform(as(adjustment(leaf(s, "1.1"), "{\"points\": 1, \"reason\": \"Sai nguồn\"}"), chair))
			.andExpect(status().isConflict());
		mvc.perform(as(get("/api/v1/campaigns/" + s.campaign() + "/statistics/units/" + s.province().code()), chair))
			.andExpect(jsonPath("$.official").value(true));
		jdbc.update("update assessment_sheet set status = 'SUBMITTED' where campaign_id = ? and unit_id = ?",
				s.campaign(), s.province().id());
		mvc.perform(as(adjustment(leaf(s, "1.1"), "{\"points\": 1, \"reason\": \"Sai nguồn\"}"), chair))
			.andExpect(status().isOk());
	}

	@Test
	void adjustmentsAtOnceAreTakenInTurnEachRecordedAndAStaleVersionIsRefused() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		UserView chair = accounts.create(Role.COUNCIL_CHAIR);
		int n = 6;
		List<Integer> statuses = race(
				n, (
						i) -> mvc
							.perform(as(
									adjustment(leaf(s, "1.3"),
											"{\"points\": " + (i + 1) / 4.0 + ", \"reason\": \"Lần " + i + "\"}"),
									chair))
							.andReturn()
							.getResponse()
							.getStatus());
		assertThat(statuses).containsOnly(200);
		List<Map<String, Object>> lines = jdbc.queryForList(
				"select old_value, new_value from statistic_leaf_event where subject_id = ? order by id", s.campaign());
		assertThat(lines).hasSize(n);
		// each took the one before it as its old value: none was lost
		for (int i = 1; i < n; i++) {
			assertThat(lines.get(i).get("old_value")).isEqualTo(lines.get(i - 1).get("new_value"));
		}
		Map<String, Object> stored = jdbc.queryForMap(
				"select points::text points, version from statistic_leaf_adjustment where campaign_id = ?",
				s.campaign());
		assertThat(new java.math.BigDecimal((String) stored.get("points")))
			.isEqualByComparingTo(new java.math.BigDecimal((String) lines.get(n - 1).get("new_value")));
		assertThat(stored.get("version")).isEqualTo(n);

		// the same version seen by several: exactly one wins
		List<Integer> versioned = race(
				n, (
						i) -> mvc
							.perform(as(adjustment(leaf(s, "1.3"),
									"{\"points\": 1, \"reason\": \"Theo phiên bản " + i + "\", \"version\": " + n
											+ "}"),
									chair))
							.andReturn()
							.getResponse()
							.getStatus());
		assertThat(versioned).filteredOn((code) -> code == 200).hasSize(1);
		assertThat(versioned).filteredOn((code) -> code == 409).hasSize(n - 1);
		assertThat(jdbc.queryForObject("select version from statistic_leaf_adjustment where campaign_id = ?",
				Integer.class, s.campaign()))
			.isEqualTo(n + 1);
	}

	interface Attempt {

		int run(int i) throws Exception;

	}

	private static List<Integer> race(int n, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				Callable<Integer> call = () -> {
					start.await();
					return attempt.run(index);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long points(String points) {
		return Amounts.of(new java.math.BigDecimal(points));
	}

	private Map<String, long[]> figures(StatisticScoringScenes.Scene s) {
		Map<String, long[]> figures = new HashMap<>();
		source.figures(s.campaign(), List.of(s.province().id()), new LeafFigures() {

			@Override
			public void leaf(long unitId, String leafCode, long self, long appraised, boolean na, boolean appraisedNa) {
				figures.put(leafCode, new long[] { self, appraised });
			}

		});
		return figures;
	}

}
