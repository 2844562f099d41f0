package vn.parindex.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import org.springframework.stereotype.Component;

/**
 * Who did what when in the appraisal, beyond the decisions and questions: the module's
 * own audit trail (assignments made and removed, answers given) and the clock every
 * appraisal record is stamped with.
 */
@Component
class AppraisalTrail {

	private final Clock clock;

	private final AuditTrail trail;

	AppraisalTrail(Clock clock, AuditTrails trails) {
		this.clock = clock;
		this.trail = trails.trail("appraisal_event", "council.event", Set.of("ASSIGNED", "UNASSIGNED", "ANSWERED"));
	}

	Instant now() {
		return clock.instant();
	}

	void record(AuditChange change) {
		trail.record(change);
	}

	/** The lines about one unit in one campaign. */
	List<AuditRecord> lines(long unitId, long campaignId) {
		return trail.ofSubjectInScope(unitId, campaignId);
	}

}
