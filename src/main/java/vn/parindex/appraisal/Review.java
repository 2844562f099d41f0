package vn.parindex.appraisal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.assessment.SheetView;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;

/**
 * A sheet as the council reviews it: the unit's entries and evidence, what the reader
 * decides, the decisions so far (latest per leaf and the whole history), the questions of
 * every return and, in a later round, what the unit changed since the last return.
 *
 * @param leaves the leaves to decide: self-scored, and bonus or penalty leaves the unit
 * entered
 * @param round the current appraisal round
 * @param changes per questioned leaf of the last return, before and now
 * @param deadline the end of the campaign's appraisal phase, if it has one
 */
record Review(SheetView sheet, AppraiserScope scope, int round, List<FrameworkNode> leaves,
		Map<String, Decision> latest, List<Decision> history, List<Question> questions, Map<String, LeafChange> changes,
		ZonedDateTime deadline) {

	public FrameworkTree tree() {
		return sheet.framework().tree();
	}

	public LeafEntry entry(String leafCode) {
		return sheet.entry(leafCode);
	}

	/** The latest decision on the leaf, or {@code null}. */
	public Decision decision(String leafCode) {
		return latest.get(leafCode);
	}

	public boolean decided(String leafCode) {
		Decision decision = latest.get(leafCode);
		return decision != null && decision.standing();
	}

	/** Earlier decisions on the leaf, newest first, the latest excluded. */
	public List<Decision> earlier(String leafCode) {
		Decision latestOne = latest.get(leafCode);
		return history.stream().filter((d) -> d.leafCode().equals(leafCode) && d != latestOne).toList();
	}

	public List<Question> questions(String leafCode) {
		return questions.stream().filter((q) -> q.leafCode().equals(leafCode)).toList();
	}

	/** The questions of the return the unit is answering now; none unless returned. */
	public List<Question> openQuestions() {
		if (sheet.status() != SheetStatus.RETURNED) {
			return List.of();
		}
		return questions.stream().filter((q) -> q.round() == round - 1).toList();
	}

	public LeafChange change(String leafCode) {
		return changes.get(leafCode);
	}

	/** The area a leaf belongs to. */
	public FrameworkNode areaOf(String leafCode) {
		return tree().node(AppraiserScope.areaOf(tree(), leafCode));
	}

	/** The leaves of one area to decide. */
	public List<FrameworkNode> leaves(String areaCode) {
		return leaves.stream().filter((leaf) -> AppraiserScope.areaOf(tree(), leaf.code()).equals(areaCode)).toList();
	}

	public boolean underAppraisal() {
		return sheet.status() == SheetStatus.SUBMITTED;
	}

	/** Whether the reader may decide the leaf now. */
	public boolean mayDecide(String leafCode) {
		return underAppraisal() && scope.covers(tree(), leafCode);
	}

	/** The leaves in the reader's scope. */
	public List<FrameworkNode> inScope() {
		return leaves.stream().filter((leaf) -> scope.covers(tree(), leaf.code())).toList();
	}

	public long decidedInScope() {
		return inScope().stream().filter((leaf) -> decided(leaf.code())).count();
	}

	/**
	 * The undecided leaves a bulk accept takes, in the reader's scope and the area (or
	 * the whole sheet): those with the unit's points. Not-applicable claims are left for
	 * a decision one by one.
	 */
	public List<FrameworkNode> remaining(String areaCode) {
		return inScope().stream()
			.filter((leaf) -> areaCode == null || AppraiserScope.areaOf(tree(), leaf.code()).equals(areaCode))
			.filter((leaf) -> !decided(leaf.code()))
			.filter((leaf) -> !entry(leaf.code()).notApplicable() && entry(leaf.code()).selfPoints() != null)
			.toList();
	}

	/** Undecided not-applicable claims in scope and area, which a bulk accept skips. */
	public long remainingClaims(String areaCode) {
		return inScope().stream()
			.filter((leaf) -> areaCode == null || AppraiserScope.areaOf(tree(), leaf.code()).equals(areaCode))
			.filter((leaf) -> !decided(leaf.code()) && entry(leaf.code()).notApplicable())
			.count();
	}

	/**
	 * Whether a decision was made on other points than the unit's current ones: the unit
	 * changed the leaf afterwards while answering a return.
	 */
	public boolean outdated(Decision decision) {
		return decision.kind() != DecisionKind.WITHDRAWN && decision.kind() != DecisionKind.CLAIM_ACCEPTED
				&& decision.kind() != DecisionKind.CLAIM_REJECTED
				&& !LeafChange.samePoints(decision.selfPoints(), entry(decision.leafCode()).selfPoints());
	}

	public boolean changedSinceReturn(String leafCode) {
		LeafChange change = changes.get(leafCode);
		return change != null && change.changed();
	}

}
