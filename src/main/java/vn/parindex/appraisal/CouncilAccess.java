package vn.parindex.appraisal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.AppraisalDisclosure;
import vn.parindex.assessment.AppraisalDisclosures;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an appraised sheet: the chair finalises, the secretariat reopens,
 * appraisers read only the sheets assigned to them, a unit reads only its own. What each
 * reader sees of the council's work is the one rule of {@link AppraisalDisclosures}.
 */
@Component
class CouncilAccess {

	private final AppraisalDisclosures disclosures;

	CouncilAccess(AppraisalDisclosures disclosures) {
		this.disclosures = disclosures;
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
	 * A sheet's timeline, outcome and questions: the council (its staff, an appraiser the
	 * sheet is assigned to) and the unit's own people.
	 */
	void requireSheetReader(CurrentUser user, long campaignId, long unitId) {
		if (disclosures.audience(user, campaignId, unitId) == AppraisalDisclosure.Audience.OTHERS) {
			throw new AccessDeniedException(
					"Sheet of unit " + unitId + " is outside " + user.getUsername() + "'s scope");
		}
	}

	/** The appraisers' review of a sheet: the council only. */
	void requireCouncil(CurrentUser user, long campaignId, long unitId) {
		if (disclosures.audience(user, campaignId, unitId) != AppraisalDisclosure.Audience.COUNCIL) {
			throw new AccessDeniedException("Only the council's people review the sheet of unit " + unitId);
		}
	}

	/** What the reader sees of the council's work on the sheet. */
	AppraisalDisclosure disclosure(CurrentUser user, long campaignId, long unitId, boolean finalised) {
		return disclosures.of(user, campaignId, unitId, finalised);
	}

	static boolean staff(CurrentUser user) {
		return user.has(Role.COUNCIL_CHAIR) || user.has(Role.SECRETARIAT) || user.has(Role.ADMIN);
	}

}
