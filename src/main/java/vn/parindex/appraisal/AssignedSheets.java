package vn.parindex.appraisal;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

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

	@Override
	public LongPredicate reviewable(String username, long campaignId) {
		List<Assignment> own = assignments.forAppraiser(username)
			.stream()
			.filter((assignment) -> assignment.campaignId() == campaignId)
			.toList();
		if (own.stream().anyMatch((assignment) -> assignment.unitId() == null)) {
			return (unitId) -> true;
		}
		Set<Long> units = own.stream().map(Assignment::unitId).collect(Collectors.toSet());
		return units::contains;
	}

}
