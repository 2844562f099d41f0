package vn.parindex.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers a token holds while its respondent goes (survey_draft), kept until she
 * submits (then deleted with the submission) or the survey closes.
 */
@Repository
class AnswerDrafts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	AnswerDrafts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Draft> find(long tokenId) {
		return jdbc
			.query("select answers::text, personal, started_at from survey_draft where token_id = ?",
					(rs, n) -> new Draft((ObjectNode) JSON.readTree(rs.getString(1)), (Boolean) rs.getObject(2),
							rs.getTimestamp(3).toInstant()),
					tokenId)
			.stream()
			.findFirst();
	}

	/**
	 * Sets some answers and removes others, and the confirmation when given; the token
	 * becomes STARTED. Nothing is saved, and the answer is false, when the token is no
	 * longer new or started (submitted or revoked meanwhile): its row lock orders this
	 * save and a submission.
	 */
	@Transactional
	boolean save(long tokenId, ObjectNode set, Collection<String> remove, Boolean personal, Instant now) {
		int started = jdbc
			.update("update survey_token set state = 'STARTED' where id = ? and state in ('NEW', 'STARTED')", tokenId);
		if (started == 0) {
			return false;
		}
		Timestamp at = Timestamp.from(now);
		jdbc.update("""
				insert into survey_draft (token_id, answers, started_at, saved_at, personal)
				values (?, cast(? as jsonb), ?, ?, ?)
				on conflict (token_id) do update
				set answers = (survey_draft.answers - cast(? as text[])) || excluded.answers,
				    saved_at = excluded.saved_at, personal = coalesce(excluded.personal, survey_draft.personal)""",
				tokenId, set.toString(), at, at, personal, remove.toArray(String[]::new));
		return true;
	}

	/**
	 * @param answers question code to answer, as the public API takes them
	 * @param personal a named respondent's "I am answering this myself", or {@code null}
	 */
	record Draft(ObjectNode answers, Boolean personal, Instant startedAt) {
	}

}
