package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.AppraisalDisclosure;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetReview;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.audit.AuditRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sheet's whole story in one chronological list (nhật ký thẩm định): the unit's entries
 * and evidence, every status change, every decision of the council with its reason, every
 * question and answer, every assignment of the whole sheet. What each reader sees of them
 * is the rule of {@code AppraisalDisclosure}: the unit sees the decisions once the
 * appraisal is final, like its outcome, and no assignments.
 */
@Service
@Transactional(readOnly = true)
class AppraisalTimeline {

	private final SheetReview review;

	private final SheetInputs inputs;

	private final CouncilRecords records;

	private final Decisions decisions;

	private final Questions questions;

	private final CouncilAccess access;

	AppraisalTimeline(SheetReview review, SheetInputs inputs, CouncilRecords records, Decisions decisions,
			Questions questions, CouncilAccess access) {
		this.review = review;
		this.inputs = inputs;
		this.records = records;
		this.decisions = decisions;
		this.questions = questions;
		this.access = access;
	}

	/**
	 * The sheet's timeline, oldest first.
	 * @param leafCode only this leaf's lines, or {@code null} for all
	 */
	public List<AppraisalTimelineEntry> of(long campaignId, long unitId, String leafCode, CurrentUser user) {
		access.requireSheetReader(user, campaignId, unitId);
		List<AppraisalTimelineEntry> lines = new ArrayList<>();
		List<AuditRecord> history = new ArrayList<>(review.history(campaignId, unitId));
		java.util.Collections.reverse(history);
		history.forEach((event) -> lines.add(sheetLine(event)));
		boolean finalised = inputs.status(campaignId, unitId).filter(SheetStatus.APPRAISED::equals).isPresent();
		AppraisalDisclosure sees = access.disclosure(user, campaignId, unitId, finalised);
		if (sees.reasons()) {
			List<Decision> made = new ArrayList<>(decisions.decisions(campaignId, unitId));
			java.util.Collections.reverse(made);
			made.forEach((decision) -> lines.add(decisionLine(decision)));
		}
		if (sees.questions()) {
			questions.questions(campaignId, unitId).forEach((question) -> lines.addAll(questionLines(question)));
		}
		if (sees.assignments()) {
			lines.addAll(records.assignments(campaignId, unitId));
		}
		return lines.stream()
			.filter((line) -> leafCode == null || leafCode.isBlank() || leafCode.equals(line.leafCode()))
			.sorted(Comparator.comparing(AppraisalTimelineEntry::at))
			.toList();
	}

	private static List<AppraisalTimelineEntry> questionLines(Question question) {
		List<AppraisalTimelineEntry> lines = new ArrayList<>();
		lines.add(new AppraisalTimelineEntry(question.askedAt(), question.askedBy(),
				AppraisalTimelineEntry.Source.QUESTION, "QUESTION_ASKED", question.leafCode(), null,
				question.question(), null, null, null, question.round(), false));
		if (question.answered()) {
			lines.add(new AppraisalTimelineEntry(question.answeredAt(), question.answeredBy(),
					AppraisalTimelineEntry.Source.QUESTION, "QUESTION_ANSWERED", question.leafCode(),
					question.question(), question.answer(), null, null, null, question.round(), false));
		}
		return lines;
	}

	private static AppraisalTimelineEntry sheetLine(AuditRecord event) {
		return new AppraisalTimelineEntry(event.occurredAt(), event.actor(), AppraisalTimelineEntry.Source.SHEET,
				event.action(), event.item(), event.oldValue(), event.newValue(), null, null, event.reason(), null,
				false);
	}

	private static AppraisalTimelineEntry decisionLine(Decision decision) {
		return new AppraisalTimelineEntry(decision.decidedAt(), decision.decidedBy(),
				AppraisalTimelineEntry.Source.DECISION, "DECISION_" + decision.kind(), decision.leafCode(), null, null,
				decision.selfPoints(), decision.appraisedPoints(), decision.reason(), decision.round(),
				decision.bulk());
	}

}
