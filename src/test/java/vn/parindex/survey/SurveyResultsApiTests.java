package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.survey.ResultsFixture.answers;
import static vn.parindex.survey.ResultsFixture.response;

@IntegrationTest
class SurveyResultsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResultsFixture fixture;

	@Autowired
	SurveyLeafScores scores;

	@Autowired
	SurveyResultStore store;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private SurveyFixture.Scene answered() {
		SurveyFixture.Scene scene = fixture.scene(Satisfaction.SHARE);
		fixture.store(SurveyScoresTests.methodologyExample(scene));
		scores.flush();
		return scene;
	}

	@Test
	void resultsHaveTheShapeOfTheFormatsDocument() throws Exception {
		SurveyFixture.Scene scene = answered();
		String unit = "$.units[?(@.unit == '" + scene.unit().code() + "')]";
		mvc.perform(get("/api/v1/surveys/" + scene.survey() + "/results").with(basic(scene.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.length()").value(2))
			.andExpect(jsonPath(unit + ".responses").value(5))
			.andExpect(jsonPath(unit + ".flagged").value(0))
			.andExpect(jsonPath(unit + ".leaves[0].leaf").value("1.2"))
			.andExpect(jsonPath(unit + ".leaves[0].score").value(52.3333))
			.andExpect(jsonPath(unit + ".leaves[0].points").value(1.57))
			.andExpect(jsonPath(unit + ".leaves[1].score").value(55.5556))
			.andExpect(jsonPath(unit + ".leaves[1].points").value(5.5556))
			.andExpect(jsonPath(unit + ".groups[0].group").value("LD"))
			.andExpect(jsonPath(unit + ".groups[0].sample").value(93))
			.andExpect(jsonPath(unit + ".groups[0].responses").value(3))
			.andExpect(jsonPath(unit + ".groups[0].questions[0].code").value("Q1"))
			.andExpect(jsonPath(unit + ".groups[0].questions[0].answers").value(2))
			.andExpect(jsonPath(unit + ".groups[0].questions[0].mean").value(75.0))
			.andExpect(jsonPath(unit + ".groups[1].group").value("DN"))
			.andExpect(jsonPath(unit + ".groups[1].sample").value(334))
			.andExpect(jsonPath(unit + ".groups[1].questions[0].answers").value(1))
			.andExpect(jsonPath(unit + ".groups[1].questions[0].ciLow").value(contains(nullValue())))
			.andExpect(jsonPath("$.units[?(@.unit == '" + scene.other().code() + "')].groups[0].sample")
				.value(contains(nullValue())));
	}

	@Test
	void anExcludedFlagChangesTheScoresIsAuditedAndAReasonIsRequired() throws Exception {
		SurveyFixture.Scene scene = answered();
		fixture.store(List.of(response(scene.survey(), scene.unit().id(), "DN", answers("Q1", 1, "Q5", "D"),
				StoredResponse.Flag.SPEEDING)));
		scores.flush();
		// DN now 0.25 and 0 on 1.2: mean 0.125 → (1.32 + 0.125) / 3 = 0.481666…
		assertThat(score(scene, "1.2")).isEqualByComparingTo("0.4816666667");
		String flag = "/api/v1/surveys/" + scene.survey() + "/flags/SPEEDING";
		mvc.perform(put(flag).with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"counts\": false, \"reason\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Cần nêu lý do của quyết định."));
		assertThat(store.decisions(scene.survey())).isEmpty();
		mvc.perform(put(flag).with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"counts\": false, \"reason\": \"Phiếu trả lời trong 20 giây\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flag").value("SPEEDING"))
			.andExpect(jsonPath("$.counts").value(false));
		assertThat(score(scene, "1.2")).isEqualByComparingTo("0.5233333333");
		mvc.perform(get("/api/v1/campaigns/" + scene.campaign() + "/results").with(basic(scene.secretariat())))
			.andExpect(jsonPath("$.results[?(@.unit == '%s')].nodes[0].points", scene.unit().code()).value(1.57));
		assertThat(jdbc.queryForList("""
				select old_value || '>' || new_value || ':' || reason from survey_event
				where subject_id = ? and action = 'FLAG_DECIDED'""", String.class, scene.survey()))
			.containsExactly("COUNTED>EXCLUDED:Phiếu trả lời trong 20 giây");
		mvc.perform(get("/api/v1/surveys/" + scene.survey() + "/quality").with(basic(scene.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisions[0].flag").value("SPEEDING"))
			.andExpect(jsonPath("$.units[?(@.unit == '%s')].counted", scene.unit().code()).value(5))
			.andExpect(
					jsonPath("$.units[?(@.unit == '%s')].groups[1].flags.SPEEDING.count", scene.unit().code()).value(1))
			.andExpect(jsonPath("$.units[?(@.unit == '%s')].groups[1].flags.SPEEDING.share", scene.unit().code())
				.value(33.33))
			.andExpect(jsonPath("$.units[?(@.unit == '%s')].leaves[0].asCounted.score", scene.unit().code())
				.value(52.3333));
	}

	@Test
	void twoDecisionsAtOnceAreBothAuditedAndTheLastWinsConsistently() throws Exception {
		SurveyFixture.Scene scene = answered();
		fixture.store(List.of(response(scene.survey(), scene.unit().id(), "DN", answers("Q1", 1, "Q5", "D"),
				StoredResponse.Flag.DEVICE)));
		scores.flush();
		String flag = "/api/v1/surveys/" + scene.survey() + "/flags/DEVICE";
		CyclicBarrier start = new CyclicBarrier(8);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			boolean counts = i % 2 == 0;
			Callable<Integer> decide = () -> {
				start.await();
				return mvc
					.perform(put(flag).with(basic(scene.secretariat()))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"counts\": " + counts + ", \"reason\": \"Lần " + counts + "\"}"))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			answers.add(pool.submit(decide));
		}
		for (Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(200);
		}
		pool.shutdown();
		assertThat(jdbc.queryForObject(
				"select count(*) from survey_event where subject_id = ? and action = 'FLAG_DECIDED'", Integer.class,
				scene.survey()))
			.isEqualTo(8);
		boolean counted = store.decisions(scene.survey()).get(StoredResponse.Flag.DEVICE).counts();
		String last = jdbc.queryForObject("""
				select new_value from survey_event where subject_id = ? and action = 'FLAG_DECIDED'
				order by occurred_at desc, id desc limit 1""", String.class, scene.survey());
		assertThat(last).isEqualTo(counted ? "COUNTED" : "EXCLUDED");
		assertThat(score(scene, "1.2")).isEqualByComparingTo(counted ? "0.4816666667" : "0.5233333333");
	}

	@Test
	void theCsvHasOneRowPerResponseAndNoId() throws Exception {
		SurveyFixture.Scene scene = answered();
		fixture.store(List.of(response(scene.survey(), scene.other().id(), "LD",
				answers("Q4", "=HYPERLINK(\"x\"), chắc chắn", "Q2", "B"), StoredResponse.Flag.SPEEDING)));
		byte[] csv = mvc
			.perform(get("/api/v1/surveys/" + scene.survey() + "/responses.csv").with(basic(scene.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFunit,group,channel,date,flags,Q1,Q2,Q4,Q5,Q6,Q7");
		assertThat(lines).hasSize(1 + 7);
		assertThat(String.join("\n", lines)).doesNotContainIgnoringCase("id,")
			.doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(lines).contains(scene.unit().code() + ",LD,WEB," + java.time.LocalDate.now(Survey.ZONE)
				+ ",,Không đủ thông tin,B,Tốt,C,A,");
		assertThat(lines).anyMatch((line) -> line.startsWith(scene.other().code() + ",LD,WEB,")
				&& line.contains(",SPEEDING,,B,\"'=HYPERLINK(\"\"x\"\"), chắc chắn\",,,"));
	}

	@Test
	void theWorkbookHasTheSameRows() throws Exception {
		SurveyFixture.Scene scene = answered();
		byte[] xlsx = mvc
			.perform(get("/api/v1/surveys/" + scene.survey() + "/responses.xlsx").with(basic(scene.secretariat())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Responses");
			DataFormatter text = new DataFormatter();
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(5))).isEqualTo("Q1");
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("unit");
		}
	}

	@Test
	void unitsAndViewersSeeNoSurveyWork() throws Exception {
		SurveyFixture.Scene scene = answered();
		UserView viewer = accounts.create(Role.VIEWER);
		String base = "/api/v1/surveys/" + scene.survey();
		for (UserView user : List.of(scene.officer(), viewer)) {
			for (String path : List.of("/results", "/quality", "/responses.csv", "/responses.xlsx")) {
				mvc.perform(get(base + path).with(basic(user))).andExpect(status().isForbidden());
			}
			mvc.perform(put(base + "/flags/SPEEDING").with(basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"counts\": false, \"reason\": \"x\"}")).andExpect(status().isForbidden());
			mvc.perform(get("/surveys/" + scene.survey() + "/results")
				.with(user(user.username()).roles(user.equals(viewer) ? "VIEWER" : "UNIT_OFFICER")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put(base + "/flags/SPEEDING").with(basic(scene.appraiser()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"counts\": false, \"reason\": \"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/999999999/results").with(basic(scene.appraiser())))
			.andExpect(status().isNotFound());
		mvc.perform(put(base + "/flags/LAZY").with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"counts\": false, \"reason\": \"x\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void thePagesShowTheResultsAndTakeADecision() throws Exception {
		SurveyFixture.Scene scene = answered();
		String page = mvc.perform(get("/surveys/" + scene.survey() + "/results").with(as(scene.appraiser())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(scene.unit().name(), "Tạm tính", "52,33%", "1,57 / 3,00", "Tiếp cận dịch vụ",
				"responses.csv", "responses.xlsx", "Không đủ thông tin để đánh giá: 1");
		String quality = mvc.perform(get("/surveys/" + scene.survey() + "/quality").with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quality).contains("Trả lời quá nhanh", "Loại mọi phiếu bị gắn cờ", "52,33%");
		String refused = mvc
			.perform(post("/surveys/" + scene.survey() + "/quality/flags/DEVICE").with(as(scene.secretariat()))
				.with(csrf())
				.param("counts", "false")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Cần nêu lý do của quyết định.");
		mvc.perform(post("/surveys/" + scene.survey() + "/quality/flags/DEVICE").with(as(scene.secretariat()))
			.with(csrf())
			.param("counts", "false")
			.param("reason", "Nhiều phiếu từ một máy ở bộ phận một cửa"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/surveys/" + scene.survey() + "/quality"));
		assertThat(store.decisions(scene.survey()).get(StoredResponse.Flag.DEVICE).counts()).isFalse();
	}

	private java.math.BigDecimal score(SurveyFixture.Scene scene, String leaf) {
		return SurveyScoresTests.row(store.leafScores(scene.survey(), null), scene.unit().id(), leaf).score();
	}

	private RequestPostProcessor as(UserView user) {
		return user(accounts.principal(user));
	}

	private static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
