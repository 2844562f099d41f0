package vn.parindex.assessment;

import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.AppraisalDisclosure.Audience;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Decides what a reader sees of the council's work (see {@link AppraisalDisclosure}): the
 * scoring pages, the appraisal pages and the sheet's workbook all ask here. The appraisal
 * module tells which appraiser is assigned where ({@link ReviewerScope}).
 */
@Service
public class AppraisalDisclosures {

	private final ObjectProvider<ReviewerScope> reviewers;

	public AppraisalDisclosures(ObjectProvider<ReviewerScope> reviewers) {
		this.reviewers = reviewers;
	}

	/** What the reader sees of the council's work on one unit's sheet. */
	public AppraisalDisclosure of(CurrentUser user, long campaignId, long unitId, boolean finalised) {
		return new AppraisalDisclosure(audience(user, campaignId, unitId), finalised);
	}

	/** Who the reader is to one unit's sheet. */
	public Audience audience(CurrentUser user, long campaignId, long unitId) {
		return audiences(user, campaignId).apply(unitId);
	}

	/**
	 * Who the reader is to each unit of a campaign, with the appraiser's assignments read
	 * once for a whole list.
	 */
	public LongFunction<Audience> audiences(CurrentUser user, long campaignId) {
		if (user.has(Role.ADMIN) || user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL_CHAIR)) {
			return (unitId) -> Audience.COUNCIL;
		}
		LongPredicate assigned = user.has(Role.APPRAISER)
				? reviewers.getIfAvailable(() -> ReviewerScope.EVERY_SHEET).reviewable(user.getUsername(), campaignId)
				: (unitId) -> false;
		boolean unitRole = user.has(Role.UNIT_OFFICER) || user.has(Role.UNIT_LEADER);
		return (unitId) -> {
			if (assigned.test(unitId)) {
				return Audience.COUNCIL;
			}
			return (unitRole && Objects.equals(user.unitId(), unitId)) ? Audience.UNIT : Audience.OTHERS;
		};
	}

}
