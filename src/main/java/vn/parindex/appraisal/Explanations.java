package vn.parindex.appraisal;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.EvidenceItem;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetReview;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.assessment.SheetView;
import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns for explanation (trả lại để giải trình): the council asks one question per leaf
 * and returns the sheet; the unit answers, may change those leaves only, and its leader
 * resubmits before the appraisal phase ends. Decisions the unit's changes made obsolete
 * are withdrawn, so those leaves are decided again in the next round.
 */
@Service
@Transactional
class Explanations {

	private final Reviews reviews;

	private final SheetReview sheets;

	private final Questions questions;

	private final Decisions decisions;

	private final AppraisalTrail trail;

	Explanations(Reviews reviews, SheetReview sheets, Questions questions, Decisions decisions, AppraisalTrail trail) {
		this.reviews = reviews;
		this.sheets = sheets;
		this.questions = questions;
		this.decisions = decisions;
		this.trail = trail;
	}

	/**
	 * Returns the sheet with one question per leaf (leaf code → question), snapshotting
	 * those leaves as they stand.
	 */
	public void returnSheet(long campaignId, long unitId, Map<String, String> questions, String note,
			CurrentUser user) {
		Texts.fit(note, Texts.MAX_NOTE, "note");
		Review review = reviews.review(campaignId, unitId, user);
		if (!review.scope().decides()) {
			throw new AccessDeniedException("The user decides nothing on this sheet");
		}
		Decider.requireUnderAppraisal(review);
		Map<String, String> asked = new LinkedHashMap<>();
		questions.forEach((leaf, text) -> {
			if (review.leaves().stream().noneMatch((node) -> node.code().equals(leaf))) {
				throw new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.unknownLeaf", leaf);
			}
			if (!review.scope().covers(review.tree(), leaf)) {
				throw new AccessDeniedException("Leaf " + leaf + " is outside the appraiser's areas");
			}
			if (text == null || text.isBlank()) {
				throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.questionRequired", leaf);
			}
			asked.put(leaf, text.strip());
		});
		if (asked.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.noQuestions");
		}
		int round = review.round();
		SheetView sheet = review.sheet();
		asked.forEach((leaf, text) -> {
			this.questions.ask(campaignId, unitId, leaf, round, text, user.getUsername());
			LeafEntry entry = sheet.entry(leaf);
			this.questions.snapshot(campaignId, unitId,
					new Snapshot(leaf, round, entry.selfPoints(), entry.notApplicable(), entry.explanation(),
							sheet.evidence(leaf).stream().map(EvidenceItem::fileName).toList()));
		});
		String why = (note == null || note.isBlank()) ? null : note.strip();
		sheets.returnForExplanation(campaignId, unitId, asked.keySet(), user.getUsername(), why);
	}

	/**
	 * The unit's page: the open questions with the leaves as they stand, for the unit's
	 * people and the council (appraisers only on a sheet assigned to them, as for the
	 * timeline); a mere reader of sheets (VIEWER) does not read the council's questions.
	 * Not read-only: reading a sheet creates its empty row the first time.
	 */
	public Review explanations(long campaignId, long unitId, CurrentUser user) {
		return reviews.read(campaignId, unitId, user);
	}

	/** An officer or the leader of the unit answers one open question. */
	public void answer(long campaignId, long unitId, long questionId, String answer, CurrentUser user) {
		Review review = unitAnswering(campaignId, unitId, user);
		Question question = review.openQuestions()
			.stream()
			.filter((q) -> q.id() == questionId)
			.findFirst()
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.noSuchQuestion"));
		if (answer == null || answer.isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.answerRequired", question.leafCode());
		}
		questions.answer(questionId, answer.strip(), user.getUsername());
		trail.record(AuditChange.of(unitId, user.getUsername(), "ANSWERED")
			.scope(campaignId)
			.item(question.leafCode())
			.values(null, answer.strip()));
	}

	/**
	 * The leader sends the sheet back once every question has an answer; the decisions on
	 * leaves whose points or claim changed are withdrawn.
	 */
	public void resubmit(long campaignId, long unitId, CurrentUser user) {
		Review review = unitAnswering(campaignId, unitId, user);
		if (!user.has(Role.UNIT_LEADER)) {
			throw new AccessDeniedException("Only the unit's leader resubmits its sheet");
		}
		long unanswered = review.openQuestions().stream().filter((q) -> !q.answered()).count();
		if (unanswered > 0) {
			throw new Refusal(HttpStatus.CONFLICT, "appraisal.error.unanswered", unanswered);
		}
		sheets.resubmit(campaignId, unitId, user.getUsername());
		for (LeafChange change : review.changes().values()) {
			Decision latest = review.decision(change.leafCode());
			if (change.pointsChanged() && latest != null && latest.standing()) {
				sheets.appraise(campaignId, unitId, change.leafCode(), null, null, null, user.getUsername());
				decisions.decide(campaignId, unitId,
						new Decision(0, change.leafCode(), review.round(), DecisionKind.WITHDRAWN, change.selfPoints(),
								null, null, false, trail.now(), user.getUsername()));
			}
		}
	}

	private Review unitAnswering(long campaignId, long unitId, CurrentUser user) {
		Review review = reviews.read(campaignId, unitId, user);
		SheetView sheet = review.sheet();
		if (!Objects.equals(user.unitId(), unitId) || !(user.has(Role.UNIT_OFFICER) || user.has(Role.UNIT_LEADER))) {
			throw new AccessDeniedException("Only the unit's officers and leader answer its questions");
		}
		if (sheet.status() != SheetStatus.RETURNED) {
			throw new Refusal(HttpStatus.CONFLICT, "appraisal.error.notReturned", sheet.status().name());
		}
		ZonedDateTime deadline = Reviews.deadline(sheet.campaign()).orElse(null);
		if (deadline != null && !trail.now().isBefore(deadline.toInstant())) {
			throw new Refusal(HttpStatus.CONFLICT, "appraisal.error.deadlinePassed",
					deadline.toLocalDate()
						.minusDays(1)
						.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		return review;
	}

	/** Whether the unit may still answer: before the end of the appraisal phase. */
	boolean beforeDeadline(Review review) {
		return review.deadline() == null || trail.now().isBefore(review.deadline().toInstant());
	}

	static List<Question> unanswered(Review review) {
		return review.openQuestions().stream().filter((q) -> !q.answered()).toList();
	}

}
