package vn.parindex.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.problem.Texts;
import vn.parindex.engine.Amounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The questions of every return for explanation with the unit's answers, and each
 * questioned leaf as it stood when asked, so a later round shows what the unit changed.
 * The rounds are counted from the questions: one more after every return.
 */
@Repository
class Questions {

	private final JdbcClient jdbc;

	private final Clock clock;

	Questions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The current appraisal round: 1, and one more after every return for explanation.
	 */
	int round(long campaignId, long unitId) {
		return 1 + jdbc
			.sql("select count(distinct round) from appraisal_question where campaign_id = :c and unit_id = :u")
			.param("c", campaignId)
			.param("u", unitId)
			.query(Integer.class)
			.single();
	}

	Map<Long, Integer> rounds(long campaignId) {
		Map<Long, Integer> rounds = new HashMap<>();
		jdbc.sql(
				"select unit_id, count(distinct round) as n from appraisal_question where campaign_id = :c group by unit_id")
			.param("c", campaignId)
			.query((rs) -> {
				rounds.put(rs.getLong("unit_id"), 1 + rs.getInt("n"));
			});
		return rounds;
	}

	long ask(long campaignId, long unitId, String leafCode, int round, String question, String actor) {
		Texts.fit(question, Texts.MAX_NOTE, "question." + leafCode);
		return jdbc.sql("""
				insert into appraisal_question (campaign_id, unit_id, leaf_code, round, question, asked_at, asked_by)
				values (:c, :u, :leaf, :round, :q, :at, :by) returning id
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("leaf", leafCode)
			.param("round", round)
			.param("q", question)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor)
			.query(Long.class)
			.single();
	}

	/** Every question of the sheet, oldest first. */
	List<Question> questions(long campaignId, long unitId) {
		return jdbc.sql("""
				select id, leaf_code, round, question, asked_at, asked_by, answer, answered_at, answered_by
				from appraisal_question where campaign_id = :c and unit_id = :u order by round, id
				""").param("c", campaignId).param("u", unitId).query(Questions::question).list();
	}

	void answer(long questionId, String answer, String actor) {
		Texts.fit(answer, Texts.MAX_NOTE, "answer");
		jdbc.sql("update appraisal_question set answer = :a, answered_at = :at, answered_by = :by where id = :id")
			.param("a", answer)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor)
			.param("id", questionId)
			.update();
	}

	void snapshot(long campaignId, long unitId, Snapshot snapshot) {
		jdbc.sql("""
				insert into appraisal_snapshot (campaign_id, unit_id, round, leaf_code, self_points, not_applicable,
				    explanation, evidence_files)
				values (:c, :u, :round, :leaf, :self, :na, :explanation, :files)
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("round", snapshot.round())
			.param("leaf", snapshot.leafCode())
			.param("self", snapshot.selfPoints())
			.param("na", snapshot.notApplicable())
			.param("explanation", snapshot.explanation())
			.param("files", String.join("\n", snapshot.evidenceFiles()))
			.update();
	}

	List<Snapshot> snapshots(long campaignId, long unitId, int round) {
		return jdbc.sql("""
				select leaf_code, round, self_points, not_applicable, explanation, evidence_files
				from appraisal_snapshot where campaign_id = :c and unit_id = :u and round = :round order by leaf_code
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("round", round)
			.query((rs, n) -> new Snapshot(rs.getString("leaf_code"), rs.getInt("round"),
					Amounts.points(rs.getBigDecimal("self_points")), rs.getBoolean("not_applicable"),
					rs.getString("explanation"), files(rs.getString("evidence_files"))))
			.list();
	}

	private static List<String> files(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static Question question(ResultSet rs, int row) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Question(rs.getLong("id"), rs.getString("leaf_code"), rs.getInt("round"), rs.getString("question"),
				rs.getTimestamp("asked_at").toInstant(), rs.getString("asked_by"), rs.getString("answer"),
				(answeredAt != null) ? answeredAt.toInstant() : null, rs.getString("answered_by"));
	}

}
