package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quality flags each response gets when it is submitted. */
@IntegrationTest
class QualityFlagTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TokenStore tokens;

	@Autowired
	ResponseStore responses;

	@Autowired
	IntakeWriter writer;

	@Test
	void devicesSeenLongerAgoThanTheSurveysWindowAreForgotten() {
		SurveyFixture.Scene scene = fixture.scene();
		jdbc.update("update survey_survey set device_window_minutes = 30 where id = ?", scene.survey());
		String insert = "insert into survey_device_seen (survey_id, unit_id, device, seen_at) values (?, ?, ?, now() - ?::interval)";
		jdbc.update(insert, scene.survey(), scene.unit().id(), new byte[] { 1 }, "31 minutes");
		jdbc.update(insert, scene.survey(), scene.unit().id(), new byte[] { 2 }, "29 minutes");
		writer.pruneNow();
		assertThat(jdbc.queryForList("select device from survey_device_seen where survey_id = ?", byte[].class,
				scene.survey()))
			.containsExactly(new byte[] { 2 });
	}

	void submit(String token, String answers, Integer duration, String userAgent, String personal) throws Exception {
		String body = "{\"token\": \"" + token + "\", \"answers\": " + answers + ", \"durationSeconds\": " + duration
				+ ((personal != null) ? ", \"personal\": " + personal : "") + "}";
		mvc.perform(post("/api/v1/public/responses").contentType(MediaType.APPLICATION_JSON)
			.header("User-Agent", userAgent)
			.content(body)).andExpect(status().isCreated());
	}

	List<String> flags(long survey) {
		return jdbc.queryForList("select flags from survey_response where survey_id = ? order by flags", String.class,
				survey);
	}

	static Question scale(String code) {
		return QuestionText.parse(code, "", "Câu " + code, AnswerType.SCALE, "scale=5", true, null, null, "", null);
	}

	static Question choice(String code, String options) {
		return QuestionText.parse(code, "", "Câu " + code, AnswerType.CHOICE, options, true, null, null, "", null);
	}

	@Test
	void straightLiningIsTheSameAnswerThroughoutAGridOfFive() throws Exception {
		List<Question> grid = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			grid.add(scale("S" + i));
		}
		assertThat(StraightLining.in(grid, json.readTree("""
				{"S1": 3, "S2": 3, "S3": 3, "S4": 3, "S5": 3, "S6": 3}"""))).isTrue();
		assertThat(StraightLining.in(grid, json.readTree("""
				{"S1": 3, "S2": 3, "S3": 3, "S4": 3, "S5": 3, "S6": 4}"""))).isFalse();
		// "cannot judge" leaves the grid, yet five alike remain
		assertThat(StraightLining.in(grid, json.readTree("""
				{"S1": 3, "S2": null, "S3": 3, "S4": 3, "S5": 3, "S6": 3}"""))).isTrue();
		assertThat(StraightLining.in(grid.subList(0, 4), json.readTree("""
				{"S1": 3, "S2": 3, "S3": 3, "S4": 3}"""))).isFalse();
		// a question with other options breaks the grid into two of three
		List<Question> broken = new ArrayList<>(grid.subList(0, 3));
		broken.add(choice("C1", "A. Có=100%; B. Không=0%"));
		broken.addAll(grid.subList(3, 6));
		assertThat(StraightLining.in(broken, json.readTree("""
				{"S1": 3, "S2": 3, "S3": 3, "C1": "A", "S4": 3, "S5": 3, "S6": 3}"""))).isFalse();
		List<Question> choices = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			choices.add(choice("C" + i, "A. Tốt=100%; B. Chưa tốt=0%"));
		}
		assertThat(StraightLining.in(choices, json.readTree("""
				{"C1": "A", "C2": "A", "C3": "A", "C4": "A", "C5": "A"}"""))).isTrue();
	}

	@Test
	void speedingNeedsTwentyResponsesAndIsAShareOfTheirMedian() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> issued = fixture.tokens(scene, scene.unit().id(), "DN", 3);
		String answers = "{\"Q1\": 2, \"Q3\": [], \"Q5\": \"B\"}";
		submit(issued.get(0), answers, 5, "a", null);
		for (int i = 0; i < 20; i++) {
			responses.insert(new StoredResponse(scene.survey(), scene.other().id(), "DN", StoredResponse.Channel.WEB,
					null, fixture.today(), 300, Set.of(), "{}"));
		}
		speedingMedians.forget(scene.survey());
		submit(issued.get(1), answers, 89, "b", null);
		submit(issued.get(2), answers, 91, "c", null);
		assertThat(flags(scene.survey())).containsExactlyInAnyOrder("", "", "", "", "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "", "SPEEDING", "");
	}

	@Autowired
	SpeedingMedians speedingMedians;

	@Test
	void oneDeviceAnsweringTwiceForAUnitWithinTheWindowIsFlaggedFromTheSecond() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> here = fixture.tokens(scene, scene.unit().id(), "DN", 3);
		String there = fixture.tokens(scene, scene.other().id(), "LD", 1).get(0);
		String answers = "{\"Q1\": 2, \"Q3\": [], \"Q5\": \"B\"}";
		submit(here.get(0), answers, 100, "Điện thoại A", null);
		submit(here.get(1), answers, 100, "Điện thoại A", null);
		submit(here.get(2), answers, 100, "Điện thoại B", null);
		submit(there, "{\"Q1\": 2, \"Q2\": \"A\", \"Q3\": [], \"Q5\": \"B\"}", 100, "Điện thoại A", null);
		assertThat(jdbc.queryForList("select flags from survey_response where survey_id = ? and unit_id = ?",
				String.class, scene.survey(), scene.unit().id()))
			.containsExactlyInAnyOrder("", "", "DEVICE");
		assertThat(jdbc.queryForObject("select flags from survey_response where survey_id = ? and unit_id = ?",
				String.class, scene.survey(), scene.other().id()))
			.isEmpty();
		assertThat(jdbc.queryForObject("select device_key is not null from survey_survey where id = ?", Boolean.class,
				scene.survey()))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from survey_device_seen where survey_id = ?", Integer.class,
				scene.survey()))
			.isEqualTo(3);
	}

	@Test
	void aNamedRespondentWhoDoesNotConfirmIsFlagged() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> named = tokens.issue(scene.survey(), scene.unit().id(), "LD", 3, true, null)
			.stream()
			.map(TokenStore.IssuedToken::token)
			.toList();
		String answers = "{\"Q1\": 2, \"Q2\": \"A\", \"Q3\": [], \"Q5\": \"B\"}";
		submit(named.get(0), answers, 100, "x", "true");
		submit(named.get(1), answers, 100, "y", "false");
		submit(named.get(2), answers, 100, "z", null);
		assertThat(flags(scene.survey())).containsExactly("", "NOT_PERSONAL", "NOT_PERSONAL");
		assertThat(new BigDecimal("0.3")).isEqualByComparingTo("0.3");
	}

}
