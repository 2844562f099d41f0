package vn.parindex.assessment;

import java.util.function.LongPredicate;

/**
 * Which sheets an appraiser may read: the appraisal module knows her assignments. Users
 * with a wider role (secretariat, chair, administrator, viewer) are not asked about.
 */
public interface ReviewerScope {

	/** Until assignments exist, an appraiser reads every sheet. */
	ReviewerScope EVERY_SHEET = (username, campaignId, unitId) -> true;

	boolean mayReview(String username, long campaignId, long unitId);

	/** The same question for many units of one campaign. */
	default LongPredicate reviewable(String username, long campaignId) {
		return (unitId) -> mayReview(username, campaignId, unitId);
	}

}
