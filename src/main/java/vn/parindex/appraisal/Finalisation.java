package vn.parindex.appraisal;

import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.SheetReview;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finalisation (phê duyệt kết quả thẩm định): the council chair closes the appraisal of a
 * sheet whose every leaf is decided, one by one or in bulk; the finalised sheet is locked
 * until the secretariat reopens it with a reason. The sheet's own trail records each step
 * (who, when, why).
 */
@Service
@Transactional
class Finalisation {

	private final SheetReview review;

	private final AppraisalOutcomes outcomes;

	private final FinalisationCandidates candidates;

	private final CouncilAccess access;

	private final ApplicationEventPublisher events;

	Finalisation(SheetReview review, AppraisalOutcomes outcomes, FinalisationCandidates candidates,
			CouncilAccess access, ApplicationEventPublisher events) {
		this.review = review;
		this.outcomes = outcomes;
		this.candidates = candidates;
		this.access = access;
		this.events = events;
	}

	/** The chair finalises one sheet: under appraisal, and every leaf decided. */
	public AppraisalOutcome finalise(long campaignId, long unitId, CurrentUser user) {
		access.requireChair(user);
		AppraisalOutcome outcome = outcomes.build(campaignId, unitId, user);
		if (outcome.sheet().status() != SheetStatus.SUBMITTED) {
			throw new Refusal(HttpStatus.CONFLICT, "council.error.notUnderAppraisal", outcome.sheet().status());
		}
		if (!outcome.undecided().isEmpty()) {
			throw new Refusal(HttpStatus.CONFLICT, "council.error.undecided", outcome.undecided().size(),
					String.join(", ", outcome.undecided().stream().map((line) -> line.leaf().code()).toList()));
		}
		finalise(campaignId, unitId, user.getUsername());
		return outcomes.build(campaignId, unitId, user);
	}

	/** The secretariat reopens a finalised sheet for the council, saying why. */
	public AppraisalOutcome reopen(long campaignId, long unitId, String reason, CurrentUser user) {
		access.requireSecretariat(user);
		if (reason == null || reason.isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "council.error.reasonRequired");
		}
		Texts.fit(reason, Texts.MAX_NOTE, "reason");
		AppraisalOutcome outcome = outcomes.build(campaignId, unitId, user);
		if (!outcome.finalised()) {
			throw new Refusal(HttpStatus.CONFLICT, "council.error.notFinalised");
		}
		review.reopenAppraisal(campaignId, unitId, user.getUsername(), reason.strip());
		return outcomes.build(campaignId, unitId, user);
	}

	/** The sheets a bulk finalisation with this filter would finalise or skip. */
	@Transactional(readOnly = true)
	public List<FinalisationCandidate> preview(long campaignId, FinalisationFilter filter, CurrentUser user) {
		access.requireChair(user);
		return candidates.of(campaignId, filter);
	}

	/** Finalises every ready sheet the filter selects; the others are skipped. */
	public FinalisationResult finaliseAll(long campaignId, FinalisationFilter filter, CurrentUser user) {
		FinalisationResult result = FinalisationResult.of(preview(campaignId, filter, user));
		result.finalised().forEach((sheet) -> finalise(campaignId, sheet.unit().id(), user.getUsername()));
		return result;
	}

	private void finalise(long campaignId, long unitId, String chair) {
		review.finalise(campaignId, unitId, chair);
		events.publishEvent(new AppraisalFinalised(campaignId, unitId, chair));
	}

	/** What the bulk finalisation's filter offers. */
	@Transactional(readOnly = true)
	public FilterChoices choices(long campaignId) {
		return new FilterChoices(candidates.unitTypes(campaignId), candidates.appraisers(campaignId));
	}

	/**
	 * The unit types and appraisers of a campaign.
	 */
	public record FilterChoices(List<String> unitTypes, List<String> appraisers) {
	}

}
