package vn.parindex.survey;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answering page over HTTP: every state of a token has its page, answers are saved as
 * the respondent goes and resumed, the page submits once, a named respondent confirms she
 * answers herself, and the preview shows the same questionnaire saving nothing.
 */
@IntegrationTest
class AnswerPageTests {

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

	ResultActions save(String token, int screen, String go, String... codeValues) throws Exception {
		var request = post("/s/" + token + "/answers").param("q", String.valueOf(screen)).param("go", go);
		for (int i = 0; i < codeValues.length; i += 2) {
			request.param("shown", codeValues[i]).param("a." + codeValues[i], codeValues[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void anUnknownTokenGetsAPageThatNamesNothing() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		for (String path : new String[] { "/s/" + "b".repeat(26), "/s/nonsense", "/s/" + "c".repeat(26) + "/thanks",
				"/s/a/b/c" }) {
			mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Không tìm thấy phiếu khảo sát")))
				.andExpect(content().string(not(containsString(scene.unit().name()))))
				.andExpect(content().string(not(containsString("Khảo sát " + scene.unit().code().substring(2)))));
		}
		mvc.perform(post("/s/" + "b".repeat(26) + "/answers").param("shown", "Q1").param("a.Q1", "3"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCitizenAnswersOneQuestionPerScreenLeavesResumesAndSubmitsOnce() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		jdbc.update("update survey_instrument set layout = 'ONE_PER_SCREEN' where id = ?", scene.instrument());
		String token = fixture.tokens(scene, scene.unit().id(), "DN", 1).get(0);
		mvc.perform(get("/s/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Câu 1/4")))
			.andExpect(content().string(containsString("Năm 2025 tỉnh ban hành 12 văn bản chỉ đạo.")))
			.andExpect(content().string(containsString("Không đủ thông tin để đánh giá")))
			.andExpect(content().string(containsString("Tỉnh khảo sát")));
		assertThat(tokens.find(token).orElseThrow().state()).isEqualTo(Token.State.NEW);

		save(token, 1, "next", "Q1", "4").andExpect(redirectedUrl("/s/" + token + "?q=2"));
		assertThat(tokens.find(token).orElseThrow().state()).isEqualTo(Token.State.STARTED);
		save(token, 2, "next", "Q3", "A").andExpect(redirectedUrl("/s/" + token + "?q=3"));
		// another day: the link opens on the first question not answered, Q4 (free text)
		mvc.perform(get("/s/" + token)).andExpect(content().string(containsString("Câu 3/4")));
		mvc.perform(get("/s/" + token + "?q=1"))
			.andExpect(content().string(
					matchesPattern("(?s).*id=\"a-Q1-4\"\\s+value=\"4\" autocomplete=\"off\" checked=\"checked\".*")));
		// an answer not on the scale is refused in place and not saved
		save(token, 1, "next", "Q1", "9").andExpect(status().isBadRequest());
		// submitting with Q5 unanswered lists it
		save(token, 5, "submit").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Câu hỏi Q5 chưa được trả lời")));
		save(token, 4, "next", "Q5", "_cj").andExpect(redirectedUrl("/s/" + token + "?q=5"));
		save(token, 5, "submit").andExpect(redirectedUrl("/s/" + token + "/thanks"));
		mvc.perform(get("/s/" + token + "/thanks")).andExpect(content().string(containsString("Cảm ơn bạn!")));
		assertThat(jdbc.queryForObject("select answers::text from survey_response where survey_id = ?", String.class,
				scene.survey()))
			.isEqualTo("{\"Q1\": 4, \"Q3\": [\"A\"], \"Q5\": null}");
		assertThat(jdbc.queryForObject("select count(*) from survey_draft d join survey_token t on t.id = d.token_id "
				+ "where t.survey_id = ?", Integer.class, scene.survey()))
			.isZero();
		mvc.perform(get("/s/" + token))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Phiếu đã được gửi")));
		save(token, 1, "next", "Q1", "2").andExpect(redirectedUrl("/s/" + token));
		save(token, 5, "submit").andExpect(redirectedUrl("/s/" + token));
		assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
				scene.survey()))
			.isOne();
	}

	@Test
	void aNamedLeaderConfirmsSheAnswersHerselfOnOnePageSavedAsSheGoes() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String token = tokens.issue(scene.survey(), scene.unit().id(), "LD", 1, true, null).get(0).token();
		mvc.perform(get("/s/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tôi tự trả lời phiếu này")))
			.andExpect(content().string(containsString("Đã trả lời 0/5 câu")))
			.andExpect(content().string(containsString("hx-post=\"/s/" + token + "/answers\"")));
		// htmx saves on every change and answers with the progress
		mvc.perform(post("/s/" + token + "/answers").header("HX-Request", "true")
			.param("shown", "Q1", "Q2", "Q3", "Q4", "Q5")
			.param("a.Q1", "5")
			.param("a.Q2", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã trả lời 3/5 câu")));
		mvc.perform(post("/s/" + token + "/answers").param("go", "submit")
			.param("shown", "Q1", "Q2", "Q3", "Q4", "Q5")
			.param("a.Q1", "5")
			.param("a.Q2", "A")
			.param("a.Q3", "B")
			.param("a.Q5", "A"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Xin cho biết bạn có tự trả lời phiếu này không.")));
		mvc.perform(post("/s/" + token + "/answers").param("go", "submit").param("personal", "yes"))
			.andExpect(redirectedUrl("/s/" + token + "/thanks"));
		assertThat(jdbc.queryForObject("select flags from survey_response where survey_id = ?", String.class,
				scene.survey()))
			.doesNotContain("NOT_PERSONAL");
	}

	@Test
	void everyStateHasItsPageInEitherLanguage() throws Exception {
		SurveyFixture.Scene later = fixture.scene(fixture.today().plusDays(3), fixture.today().plusDays(9));
		SurveyFixture.Scene over = fixture.scene(fixture.today().minusDays(9), fixture.today().minusDays(2));
		String early = fixture.tokens(later, later.unit().id(), "LD", 1).get(0);
		String late = fixture.tokens(over, over.unit().id(), "LD", 1).get(0);
		mvc.perform(get("/s/" + early))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(AnsweringDates.date(fixture.today().plusDays(3)))));
		mvc.perform(get("/s/" + late))
			.andExpect(content().string(containsString("Khảo sát đã kết thúc")))
			.andExpect(content().string(containsString(AnsweringDates.date(fixture.today().minusDays(2)))));
		mvc.perform(get("/s/" + late).param("lang", "en"))
			.andExpect(content().string(containsString("The survey has closed")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(cookie().exists("parindex-lang"))
			.andExpect(cookie().doesNotExist("SESSION"));
	}

	@Test
	void thePreviewShowsTheQuestionnaireOfAGroupAndSavesNothing() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		int drafts = jdbc.queryForObject("select count(*) from survey_draft", Integer.class);
		mvc.perform(get("/surveys/instruments/" + scene.instrument() + "/preview").param("group", "DN")
			.with(user(accounts.principal(scene.appraiser()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xem trước — không lưu")))
			.andExpect(content().string(containsString("Câu 4/4")))
			.andExpect(content().string(not(containsString("Công khai thủ tục hành chính"))))
			.andExpect(content().string(not(containsString("hx-post"))));
		mvc.perform(get("/surveys/instruments/" + scene.instrument() + "/preview")
			.with(user(accounts.principal(scene.officer())))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from survey_draft", Integer.class)).isEqualTo(drafts);
	}

}
