package vn.parindex.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.survey.Surveys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Same configuration as {@link DemoDataTests}, so the demo context is shared. */
@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoSurveysTests {

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	Surveys surveys;

	@Autowired
	DemoSurveys demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoCampaignHasASurveyWithAFewHundredResponsesOnTheWebAndOnPaperSomeFlagged() {
		Surveys.SurveyInfo survey = demoSurvey();
		assertThat(jdbc.queryForList("select unit_id from survey_unit where survey_id = ?", Long.class, survey.id()))
			.hasSize(DemoSurveys.UNITS.size());
		Map<String, Object> counts = jdbc.queryForMap("""
				select count(*) as total, count(*) filter (where channel = 'PAPER') as paper,
				    count(*) filter (where flags <> '') as flagged,
				    count(distinct unit_id) as units, count(distinct group_code) as groups
				from survey_response where survey_id = ?""", survey.id());
		assertThat((Long) counts.get("total")).isBetween(200L, 500L);
		assertThat((Long) counts.get("paper")).isPositive();
		assertThat((Long) counts.get("flagged")).isPositive();
		assertThat(counts.get("units")).isEqualTo((long) DemoSurveys.UNITS.size());
		assertThat(counts.get("groups")).isEqualTo(4L);
		List<String> leaves = jdbc.queryForList(
				"select distinct leaf_code from survey_question where instrument_id = ? and leaf_code is not null",
				String.class, survey.instrumentId());
		assertThat(leaves).containsExactlyInAnyOrder("1.5", "2.4", "3.3", "4.3", "5.4", "6.3", "7.5", "8.1", "8.2");
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ? and state = 'NEW'",
				Long.class, survey.id()))
			.isGreaterThanOrEqualTo(DemoSurveys.TOKENS);
	}

	@Test
	void runningAgainAddsNothing() {
		Surveys.SurveyInfo survey = demoSurvey();
		long responses = surveys.responses(survey.id());
		Long tokens = jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class,
				survey.id());
		demo.onApplicationEvent(null);
		assertThat(surveys.responses(survey.id())).isEqualTo(responses);
		assertThat(
				jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class, survey.id()))
			.isEqualTo(tokens);
		assertThat(surveys.ofCampaign(survey.campaignId())).filteredOn((s) -> s.name().equals(DemoSurveys.NAME))
			.hasSize(1);
	}

	private Surveys.SurveyInfo demoSurvey() {
		CampaignView campaign = DemoCampaigns.of(campaigns).orElseThrow();
		return surveys.ofCampaign(campaign.id())
			.stream()
			.filter((s) -> s.name().equals(DemoSurveys.NAME))
			.findFirst()
			.orElseThrow();
	}

}
