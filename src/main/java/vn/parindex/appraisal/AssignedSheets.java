package vn.parindex.appraisal;

import vn.parindex.assessment.ReviewerScope;

import org.springframework.stereotype.Component;

/**
 * Tells the sheet pages and API which sheets a plain appraiser may read: those of the
 * units assigned to her, and every sheet of a campaign where she appraises an area.
 */
@Component
class AssignedSheets implements ReviewerScope {

	private final Assignments assignments;

	AssignedSheets(Assignments assignments) {
		this.assignments = assignments;
	}

	@Override
	public boolean mayReview(String username, long campaignId, long unitId) {
		return assignments.mayReview(username, campaignId, unitId);
	}

}
