package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.parindex.audit.AuditRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who is assigned to which unit and when that changed, as the council's pages need
 * it; the assignments' history comes from the module's trail.
 */
@Component
class CouncilRecords {

	private static final Set<String> ASSIGNMENTS = Set.of("ASSIGNED", "UNASSIGNED");

	private final JdbcClient jdbc;

	private final AppraisalTrail trail;

	CouncilRecords(JdbcClient jdbc, AppraisalTrail trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/** The assignments of the whole sheet made and removed, as timeline lines. */
	List<AppraisalTimelineEntry> assignments(long campaignId, long unitId) {
		List<AppraisalTimelineEntry> lines = new ArrayList<>();
		for (AuditRecord line : trail.lines(unitId, campaignId)) {
			if (ASSIGNMENTS.contains(line.action())) {
				lines.add(0,
						new AppraisalTimelineEntry(line.occurredAt(), line.actor(),
								AppraisalTimelineEntry.Source.ASSIGNMENT, line.action(), null, null, line.newValue(),
								null, null, null, null, false));
			}
		}
		return lines;
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

}
