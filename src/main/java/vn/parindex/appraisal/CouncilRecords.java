package vn.parindex.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the council's own record of a sheet: its decisions per leaf, the questions asked
 * and answered, who is assigned to which unit and when that changed.
 */
@Component
class CouncilRecords {

	private final JdbcClient jdbc;

	CouncilRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every decision on the sheet, oldest first. */
	List<CouncilDecision> decisions(long campaignId, long unitId) {
		return jdbc.sql("""
				select leaf_code, round, kind, self_points, appraised_points, reason, bulk, decided_at, decided_by
				from appraisal_decision where campaign_id = :campaign and unit_id = :unit
				order by decided_at, id
				""").param("campaign", campaignId).param("unit", unitId).query(CouncilRecords::decision).list();
	}

	/** The latest decision per leaf: the one standing on the sheet. */
	Map<String, CouncilDecision> latestDecisions(long campaignId, long unitId) {
		Map<String, CouncilDecision> latest = new LinkedHashMap<>();
		decisions(campaignId, unitId).forEach((decision) -> latest.put(decision.leafCode(), decision));
		return latest;
	}

	/** Every question on the sheet, oldest first. */
	List<CouncilQuestion> questions(long campaignId, long unitId) {
		return jdbc.sql("""
				select leaf_code, round, question, asked_at, asked_by, answer, answered_at, answered_by
				from appraisal_question where campaign_id = :campaign and unit_id = :unit
				order by asked_at, id
				""")
			.param("campaign", campaignId)
			.param("unit", unitId)
			.query((rs, n) -> new CouncilQuestion(rs.getString("leaf_code"), rs.getInt("round"),
					rs.getString("question"), instant(rs.getTimestamp("asked_at")), rs.getString("asked_by"),
					rs.getString("answer"), instant(rs.getTimestamp("answered_at")), rs.getString("answered_by")))
			.list();
	}

	/** The assignments of the whole sheet made and removed, as timeline lines. */
	List<AppraisalTimelineEntry> assignments(long campaignId, long unitId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from appraisal_event
				where campaign_id = :campaign and unit_id = :unit and action in ('ASSIGNED', 'UNASSIGNED')
				order by occurred_at, id
				""")
			.param("campaign", campaignId)
			.param("unit", unitId)
			.query((rs, n) -> new AppraisalTimelineEntry(instant(rs.getTimestamp("occurred_at")), rs.getString("actor"),
					AppraisalTimelineEntry.Source.ASSIGNMENT, rs.getString("action"), null, null,
					rs.getString("detail"), null, null, null, null, false))
			.list();
	}

	/** The units whose whole sheet is assigned to the appraiser in the campaign. */
	Set<Long> unitsAssignedTo(long campaignId, String appraiser) {
		return Set.copyOf(jdbc.sql("""
				select unit_id from appraisal_assignment
				where campaign_id = :campaign and appraiser = :appraiser and unit_id is not null
				""").param("campaign", campaignId).param("appraiser", appraiser).query(Long.class).list());
	}

	/** Who appraises in the campaign, for the bulk finalisation's filter. */
	List<String> appraisers(long campaignId) {
		return jdbc.sql("select distinct appraiser from appraisal_assignment where campaign_id = :campaign order by 1")
			.param("campaign", campaignId)
			.query(String.class)
			.list();
	}

	private static CouncilDecision decision(ResultSet rs, int row) throws SQLException {
		return new CouncilDecision(rs.getString("leaf_code"), rs.getInt("round"), rs.getString("kind"),
				rs.getBigDecimal("self_points"), rs.getBigDecimal("appraised_points"), rs.getString("reason"),
				rs.getBoolean("bulk"), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
