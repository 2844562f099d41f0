package vn.parindex.appraisal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who is assigned to which unit and when that changed, as the council's pages need
 * it; decisions and questions are read through {@link AppraisalStore}.
 */
@Component
class CouncilRecords {

	private final JdbcClient jdbc;

	CouncilRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
