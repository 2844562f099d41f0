package vn.parindex.appraisal;

import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.framework.FrameworkNode;

import org.springframework.stereotype.Service;

/**
 * The appraisal (thẩm định) as other modules use it: who appraises what, the leaves left
 * to decide, one decision at a time, and a reader's queue. The rules stay behind it, in
 * the module's own services.
 */
@Service
public class Appraisal {

	private final Assignments assignments;

	private final Reviews reviews;

	private final Decider decider;

	private final AppraisalQueue queue;

	Appraisal(Assignments assignments, Reviews reviews, Decider decider, AppraisalQueue queue) {
		this.assignments = assignments;
		this.reviews = reviews;
		this.decider = decider;
		this.queue = queue;
	}

	/** Every assignment of one appraiser, in all campaigns. */
	public List<Assignment> assignments(String appraiser) {
		return assignments.forAppraiser(appraiser);
	}

	/** Assigns an appraiser to a unit's sheet or (exactly one of both) to an area. */
	public Assignment assign(long campaignId, String appraiser, Long unitId, String areaCode, CurrentUser actor) {
		return assignments.assign(campaignId, appraiser, unitId, areaCode, actor);
	}

	/**
	 * The codes of the leaves the user may still accept on the sheet, in one area or the
	 * whole sheet ({@code areaCode} null): undecided, in her scope, with the unit's
	 * points. None unless the sheet is under appraisal.
	 */
	public List<String> acceptable(long campaignId, long unitId, String areaCode, CurrentUser user) {
		Review review = reviews.review(campaignId, unitId, user);
		if (!review.underAppraisal()) {
			return List.of();
		}
		return review.remaining(areaCode).stream().map(FrameworkNode::code).toList();
	}

	/** Records one decision on a leaf, under the rules of the council's sheet page. */
	public void decide(long campaignId, long unitId, String leafCode, DecisionRequest request, CurrentUser user) {
		decider.decide(campaignId, unitId, leafCode, request, user);
	}

	/**
	 * The sheets waiting for the reader, optionally one campaign's or one status's only.
	 */
	public List<QueueRow> queue(CurrentUser user, Long campaignId, SheetStatus status) {
		return queue.rows(user, campaignId, status);
	}

}
