package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import vn.parindex.engine.Amounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appraisal tables: decisions, questions and answers, snapshots at return, and the
 * module's own audit events.
 */
@Repository
class AppraisalStore {

	private static final String DECISION_COLUMNS = "id, leaf_code, round, kind, self_points, appraised_points, "
			+ "reason, bulk, decided_at, decided_by";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail trail;

	AppraisalStore(JdbcClient jdbc, Clock clock, AuditTrails trails) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.trail = trails.trail("appraisal_event", "council.event", Set.of("ASSIGNED", "UNASSIGNED", "ANSWERED"));
	}

	Instant now() {
		return clock.instant();
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

	void decide(long campaignId, long unitId, Decision decision) {
		jdbc.sql("""
				insert into appraisal_decision (campaign_id, unit_id, leaf_code, round, kind, self_points,
				    appraised_points, reason, bulk, decided_at, decided_by)
				values (:c, :u, :leaf, :round, :kind, :self, :appraised, :reason, :bulk, :at, :by)
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("leaf", decision.leafCode())
			.param("round", decision.round())
			.param("kind", decision.kind().name())
			.param("self", decision.selfPoints())
			.param("appraised", decision.appraisedPoints())
			.param("reason", decision.reason())
			.param("bulk", decision.bulk())
			.param("at", Timestamp.from(decision.decidedAt()))
			.param("by", decision.decidedBy())
			.update();
	}

	/** Every decision on the sheet, newest first. */
	List<Decision> decisions(long campaignId, long unitId) {
		return jdbc.sql("select " + DECISION_COLUMNS + """
				 from appraisal_decision where campaign_id = :c and unit_id = :u
				order by decided_at desc, id desc
				""").param("c", campaignId).param("u", unitId).query(AppraisalStore::decision).list();
	}

	/** The latest decision per leaf of the sheet. */
	Map<String, Decision> latest(long campaignId, long unitId) {
		Map<String, Decision> latest = new LinkedHashMap<>();
		decisions(campaignId, unitId).forEach((decision) -> latest.putIfAbsent(decision.leafCode(), decision));
		return latest;
	}

	/** The latest decision per unit and leaf of the campaign. */
	Map<Long, Map<String, Decision>> latest(long campaignId) {
		Map<Long, Map<String, Decision>> latest = new HashMap<>();
		jdbc.sql("select unit_id, " + DECISION_COLUMNS + """
				 from appraisal_decision where campaign_id = :c order by decided_at desc, id desc
				""").param("c", campaignId).query((rs) -> {
			latest.computeIfAbsent(rs.getLong("unit_id"), (unit) -> new HashMap<>())
				.putIfAbsent(rs.getString("leaf_code"), decision(rs, 0));
		});
		return latest;
	}

	long ask(long campaignId, long unitId, String leafCode, int round, String question, String actor) {
		return jdbc.sql("""
				insert into appraisal_question (campaign_id, unit_id, leaf_code, round, question, asked_at, asked_by)
				values (:c, :u, :leaf, :round, :q, :at, :by) returning id
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("leaf", leafCode)
			.param("round", round)
			.param("q", question)
			.param("at", Timestamp.from(now()))
			.param("by", actor)
			.query(Long.class)
			.single();
	}

	/** Every question of the sheet, oldest first. */
	List<Question> questions(long campaignId, long unitId) {
		return jdbc.sql("""
				select id, leaf_code, round, question, asked_at, asked_by, answer, answered_at, answered_by
				from appraisal_question where campaign_id = :c and unit_id = :u order by round, id
				""").param("c", campaignId).param("u", unitId).query(AppraisalStore::question).list();
	}

	void answer(long questionId, String answer, String actor) {
		jdbc.sql("update appraisal_question set answer = :a, answered_at = :at, answered_by = :by where id = :id")
			.param("a", answer)
			.param("at", Timestamp.from(now()))
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

	/** The module's own trail: assignments made and removed, answers given. */
	AuditTrail trail() {
		return trail;
	}

	Optional<Question> question(long campaignId, long unitId, long questionId) {
		return questions(campaignId, unitId).stream().filter((q) -> q.id() == questionId).findFirst();
	}

	private static List<String> files(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		BigDecimal self = Amounts.points(rs.getBigDecimal("self_points"));
		BigDecimal appraised = Amounts.points(rs.getBigDecimal("appraised_points"));
		return new Decision(rs.getLong("id"), rs.getString("leaf_code"), rs.getInt("round"),
				DecisionKind.valueOf(rs.getString("kind")), self, appraised, rs.getString("reason"),
				rs.getBoolean("bulk"), rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"));
	}

	private static Question question(ResultSet rs, int row) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Question(rs.getLong("id"), rs.getString("leaf_code"), rs.getInt("round"), rs.getString("question"),
				rs.getTimestamp("asked_at").toInstant(), rs.getString("asked_by"), rs.getString("answer"),
				(answeredAt != null) ? answeredAt.toInstant() : null, rs.getString("answered_by"));
	}

}
