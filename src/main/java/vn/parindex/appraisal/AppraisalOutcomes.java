package vn.parindex.appraisal;

import java.util.Optional;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sheet's appraisal result: for the chair before finalising, and for the unit once
 * final.
 */
@Service
@Transactional(readOnly = true)
class AppraisalOutcomes {

	private final SelfAssessment assessment;

	private final Decisions decisions;

	private final CouncilAccess access;

	AppraisalOutcomes(SelfAssessment assessment, Decisions decisions, CouncilAccess access) {
		this.assessment = assessment;
		this.decisions = decisions;
		this.access = access;
	}

	/** What the chair reviews before finalising: the council's staff only. */
	public AppraisalOutcome review(long campaignId, long unitId, CurrentUser user) {
		access.requireCouncilStaff(user);
		return build(campaignId, unitId, user);
	}

	/**
	 * What the unit sees of its appraisal: every adjustment and its reason, only once the
	 * appraisal is final.
	 */
	public AppraisalOutcome outcome(long campaignId, long unitId, CurrentUser user) {
		return finalOutcome(campaignId, unitId, user)
			.orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "council.error.notFinalised"));
	}

	/** The unit's outcome once the appraisal is final; nothing before. */
	Optional<AppraisalOutcome> finalOutcome(long campaignId, long unitId, CurrentUser user) {
		access.requireSheetReader(user, campaignId, unitId);
		return Optional.of(build(campaignId, unitId, user)).filter(AppraisalOutcome::finalised);
	}

	AppraisalOutcome build(long campaignId, long unitId, CurrentUser user) {
		return AppraisalOutcome.of(assessment.sheet(campaignId, unitId, user), decisions.latest(campaignId, unitId));
	}

}
