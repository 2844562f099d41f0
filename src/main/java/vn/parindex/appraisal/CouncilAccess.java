package vn.parindex.appraisal;

import java.util.Objects;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.ReviewerScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an appraised sheet: the chair finalises, the secretariat reopens,
 * appraisers read only the sheets assigned to them, a unit reads only its own.
 */
@Component
class CouncilAccess {

	private final ObjectProvider<ReviewerScope> reviewers;

	CouncilAccess(ObjectProvider<ReviewerScope> reviewers) {
		this.reviewers = reviewers;
	}

	void requireChair(CurrentUser user) {
		if (!user.has(Role.COUNCIL_CHAIR)) {
			throw new AccessDeniedException("Only the council chair finalises an appraisal");
		}
	}

	void requireSecretariat(CurrentUser user) {
		if (!(user.has(Role.SECRETARIAT) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only the secretariat reopens a finalised appraisal");
		}
	}

	/** The chair's review page and the campaign report: the chair, secretariat, admin. */
	void requireCouncilStaff(CurrentUser user) {
		if (!staff(user)) {
			throw new AccessDeniedException("Only the council chair and the secretariat read this");
		}
	}

	/**
	 * A sheet's timeline and outcome: the council staff, an appraiser the sheet is
	 * assigned to, the unit's own people.
	 */
	void requireSheetReader(CurrentUser user, long campaignId, long unitId) {
		if (staff(user) || unitMember(user, unitId)
				|| user.has(Role.APPRAISER) && reviewers.getIfAvailable(() -> ReviewerScope.EVERY_SHEET)
					.mayReview(user.getUsername(), campaignId, unitId)) {
			return;
		}
		throw new AccessDeniedException("Sheet of unit " + unitId + " is outside " + user.getUsername() + "'s scope");
	}

	static boolean staff(CurrentUser user) {
		return user.has(Role.COUNCIL_CHAIR) || user.has(Role.SECRETARIAT) || user.has(Role.ADMIN);
	}

	static boolean unitMember(CurrentUser user, long unitId) {
		return Objects.equals(user.unitId(), unitId) && (user.has(Role.UNIT_OFFICER) || user.has(Role.UNIT_LEADER));
	}

	/** Whether the reader sees the council's decisions before the appraisal is final. */
	static boolean seesDecisionsInProgress(CurrentUser user) {
		return staff(user) || user.has(Role.APPRAISER);
	}

}
