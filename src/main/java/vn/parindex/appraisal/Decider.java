package vn.parindex.appraisal;

import java.math.BigDecimal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetReview;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's decisions on leaves (thẩm định từng tiêu chí): each is kept in the
 * appraisal history and written through to the sheet, which keeps the latest. Only while
 * the sheet is under appraisal, only on leaves in the decider's scope; adjusted points
 * and a rejected claim need a reason.
 */
@Service
@Transactional
class Decider {

	private final Reviews reviews;

	private final SheetReview sheets;

	private final Decisions decisions;

	private final AppraisalTrail trail;

	Decider(Reviews reviews, SheetReview sheets, Decisions decisions, AppraisalTrail trail) {
		this.reviews = reviews;
		this.sheets = sheets;
		this.decisions = decisions;
		this.trail = trail;
	}

	/** Records one decision and answers with the review as it now stands. */
	public Review decide(long campaignId, long unitId, String leafCode, DecisionRequest request, CurrentUser user) {
		Review review = decidable(campaignId, unitId, user);
		FrameworkNode leaf = review.leaves()
			.stream()
			.filter((node) -> node.code().equals(leafCode))
			.findFirst()
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.unknownLeaf", leafCode));
		if (!review.scope().covers(review.tree(), leafCode)) {
			throw new AccessDeniedException("Leaf " + leafCode + " is outside the appraiser's areas");
		}
		record(review, leaf, request, false, user);
		return reviews.review(campaignId, unitId, user);
	}

	/**
	 * Accepts every undecided leaf with the unit's points in the user's scope, in one
	 * area or the whole sheet ({@code areaCode} null); not-applicable claims are left.
	 * @return how many leaves were accepted
	 */
	public int acceptRemaining(long campaignId, long unitId, String areaCode, CurrentUser user) {
		Review review = decidable(campaignId, unitId, user);
		String area = (areaCode == null || areaCode.isBlank()) ? null : areaCode.strip();
		if (area != null && review.tree().areas().stream().noneMatch((node) -> node.code().equals(area))) {
			throw new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.unknownArea", area);
		}
		int count = 0;
		for (FrameworkNode leaf : review.remaining(area)) {
			record(review, leaf, DecisionRequest.accepting(), true, user);
			count++;
		}
		return count;
	}

	private Review decidable(long campaignId, long unitId, CurrentUser user) {
		Review review = reviews.review(campaignId, unitId, user);
		if (!review.scope().decides()) {
			throw new AccessDeniedException("The user decides nothing on this sheet");
		}
		requireUnderAppraisal(review);
		return review;
	}

	static void requireUnderAppraisal(Review review) {
		if (!review.underAppraisal()) {
			throw new Refusal(HttpStatus.CONFLICT, "appraisal.error.notUnderAppraisal", review.sheet().status().name());
		}
	}

	private void record(Review review, FrameworkNode leaf, DecisionRequest request, boolean bulk, CurrentUser user) {
		LeafEntry entry = review.entry(leaf.code());
		String reason = (request.reason() == null || request.reason().isBlank()) ? null : request.reason().strip();
		DecisionKind kind;
		BigDecimal points = request.points();
		Boolean claimVerdict = null;
		if (entry.notApplicable()) {
			if (Boolean.TRUE.equals(request.accept()) || Boolean.TRUE.equals(request.claimAccepted())) {
				kind = DecisionKind.CLAIM_ACCEPTED;
				points = null;
				claimVerdict = true;
			}
			else if (Boolean.FALSE.equals(request.claimAccepted()) || points != null) {
				kind = DecisionKind.CLAIM_REJECTED;
				points = (points != null) ? points : BigDecimal.ZERO;
				claimVerdict = false;
			}
			else {
				throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.noDecision");
			}
		}
		else if (request.claimAccepted() != null) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.noClaim", leaf.code());
		}
		else if (Boolean.TRUE.equals(request.accept())) {
			if (entry.selfPoints() == null) {
				throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.nothingToAccept", leaf.code());
			}
			kind = DecisionKind.ACCEPTED;
			points = entry.selfPoints();
		}
		else if (points != null) {
			kind = LeafChange.samePoints(points, entry.selfPoints()) ? DecisionKind.ACCEPTED : DecisionKind.ADJUSTED;
		}
		else {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.noDecision");
		}
		if (points != null && (points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0
				|| points.stripTrailingZeros().scale() > 2)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.pointsOutOfRange", leaf.code(),
					leaf.maxPoints());
		}
		if ((kind == DecisionKind.ADJUSTED || kind == DecisionKind.CLAIM_REJECTED) && reason == null) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.reasonRequired", leaf.code());
		}
		sheets.appraise(review.sheet().campaign().id(), review.sheet().unit().id(), leaf.code(), points, claimVerdict,
				reason, user.getUsername());
		decisions.decide(review.sheet().campaign().id(), review.sheet().unit().id(), new Decision(0, leaf.code(),
				review.round(), kind, entry.selfPoints(), points, reason, bulk, trail.now(), user.getUsername()));
	}

}
