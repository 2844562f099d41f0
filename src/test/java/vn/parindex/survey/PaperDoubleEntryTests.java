package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second, blind entry of a drawn share of forms: by another officer only, compared
 * field by field with the stored response, the differences resolved against the paper
 * form (audited old → new), and the entry error rate.
 */
@IntegrationTest
class PaperDoubleEntryTests {

	private final ExecutorService pool = Executors.newFixedThreadPool(4);

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PaperEntry entry;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aDrawnFormIsEnteredAgainBlindComparedAndResolvedAgainstThePaperForm() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String base = "/surveys/" + scene.survey() + "/paper";
		mvc.perform(post(base + "/settings").param("percent", "100")
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf())).andExpect(redirectedUrl(base + "#checks"));
		assertThat(entry.checkPercent(scene.survey())).isEqualTo(100);
		entry.enter(scene.survey(),
				PaperEntry.PaperForm.typed("E-1", scene.unit().code(), "LD",
						Map.of("Q1", "4", "Q2", "A", "Q3", "AC", "Q4", "Tốt", "Q5", "B")),
				scene.secretariat().username());
		mvc.perform(get(base).with(user(accounts.principal(scene.secretariat()))))
			.andExpect(content().string(containsString("data-serial=\"E-1\"")))
			.andExpect(content().string(containsString("Chưa có phiếu được nhập kiểm tra")));
		// the officer who entered it may not check it
		mvc.perform(get(base + "/checks/E-1").with(user(accounts.principal(scene.secretariat()))))
			.andExpect(content().string(containsString("id=\"own-form\"")))
			.andExpect(content().string(not(containsString("id=\"second-entry\""))));
		mvc.perform(check(base + "/checks/E-1", scene.secretariat(), Map.of("a_Q1", "4")))
			.andExpect(content().string(containsString("phải do một cán bộ khác thực hiện")));
		assertThat(entry.drawn(scene.survey(), "E-1").isChecked()).isFalse();
		UserView checker = accounts.create(Role.SECRETARIAT);
		mvc.perform(get(base + "/checks/E-1").with(user(accounts.principal(checker))))
			.andExpect(content().string(containsString("id=\"second-entry\"")))
			.andExpect(content().string(not(containsString("value=\"4\""))));
		mvc.perform(check(base + "/checks/E-1", checker,
				Map.of("a_Q1", "3", "a_Q2", "A", "a_Q3", "CA", "a_Q4", "", "a_Q5", "B")))
			.andExpect(redirectedUrl(base + "/checks/E-1"))
			.andExpect(flash().attribute("flashSuccess", "survey.paper.checkDiffers"));
		PaperStore.Check check = entry.drawn(scene.survey(), "E-1");
		assertThat(check.fields()).isEqualTo(5);
		assertThat(check.mismatches()).isEqualTo(2);
		assertThat(entry.errorRate(scene.survey()).rate()).isEqualTo(0.4);
		mvc.perform(get(base + "/checks/E-1").with(user(accounts.principal(checker))))
			.andExpect(content().string(containsString("data-code=\"Q1\"")))
			.andExpect(content().string(containsString("data-code=\"Q4\"")))
			.andExpect(content().string(not(containsString("data-code=\"Q3\""))))
			.andExpect(content().string(containsString("id=\"resolve\"")));
		mvc.perform(get(base).with(user(accounts.principal(checker))))
			.andExpect(content().string(containsString("40,00")));
		mvc.perform(check(base + "/checks/E-1", accounts.create(Role.ADMIN), Map.of("a_Q1", "3")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phiếu số E-1 đã được nhập lần hai.")));
		// the paper form says 3 for Q1 and "Tốt" for Q4: the first entry was wrong on Q1
		mvc.perform(check(base + "/checks/E-1/resolve", checker, Map.of("a_Q1", "3", "a_Q4", "Tốt")))
			.andExpect(redirectedUrl(base + "#checks"))
			.andExpect(flash().attribute("flashArgs", new Object[] { 1 }));
		String answers = jdbc.queryForObject(
				"select answers::text from survey_response where survey_id = ? and serial = 'E-1'", String.class,
				scene.survey());
		assertThat(PaperAnswers.parse(answers).get("Q1").intValue()).isEqualTo(3);
		assertThat(PaperAnswers.parse(answers).get("Q4").stringValue()).isEqualTo("Tốt");
		List<Map<String, Object>> corrections = jdbc.queryForList("""
				select item, old_value, new_value, actor from survey_event
				where subject_id = ? and action = 'PAPER_CHECKED' and old_value is not null""", scene.survey());
		assertThat(corrections).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("item", "E-1 Q1")
				.containsEntry("old_value", "4")
				.containsEntry("new_value", "3")
				.containsEntry("actor", checker.username()));
		assertThat(entry.drawn(scene.survey(), "E-1").isResolved()).isTrue();
		mvc.perform(check(base + "/checks/E-1/resolve", checker, Map.of("a_Q1", "2")))
			.andExpect(content().string(containsString("đã được đối chiếu")));
		assertThat(PaperAnswers.parse(
				jdbc.queryForObject("select answers::text from survey_response where survey_id = ? and serial = 'E-1'",
						String.class, scene.survey()))
			.get("Q1")
			.intValue()).isEqualTo(3);
		assertThat(entry.errorRate(scene.survey()).rate()).isEqualTo(0.4);
	}

	@Test
	void noFormIsDrawnAtZeroPercentAndAShareOutsideTheRangeIsRefused() {
		SurveyFixture.Scene scene = fixture.scene();
		entry.setCheckPercent(scene.survey(), 0, "test");
		for (int i = 0; i < 20; i++) {
			entry.enter(scene.survey(), PaperEntry.PaperForm.typed("Z-" + i, scene.unit().code(), "DN", Map.of()),
					"test");
		}
		assertThat(entry.awaiting(scene.survey())).isEmpty();
		assertThatThrownBy(() -> entry.setCheckPercent(scene.survey(), 101, "test")).isInstanceOf(Refusal.class)
			.hasMessageContaining("survey.paper.percentRange");
		entry.setCheckPercent(scene.survey(), 50, "test");
		for (int i = 0; i < 40; i++) {
			entry.enter(scene.survey(), PaperEntry.PaperForm.typed("Y-" + i, scene.unit().code(), "DN", Map.of()),
					"test");
		}
		assertThat(entry.awaiting(scene.survey())).hasSizeBetween(5, 35);
	}

	@Test
	void twoSecondEntriesOfOneFormAtOnceKeepOne() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		entry.setCheckPercent(scene.survey(), 100, "test");
		for (int round = 0; round < 5; round++) {
			String serial = "R-" + round;
			entry.enter(scene.survey(),
					PaperEntry.PaperForm.typed(serial, scene.unit().code(), "DN", Map.of("Q1", "2", "Q5", "C")),
					"first");
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String officer = "checker-" + i;
				results.add(pool.submit(() -> {
					start.await();
					try {
						entry.secondEntry(scene.survey(), serial, Map.of("Q1", "2", "Q5", "C"), officer);
						return "kept";
					}
					catch (Refusal refusal) {
						return refusal.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).as("round " + round).containsOnlyOnce("kept");
			assertThat(outcomes).as("round " + round).containsOnly("kept", "survey.paper.alreadyChecked");
		}
		assertThat(entry.errorRate(scene.survey())).isEqualTo(new PaperStore.ErrorRate(5, 20, 0));
	}

	private MockHttpServletRequestBuilder check(String url, UserView officer, Map<String, String> answers) {
		MockHttpServletRequestBuilder request = post(url).with(user(accounts.principal(officer))).with(csrf());
		answers.forEach(request::param);
		return request;
	}

}
