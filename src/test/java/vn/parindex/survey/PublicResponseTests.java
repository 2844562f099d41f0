package vn.parindex.survey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public response endpoint: one submission per token, every refusal as problem+json,
 * bounded bodies, answers checked with every error listed, nothing that links a stored
 * response to its token.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicResponseTests {

	static final String LD_ANSWERS = """
			{"Q1": 4, "Q2": "B", "Q3": ["A", "C"], "Q4": "Tốt", "Q5": null}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TokenStore tokens;

	@Autowired
	TestAccounts accounts;

	static String body(String token, String answers, Object duration) {
		return "{\"token\": \"" + token + "\", \"answers\": " + answers + ", \"durationSeconds\": " + duration + "}";
	}

	ResultActions submit(String body) throws Exception {
		return mvc.perform(post("/api/v1/public/responses").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	int responses(long survey) {
		return jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, survey);
	}

	@Test
	void aTokenSubmitsOnceWithoutLoginNorCsrfAndTheSecondIsRefused() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = fixture.tokens(scene, scene.unit().id(), "LD", 1).get(0);
		submit(body(token, LD_ANSWERS, 300)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.submittedOn").value(fixture.today().toString()));
		Map<String, Object> row = jdbc.queryForMap("""
				select unit_id, group_code, channel, submitted_on, duration_seconds, flags, answers::text as answers
				from survey_response where survey_id = ?""", scene.survey());
		assertThat(row).containsEntry("unit_id", scene.unit().id())
			.containsEntry("group_code", "LD")
			.containsEntry("channel", "WEB")
			.containsEntry("duration_seconds", 300)
			.containsEntry("flags", "");
		assertThat(row.get("answers").toString()).contains("\"Q2\": \"B\"").contains("\"Q5\": null");
		assertThat(tokens.find(token).orElseThrow().state()).isEqualTo(Token.State.SUBMITTED);

		submit(body(token, LD_ANSWERS, 300)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("đã được gửi")));
		assertThat(responses(scene.survey())).isEqualTo(1);
	}

	@Test
	void aStoredSubmissionIsAnsweredByTheIntakeFilterWithTheSecurityHeadersOfEveryPublicAnswer() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = fixture.tokens(scene, scene.unit().id(), "LD", 1).get(0);
		MvcResult fast = submit(body(token, LD_ANSWERS, 300)).andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("{\"submittedOn\": \"" + fixture.today() + "\"}"))
			.andReturn();
		// no handler: the dispatcher never saw it
		assertThat(fast.getHandler()).isNull();
		MockHttpServletResponse stored = fast.getResponse();
		// the refusal of the same token goes through the security chain to the
		// controller:
		// both carry the same headers
		MvcResult slow = submit(body(token, LD_ANSWERS, 300)).andExpect(status().isConflict()).andReturn();
		assertThat(slow.getHandler()).isNotNull();
		MockHttpServletResponse refused = slow.getResponse();
		for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Cache-Control",
				"Content-Security-Policy", "Referrer-Policy", "Permissions-Policy")) {
			assertThat(stored.getHeader(header)).as(header).isNotBlank().isEqualTo(refused.getHeader(header));
		}
		assertThat(stored.getHeader("Set-Cookie")).isNull();
		assertThat(responses(scene.survey())).isEqualTo(1);
	}

	@Test
	void unknownAndMalformedTokensAreNotFoundAndSayNothingOfAnySurvey() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		for (String token : List.of("a".repeat(26), "' or 1=1 --", "")) {
			submit(body(token, LD_ANSWERS, 1)).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content()
					.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(scene.unit().name()))));
		}
		submit("{\"answers\": {}}").andExpect(status().isNotFound());
	}

	@Test
	void aSurveyNotOpenClosedOrARevokedTokenIsAConflict() throws Exception {
		SurveyFixture.Scene later = fixture.scene(fixture.today().plusDays(3), fixture.today().plusDays(9));
		SurveyFixture.Scene over = fixture.scene(fixture.today().minusDays(9), fixture.today().minusDays(1));
		SurveyFixture.Scene open = fixture.scene();
		String early = fixture.tokens(later, later.unit().id(), "LD", 1).get(0);
		String late = fixture.tokens(over, over.unit().id(), "LD", 1).get(0);
		String revoked = fixture.tokens(open, open.unit().id(), "LD", 1).get(0);
		jdbc.update("update survey_token set state = 'REVOKED' where digest = ?", TokenStore.digest(revoked));

		submit(body(early, LD_ANSWERS, 100)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.containsString(AnsweringDates.date(fixture.today().plusDays(3)))));
		submit(body(late, LD_ANSWERS, 100)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kết thúc")));
		submit(body(revoked, LD_ANSWERS, 100)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("thu hồi")));
		assertThat(responses(later.survey()) + responses(over.survey()) + responses(open.survey())).isZero();
	}

	@Test
	void invalidAnswersAreRefusedWithEveryErrorAndConsumeNothing() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String business = fixture.tokens(scene, scene.unit().id(), "DN", 1).get(0);
		// Q2 is asked of leaders only; Q1 off the scale; Q3 an unknown option; Q5 missing
		submit(body(business, """
				{"Q1": 7, "Q2": "A", "Q3": ["Z"], "Q4": 5}""", 10)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("answers.Q2",
					"answers.Q1", "answers.Q3", "answers.Q4", "answers.Q5")));
		// "cannot judge" where it is not offered; a negative duration
		submit(body(business, """
				{"Q1": 2, "Q3": null, "Q5": "A"}""", -1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("answers.Q3", "durationSeconds")));
		assertThat(tokens.find(business).orElseThrow().state()).isEqualTo(Token.State.NEW);
		// the free text is optional; the business group answers Q1, Q3, Q5
		submit(body(business, """
				{"Q1": null, "Q3": [], "Q5": "C"}""", null)).andExpect(status().isCreated());
		assertThat(responses(scene.survey())).isEqualTo(1);
	}

	@Test
	void bodiesAreBounded() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = fixture.tokens(scene, scene.unit().id(), "LD", 1).get(0);
		String huge = "{\"token\": \"" + token + "\", \"answers\": {\"Q4\": \"" + "x".repeat(300_000) + "\"}}";
		submit(huge).andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		submit(body(token, "{\"Q1\": 4, \"Q2\": \"B\", \"Q3\": [], \"Q4\": \"a\\u0000b\", \"Q5\": null}", 5))
			.andExpect(status().isBadRequest());
		submit(body(token,
				"{\"Q1\": 4, \"Q2\": \"B\", \"Q3\": [], \"Q4\": \"" + "y".repeat(10_001) + "\", \"Q5\": null}", 5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.Q4"));
		submit("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")
			.andExpect(status().isBadRequest());
		submit("not json").andExpect(status().isBadRequest());
		submit(body(token, LD_ANSWERS, "1e999")).andExpect(status().isBadRequest());
		assertThat(tokens.find(token).orElseThrow().state()).isEqualTo(Token.State.NEW);
	}

	@Test
	void aSignedInSessionGrantsNothingAndIsNotNeeded() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = fixture.tokens(scene, scene.unit().id(), "LD", 1).get(0);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/").session(session).with(user(accounts.principal(accounts.create(Role.ADMIN)))));
		MockHttpServletRequestBuilder request = post("/api/v1/public/responses").session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(token, LD_ANSWERS, 60));
		mvc.perform(request).andExpect(status().isCreated());
	}

	@Test
	void theSchemaHoldsNothingThatLinksAResponseToItsTokenOrTime() {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select column_name, data_type from information_schema.columns
				where table_schema = current_schema() and table_name = 'survey_response'""");
		assertThat(columns).extracting((column) -> column.get("data_type").toString())
			.noneMatch((type) -> type.startsWith("timestamp") || type.startsWith("time"));
		assertThat(columns).extracting((column) -> column.get("column_name").toString())
			.noneMatch((name) -> name.contains("token") || name.contains("respondent") || name.contains("address")
					|| name.contains("device"));
		Integer references = jdbc.queryForObject("""
				select count(*) from information_schema.referential_constraints r
				join information_schema.key_column_usage k on k.constraint_name = r.constraint_name
				join information_schema.constraint_column_usage u on u.constraint_name = r.unique_constraint_name
				where k.table_name = 'survey_response' and u.table_name in ('survey_token', 'survey_respondent',
				    'survey_draft', 'survey_device_seen')""", Integer.class);
		assertThat(references).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.columns where table_name = 'survey_device_seen'
				  and column_name in ('response_id', 'token_id')""", Integer.class)).isZero();
	}

	@Test
	void noLogLineNamesTheTokenOrTheResponse(CapturedOutput output) throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> issued = fixture.tokens(scene, scene.unit().id(), "LD", 2);
		mvc.perform(get("/s/" + issued.get(0)));
		mvc.perform(post("/s/" + issued.get(0) + "/answers").param("shown", "Q1").param("a.Q1", "4"));
		submit(body(issued.get(0), LD_ANSWERS, 30)).andExpect(status().isCreated());
		submit(body(issued.get(0), LD_ANSWERS, 30)).andExpect(status().isConflict());
		submit(body(issued.get(1), "{\"Q1\": 9}", 30)).andExpect(status().isBadRequest());
		mvc.perform(get("/s/" + issued.get(0)));
		String id = jdbc.queryForObject("select id::text from survey_response where survey_id = ?", String.class,
				scene.survey());
		assertThat(output.getAll()).doesNotContain(issued.get(0)).doesNotContain(issued.get(1)).doesNotContain(id);
	}

	@Test
	void theDraftIsDeletedWithTheSubmissionAndTheEventNamesTheUnit() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = fixture.tokens(scene, scene.unit().id(), "LD", 1).get(0);
		long id = tokens.find(token).orElseThrow().id();
		jdbc.update("insert into survey_draft (token_id, answers, started_at, saved_at) values (?, '{}', now(), now())",
				id);
		submit(body(token, LD_ANSWERS, 30)).andExpect(status().isCreated());
		assertThat(jdbc.queryForObject("select count(*) from survey_draft where token_id = ?", Integer.class, id))
			.isZero();
	}

}
