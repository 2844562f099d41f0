package vn.parindex.survey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What tests outside the package need of the answering: a named respondent's token, an
 * instrument shown one question per screen, the responses stored.
 */
@Component
public class AnsweringFixture {

	private final TokenStore tokens;

	private final JdbcTemplate jdbc;

	AnsweringFixture(TokenStore tokens, JdbcTemplate jdbc) {
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	public String namedToken(SurveyFixture.Scene scene, long unitId, String group) {
		return tokens.issue(scene.survey(), unitId, group, 1, true, null).get(0).token();
	}

	public void onePerScreen(SurveyFixture.Scene scene) {
		jdbc.update("update survey_instrument set layout = 'ONE_PER_SCREEN' where id = ?", scene.instrument());
	}

	/** The flags of the survey's responses, one text each. */
	public java.util.List<String> responseFlags(SurveyFixture.Scene scene) {
		return jdbc.queryForList("select flags from survey_response where survey_id = ?", String.class, scene.survey());
	}

	public String answers(SurveyFixture.Scene scene) {
		return jdbc.queryForObject("select answers::text from survey_response where survey_id = ?", String.class,
				scene.survey());
	}

}
