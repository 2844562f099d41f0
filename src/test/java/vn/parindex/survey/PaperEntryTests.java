package vn.parindex.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paper forms typed by the secretariat's officers: a good form is stored as an anonymous
 * paper response of the entry day, every bad answer is listed, a used serial number is
 * refused by name — also when two officers save it at once.
 */
@IntegrationTest
class PaperEntryTests {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aGoodFormIsStoredAsAnAnonymousPaperResponseOfTheEntryDayAndTheNextFormKeepsUnitAndGroup() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String unit = scene.unit().code();
		mvc.perform(
				form(scene, "p-1", "LD", Map.of("a_Q1", "4", "a_Q2", "b", "a_Q3", "AC", "a_Q4", " Tốt ", "a_Q5", "?")))
			.andExpect(redirectedUrl("/surveys/" + scene.survey() + "/paper?unit=" + unit + "&group=LD"))
			.andExpect(flash().attribute("flashSuccess", "survey.paper.saved"));
		Map<String, Object> stored = jdbc.queryForMap(
				"""
						select unit_id, group_code, channel, serial, submitted_on, duration_seconds, flags, answers::text as answers
						from survey_response where survey_id = ?""",
				scene.survey());
		assertThat(stored).containsEntry("unit_id", scene.unit().id())
			.containsEntry("group_code", "LD")
			.containsEntry("channel", "PAPER")
			.containsEntry("serial", "P-1")
			.containsEntry("flags", "")
			.containsEntry("duration_seconds", null);
		assertThat(stored.get("submitted_on").toString()).isEqualTo(fixture.today().toString());
		assertThat(PaperAnswers.parse((String) stored.get("answers")))
			.isEqualTo(PaperAnswers.parse("{\"Q1\":4,\"Q2\":\"B\",\"Q3\":[\"A\",\"C\"],\"Q4\":\"Tốt\",\"Q5\":null}"));
		List<Map<String, Object>> trail = jdbc.queryForList(
				"select action, item, old_value, new_value, actor from survey_event where subject_id = ?",
				scene.survey());
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0)).containsEntry("action", "PAPER_ENTERED")
			.containsEntry("item", "P-1")
			.containsEntry("new_value", unit + " / LD")
			.containsEntry("actor", scene.secretariat().username());
		mvc.perform(get("/surveys/" + scene.survey() + "/paper").param("unit", unit)
			.param("group", "LD")
			.with(user(accounts.principal(scene.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"serial\" value=\"\"")))
			.andExpect(content().string(containsString("autofocus")))
			.andExpect(content().string(containsString("name=\"a_Q2\"")))
			.andExpect(content().string(containsString("Đã nhập 1 phiếu giấy.")));
		mvc.perform(get("/surveys/" + scene.survey() + "/paper").param("unit", unit)
			.param("group", "DN")
			.with(user(accounts.principal(scene.secretariat()))))
			.andExpect(content().string(not(containsString("name=\"a_Q2\""))));
	}

	@Test
	void theSummaryReadsTheFormBackBeforeItIsSavedAndEditingKeepsWhatWasTyped() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String sid = String.valueOf(scene.survey());
		mvc.perform(post("/surveys/" + sid + "/paper/review").param("serial", "A-7")
			.param("unit", scene.unit().code())
			.param("group", "LD")
			.param("a_Q1", "0")
			.param("a_Q2", "A")
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xem lại phiếu số A-7")))
			.andExpect(content().string(containsString("Không đủ thông tin để đánh giá")))
			.andExpect(content().string(containsString("Rất tốt")))
			.andExpect(content().string(containsString("id=\"paper-save\"")));
		mvc.perform(post("/surveys/" + sid + "/paper/edit").param("serial", "A-7")
			.param("unit", scene.unit().code())
			.param("group", "LD")
			.param("a_Q2", "A")
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"A-7\"")))
			.andExpect(content().string(containsString("name=\"a_Q2\" value=\"A\"")));
		assertThat(responses(scene)).isZero();
	}

	@Test
	void everyBadAnswerIsListedAndNothingIsStored() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		mvc.perform(form(scene, "", "LD", Map.of("a_Q1", "7", "a_Q2", "E", "a_Q3", "AX", "a_Q5", "x")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paper-problems\"")))
			.andExpect(content().string(containsString("Cần nhập số phiếu.")))
			.andExpect(content().string(containsString("Câu trả lời không nằm trên thang điểm của câu hỏi.")))
			.andExpect(content().string(containsString("data-field=\"Q2\"")))
			.andExpect(content().string(containsString("data-field=\"Q3\"")))
			.andExpect(content().string(containsString("data-field=\"Q5\"")));
		mvc.perform(api(scene,
				"""
						{"serial": "B/1", "unit": "%s", "group": "DN",
						 "answers": {"Q1": 9, "Q2": "A", "Q3": ["A", "Z"], "Q4": "x\\u0000", "Q9": "A"}}"""
					.formatted(scene.unit().code())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[?(@.field == 'Q2')].message").value("Câu Q2 không hỏi nhóm DN."))
			.andExpect(jsonPath("$.errors[?(@.field == 'Q9')]").exists());
		mvc.perform(api(scene, """
				{"serial": "B 1", "unit": "XX", "group": "ZZ", "answers": {}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)));
		assertThat(responses(scene)).isZero();
	}

	@Test
	void aSecondFormWithAUsedSerialIsRefusedNamingIt() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String body = """
				{"serial": "HN-0001", "unit": "%s", "group": "DN", "answers": {"Q1": "3", "Q5": "B"}}"""
			.formatted(scene.unit().code());
		mvc.perform(api(scene, body)).andExpect(status().isCreated()).andExpect(jsonPath("$.serial").value("HN-0001"));
		mvc.perform(api(scene, body.replace("HN-0001", "hn-0001")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("HN-0001")));
		mvc.perform(form(scene, "HN-0001", "DN", Map.of("a_Q1", "2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phiếu số HN-0001 đã được nhập trong đợt khảo sát này")));
		assertThat(responses(scene)).isOne();
	}

	@Test
	void twoOfficersSavingTheSameSerialAtOnceStoreExactlyOne() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		UserView other = accounts.create(Role.SECRETARIAT);
		for (int round = 0; round < 5; round++) {
			String serial = "C-" + round;
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				UserView officer = (i % 2 == 0) ? scene.secretariat() : other;
				String body = """
						{"serial": "%s", "unit": "%s", "group": "LD", "answers": {"Q1": %d}}""".formatted(serial,
						scene.unit().code(), 1 + i % 5);
				Callable<Integer> save = () -> {
					start.await();
					return mvc
						.perform(post("/api/v1/surveys/" + scene.survey() + "/paper")
							.contentType(MediaType.APPLICATION_JSON)
							.content(body)
							.with(httpBasic(officer.username(), TestAccounts.PASSWORD)))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				results.add(pool.submit(save));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).as("round " + round).containsOnly(201, 409);
			assertThat(statuses.stream().filter((s) -> s == 201).count()).as("round " + round).isOne();
		}
		assertThat(responses(scene)).isEqualTo(5);
	}

	@Test
	void formsAreTakenFromTheOpeningDayAndAfterTheCloseButNotBefore() throws Exception {
		LocalDate today = fixture.today();
		SurveyFixture.Scene early = fixture.scene(today.plusDays(2), today.plusDays(10));
		mvc.perform(api(early, """
				{"serial": "D-1", "unit": "%s", "group": "DN", "answers": {}}""".formatted(early.unit().code())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("chưa mở")));
		assertThat(responses(early)).isZero();
		mvc.perform(get("/surveys/" + early.survey() + "/paper").with(user(accounts.principal(early.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paper-not-open\"")));
		SurveyFixture.Scene late = fixture.scene(today.minusDays(20), today.minusDays(2));
		mvc.perform(api(late, """
				{"serial": "D-1", "unit": "%s", "group": "DN", "answers": {"Q5": "A"}}"""
			.formatted(late.unit().code()))).andExpect(status().isCreated());
		assertThat(responses(late)).isOne();
	}

	@Test
	void onlyTheSecretariatAndAdministratorsEnterForms() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		mvc.perform(get("/surveys/" + scene.survey() + "/paper").with(user(accounts.principal(scene.appraiser()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/" + scene.survey() + "/paper").with(user(accounts.principal(scene.officer()))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/surveys/" + scene.survey() + "/paper").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(httpBasic(scene.appraiser().username(), TestAccounts.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/surveys/" + scene.survey() + "/paper")
			.with(user(accounts.principal(accounts.create(Role.ADMIN))))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder form(SurveyFixture.Scene scene, String serial, String group,
			Map<String, String> answers) {
		MockHttpServletRequestBuilder request = post("/surveys/" + scene.survey() + "/paper").param("serial", serial)
			.param("unit", scene.unit().code())
			.param("group", group)
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf());
		answers.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder api(SurveyFixture.Scene scene, String body) {
		return post("/api/v1/surveys/" + scene.survey() + "/paper").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD));
	}

	private long responses(SurveyFixture.Scene scene) {
		Long count = jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
				scene.survey());
		return (count != null) ? count : 0;
	}

	static String unique() {
		return "S" + sequence.incrementAndGet();
	}

}
