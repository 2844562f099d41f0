package vn.parindex.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables of survey results: the answers counted in one aggregating query, the
 * secretariat's flag decisions and the computed leaf scores. No permission check, no
 * audit.
 */
@Repository
class SurveyResultStore {

	private final JdbcTemplate jdbc;

	SurveyResultStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The survey's answers counted per unit, group, flags, question and answer, for some
	 * units ({@code null}: all). Free-text answers are counted, not read.
	 */
	SurveyTally tally(long surveyId, Instrument instrument, Collection<Long> unitIds) {
		SurveyTally tally = new SurveyTally();
		String units = (unitIds != null) ? " and r.unit_id = any(?)" : "";
		String[] texts = instrument.questions()
			.stream()
			.filter((q) -> q.type() == AnswerType.TEXT)
			.map(Question::code)
			.toArray(String[]::new);
		List<Object> arguments = new ArrayList<>(List.of(surveyId));
		if (unitIds != null) {
			arguments.add(unitIds.toArray(Long[]::new));
		}
		jdbc.query("select r.unit_id, r.group_code, r.flags, count(*) from survey_response r where r.survey_id = ?"
				+ units + " group by 1, 2, 3", (ResultSet rs) -> {
					tally.responses(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
				}, arguments.toArray());
		List<Object> withTexts = new ArrayList<>(List.of(texts, surveyId));
		withTexts.addAll(arguments.subList(1, arguments.size()));
		jdbc.query(
				"""
						select r.unit_id, r.group_code, r.flags, a.key,
						    case when a.key = any(?) and jsonb_typeof(a.value) <> 'null'
						        then (case when jsonb_typeof(a.value) = 'string' and btrim(a.value #>> '{}') <> '' then '"…"' else 'null' end)
						        else a.value::text end,
						    count(*)
						from survey_response r cross join lateral jsonb_each(r.answers) a
						where r.survey_id = ?"""
						+ units + " group by 1, 2, 3, 4, 5",
				(ResultSet rs) -> {
					tally.answers(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getLong(6));
				}, withTexts.toArray());
		return tally;
	}

	/**
	 * Locks the survey against a concurrent recomputation or decision and answers its
	 * campaign, if it exists.
	 */
	Optional<Long> lock(long surveyId) {
		return jdbc
			.queryForList("select campaign_id from survey_survey where id = ? for no key update", Long.class, surveyId)
			.stream()
			.findFirst();
	}

	/** The decisions taken, by flag; a flag without one counts. */
	Map<StoredResponse.Flag, FlagDecision> decisions(long surveyId) {
		Map<StoredResponse.Flag, FlagDecision> decisions = new EnumMap<>(StoredResponse.Flag.class);
		jdbc.query("""
				select flag, counts, reason, decided_by, decided_at from survey_flag_decision where survey_id = ?""",
				(ResultSet rs) -> {
					StoredResponse.Flag flag = StoredResponse.Flag.valueOf(rs.getString(1));
					decisions.put(flag, new FlagDecision(flag, rs.getBoolean(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, java.time.OffsetDateTime.class).toInstant()));
				}, surveyId);
		return decisions;
	}

	/** The flags whose responses do not count. */
	Set<StoredResponse.Flag> excluded(long surveyId) {
		Set<StoredResponse.Flag> excluded = EnumSet.noneOf(StoredResponse.Flag.class);
		decisions(surveyId).values()
			.stream()
			.filter((decision) -> !decision.counts())
			.forEach((decision) -> excluded.add(decision.flag()));
		return excluded;
	}

	void decide(long surveyId, FlagDecision decision) {
		jdbc.update("""
				insert into survey_flag_decision (survey_id, flag, counts, reason, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (survey_id, flag) do update set counts = excluded.counts, reason = excluded.reason,
				    decided_by = excluded.decided_by, decided_at = excluded.decided_at""", surveyId,
				decision.flag().name(), decision.counts(), decision.reason(), decision.decidedBy(),
				java.sql.Timestamp.from(decision.decidedAt()));
	}

	/** The stored leaf scores of some units ({@code null}: all). */
	List<LeafScoreRow> leafScores(long surveyId, Collection<Long> unitIds) {
		String units = (unitIds != null) ? " and unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { surveyId, unitIds.toArray(Long[]::new) }
				: new Object[] { surveyId };
		return jdbc.query(
				"select unit_id, leaf_code, score, points, answers from survey_leaf_score where survey_id = ?" + units
						+ " order by unit_id, leaf_code",
				(rs, n) -> new LeafScoreRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
						rs.getLong(5)),
				arguments);
	}

	/** Replaces the stored leaf scores of some units. */
	void replaceLeafScores(long surveyId, Collection<Long> unitIds, List<LeafScoreRow> rows) {
		jdbc.update("delete from survey_leaf_score where survey_id = ? and unit_id = any(?)", surveyId,
				unitIds.toArray(Long[]::new));
		jdbc.batchUpdate("""
				insert into survey_leaf_score (survey_id, unit_id, leaf_code, score, points, answers)
				values (?, ?, ?, ?, ?, ?)""", rows.stream()
			.map((row) -> new Object[] { surveyId, row.unitId(), row.leaf(), row.score(), row.points(), row.answers() })
			.toList());
	}

	/** Every survey's id. */
	List<Long> surveys() {
		return jdbc.queryForList("select id from survey_survey order by id", Long.class);
	}

	/**
	 * A unit's stored score on a leaf: the share (10 decimals), the points (4 decimals,
	 * {@code null} where the leaf's rule cannot take a survey score) and the valid
	 * answers behind it.
	 */
	record LeafScoreRow(long unitId, String leaf, BigDecimal score, BigDecimal points, long answers) {

		boolean sameAs(LeafScoreRow other) {
			return unitId == other.unitId
					&& leaf.equals(other.leaf) && score.compareTo(other.score) == 0 && ((points == null)
							? other.points == null : other.points != null && points.compareTo(other.points) == 0)
					&& answers == other.answers;
		}

	}

	/** The secretariat's decision whether responses carrying a flag count. */
	record FlagDecision(StoredResponse.Flag flag, boolean counts, String reason, String decidedBy,
			java.time.Instant decidedAt) {
	}

}
