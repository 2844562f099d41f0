package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators and observations API: every refusal with every error listed and nothing
 * changed, idempotent batches, replacements kept in the history, unit roles reading their
 * own unit only, and concurrent batches neither lost nor doubled.
 */
@IntegrationTest
class FeedApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticsFixture fixture;

	private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
		return as(accounts.create(role), request);
	}

	private MockHttpServletRequestBuilder as(UserView who, MockHttpServletRequestBuilder request) {
		return request.with(user(accounts.principal(who))).with(csrf());
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private int rows(UnitView unit) {
		return fixture.jdbc.queryForObject("select count(*) from statistic_observation where unit_id = ?",
				Integer.class, unit.id());
	}

	@Test
	void anIndicatorIsRefusedWithEveryErrorAndNothingIsCreated() throws Exception {
		String code = StatisticsFixture.unique("ct_moi.");
		mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/indicators"), """
				{"code": "bad code!", "name": "  ", "kind": "COUNT", "numeratorLabel": "Số hồ sơ",
				 "periodAggregation": "SOMETIMES", "description": "%s"}""".formatted("x".repeat(2001)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("code", "name", "periodAggregation", "numeratorLabel", "description")));
		mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/indicators"), """
				{"code": "%s", "name": "a\\u0000b", "kind": "COUNT", "periodAggregation": "SUM"}""".formatted(code))))
			.andExpect(status().isBadRequest());
		assertThat(fixture.indicators.byCode("BAD CODE!")).isEmpty();
		mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/indicators"), """
				{"code": "%s", "name": "Tỷ lệ mới", "kind": "RATIO", "numeratorLabel": "Đạt",
				 "denominatorLabel": "Tổng", "periodAggregation": "SUM", "sumChildren": true}""".formatted(code))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code.toUpperCase()))
			.andExpect(jsonPath("$.kind").value("RATIO"))
			.andExpect(jsonPath("$.sumChildren").value(true))
			.andExpect(jsonPath("$.builtIn").value(false));
		mvc.perform(as(Role.ADMIN, json(post("/api/v1/statistics/indicators"), """
				{"code": "%s", "name": "Lần nữa", "kind": "COUNT", "periodAggregation": "SUM"}""".formatted(code))))
			.andExpect(status().isConflict());
		mvc.perform(as(Role.VIEWER, get("/api/v1/statistics/indicators")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem(code.toUpperCase())))
			.andExpect(jsonPath("$[*].code").value(hasItem("TTHC_DUNG_HAN")));
		mvc.perform(as(Role.APPRAISER, json(post("/api/v1/statistics/indicators"), "{}")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEditNamesItsVersionAndTheKindStaysOnceObserved() throws Exception {
		Indicator indicator = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		String path = "/api/v1/statistics/indicators/" + indicator.code();
		String edit = """
				{"name": "Đổi tên", "kind": "VALUE", "periodAggregation": "LAST", "version": %d}""";
		mvc.perform(as(Role.SECRETARIAT, json(put(path), edit.formatted(indicator.version()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đổi tên"))
			.andExpect(jsonPath("$.kind").value("VALUE"))
			.andExpect(jsonPath("$.version").value(indicator.version() + 1));
		// the same edit on the version read before: someone else's edit came in between
		mvc.perform(as(Role.SECRETARIAT, json(put(path), edit.formatted(indicator.version()))))
			.andExpect(status().isConflict());
		fixture.value(fixture.province(), fixture.indicators.byCode(indicator.code()).orElseThrow(), "2026", "3", "a");
		mvc.perform(as(Role.SECRETARIAT,
				json(put(path),
						"""
								{"name": "Đổi tên", "kind": "RATIO", "periodAggregation": "LAST", "version": %d}"""
							.formatted(indicator.version() + 1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(fixture.indicators.byCode(indicator.code()).orElseThrow().kind()).isEqualTo(IndicatorKind.VALUE);
	}

	@Test
	void aBuiltInIndicatorIsEditedButNeverDeleted() throws Exception {
		Indicator builtIn = fixture.indicators.byCode("BAO_CAO_TRE_HAN").orElseThrow();
		mvc.perform(as(Role.ADMIN,
				json(put("/api/v1/statistics/indicators/bao_cao_tre_han"),
						"""
								{"name": "%s", "kind": "COUNT", "periodAggregation": "SUM", "description": "Theo quy chế", "version": %d}"""
							.formatted(builtIn.name(), builtIn.version()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.builtIn").value(true))
			.andExpect(jsonPath("$.description").value("Theo quy chế"));
		assertThat(fixture.jdbc.queryForObject(
				"select count(*) from statistic_event where action = 'INDICATOR_CHANGED' and indicator_id = ?",
				Integer.class, builtIn.id()))
			.isPositive();
	}

	@Test
	void aBatchWithErrorsIsRefusedWholeWithEveryErrorAndNothingStored() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		String body = """
				{"source": "mot-cua-tinh", "observations": [
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-Q1", "numerator": 5, "denominator": 10},
				 {"unit": "KHONG_CO", "indicator": "%2$s", "period": "2026-Q1", "numerator": 5, "denominator": 10},
				 {"unit": "%1$s", "indicator": "KHONG_CO", "period": "2026-Q1", "value": 1},
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-Q5", "numerator": 5, "denominator": 10},
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-02", "value": 5},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-02", "numerator": 5, "denominator": 10},
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-03", "numerator": 5, "denominator": -1},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-03", "value": 1.23456},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-04", "value": 1e20},
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-q1", "numerator": 6, "denominator": 10},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-05", "value": 1, "note": "a\\u0000b"},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-06", "value": "7", "colour": "red"}
				]}""".formatted(unit.code(), ratio.code(), count.code());
		MvcResult result = mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/observations"), body)))
			.andExpect(status().isBadRequest())
			.andReturn();
		String answer = result.getResponse().getContentAsString();
		List<String> located = com.jayway.jsonpath.JsonPath.parse(answer)
			.read("$.errors[*]", List.class)
			.stream()
			.map((error) -> ((java.util.Map<?, ?>) error).get("index") + ":"
					+ ((java.util.Map<?, ?>) error).get("field"))
			.toList();
		assertThat(located).containsExactlyInAnyOrder("1:unit", "2:indicator", "3:period", "4:value", "4:numerator",
				"4:denominator", "5:numerator", "5:denominator", "5:value", "6:denominator", "7:value", "8:value",
				"9:period", "10:note", "11:value", "11:colour");
		assertThat(answer).contains("KHONG_CO").contains("2026-Q5");
		assertThat(rows(unit)).isZero();
		mvc.perform(as(Role.SECRETARIAT,
				json(post("/api/v1/statistics/observations"),
						"""
								{"observations": [{"unit": "%s", "indicator": "%s", "period": "2026", "value": 1}]}"""
							.formatted(unit.code(), count.code()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].index").value(nullValue()))
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/observations"), "{\"source\": \"x\", ")))
			.andExpect(status().isBadRequest());
		assertThat(rows(unit)).isZero();
	}

	@Test
	void aBatchSentTwiceIsStoredOnceAndANewFigureKeepsTheOldInTheHistory() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		String batch = """
				{"source": "mot-cua-tinh", "observations": [
				 {"unit": "%1$s", "indicator": "%2$s", "period": "2026-Q1", "numerator": 105, "denominator": 100},
				 {"unit": "%1$s", "indicator": "%3$s", "period": "2026-01", "value": %4$s, "note": "Báo cáo tháng"}
				]}""";
		UserView client = accounts.create(Role.SECRETARIAT);
		mvc.perform(as(client,
				json(post("/api/v1/statistics/observations"),
						batch.formatted(unit.code(), ratio.code(), count.code(), "3"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.replaced").value(0))
			.andExpect(jsonPath("$.unchanged").value(0));
		mvc.perform(as(client,
				json(post("/api/v1/statistics/observations"),
						batch.formatted(unit.code(), ratio.code(), count.code(), "3.0"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.replaced").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(rows(unit)).isEqualTo(2);
		mvc.perform(as(client,
				json(post("/api/v1/statistics/observations"),
						batch.formatted(unit.code(), ratio.code(), count.code(), "4"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replaced").value(1));
		assertThat(fixture.history(unit, count)).containsExactly("2026-01 mot-cua-tinh 3.0000 (replaced)",
				"2026-01 mot-cua-tinh 4.0000");
		mvc.perform(as(Role.COUNCIL_CHAIR,
				get("/api/v1/statistics/observations").param("unit", unit.code()).param("indicator", count.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observations", hasSize(1)))
			.andExpect(jsonPath("$.observations[0].value").value(4.0))
			.andExpect(jsonPath("$.observations[0].source").value("mot-cua-tinh"))
			.andExpect(jsonPath("$.observations[0].channel").value("API"))
			.andExpect(jsonPath("$.observations[0].recordedBy").value(client.username()))
			.andExpect(jsonPath("$.observations[0].history", hasSize(1)))
			.andExpect(jsonPath("$.observations[0].history[0].value").value(3.0));
		// a year takes in its quarters and months; a month holds only itself
		mvc.perform(as(Role.ADMIN,
				get("/api/v1/statistics/observations").param("unit", unit.code()).param("period", "2026")))
			.andExpect(jsonPath("$.observations", hasSize(2)));
		mvc.perform(as(Role.ADMIN,
				get("/api/v1/statistics/observations").param("unit", unit.code()).param("period", "2026-02")))
			.andExpect(jsonPath("$.observations", hasSize(0)));
		assertThat(fixture.jdbc.queryForObject(
				"select count(*) from statistic_event where action = 'OBSERVATIONS_RECEIVED' and actor = ?",
				Integer.class, client.username()))
			.isEqualTo(3);
	}

	@Test
	void aUnitsPeopleReadTheirOwnUnitOnly() throws Exception {
		UnitView own = fixture.province();
		UnitView other = fixture.province();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		fixture.value(own, count, "2026-Q2", "1", "a");
		fixture.value(other, count, "2026-Q2", "2", "a");
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		mvc.perform(as(officer, get("/api/v1/statistics/observations").param("unit", own.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observations[*].unit").value(containsInAnyOrder(own.code())));
		mvc.perform(as(officer, get("/api/v1/statistics/observations").param("unit", other.code())))
			.andExpect(status().isForbidden());
		mvc.perform(as(officer, get("/api/v1/statistics/observations").param("indicator", count.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observations[*].unit").value(containsInAnyOrder(own.code())));
		mvc.perform(as(Role.VIEWER, get("/api/v1/statistics/observations").param("indicator", count.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observations", hasSize(2)));
		mvc.perform(as(officer, json(post("/api/v1/statistics/observations"), "{}"))).andExpect(status().isForbidden());
	}

	@Test
	void aBatchBeyondTheLimitIsRefusedAsTooLarge() throws Exception {
		UnitView unit = fixture.province();
		StringBuilder body = new StringBuilder("{\"source\": \"x\", \"observations\": [");
		for (int i = 0; i <= 100_000; i++) {
			body.append((i > 0) ? "," : "").append("{\"unit\":\"").append(unit.code()).append("\"}");
		}
		body.append("]}");
		mvc.perform(as(Role.SECRETARIAT, json(post("/api/v1/statistics/observations"), body.toString())))
			.andExpect(status().isPayloadTooLarge());
		assertThat(rows(unit)).isZero();
	}

	@Test
	void twoIdenticalBatchesAtOnceAreStoredOnce() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		StringBuilder items = new StringBuilder();
		for (int month = 1; month <= 12; month++) {
			items.append((month > 1) ? "," : "")
				.append("{\"unit\": \"%s\", \"indicator\": \"%s\", \"period\": \"2026-%02d\", \"numerator\": %d, \"denominator\": 100}"
					.formatted(unit.code(), ratio.code(), month, 80 + month));
		}
		String body = "{\"source\": \"mot-cua\", \"observations\": [" + items + "]}";
		UserView client = accounts.create(Role.SECRETARIAT);
		List<Integer> statuses = parallel(4,
				() -> mvc.perform(as(client, json(post("/api/v1/statistics/observations"), body)))
					.andReturn()
					.getResponse()
					.getStatus());
		assertThat(statuses).containsOnly(200);
		assertThat(rows(unit)).isEqualTo(12);
	}

	@Test
	void twoDifferentFiguresAtOnceLeaveOneCurrentAndTheOtherInTheHistory() throws Exception {
		UnitView unit = fixture.province();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		UserView client = accounts.create(Role.SECRETARIAT);
		List<Integer> statuses = parallel(2, new Callable<>() {

			private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

			@Override
			public Integer call() throws Exception {
				int value = 10 + next.incrementAndGet();
				return mvc
					.perform(as(client,
							json(post("/api/v1/statistics/observations"),
									"""
											{"source": "bao-cao", "observations": [
											 {"unit": "%s", "indicator": "%s", "period": "2026-Q3", "value": %d}]}"""
										.formatted(unit.code(), count.code(), value))))
					.andReturn()
					.getResponse()
					.getStatus();
			}

		});
		assertThat(statuses).containsOnly(200);
		List<String> history = fixture.history(unit, count);
		assertThat(history).hasSize(2);
		assertThat(history.stream().filter((row) -> row.endsWith("(replaced)"))).hasSize(1);
		assertThat(history).anyMatch((row) -> row.contains("11.0000")).anyMatch((row) -> row.contains("12.0000"));
	}

	private static List<Integer> parallel(int n, Callable<Integer> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

}
