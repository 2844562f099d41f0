package vn.parindex.assessment;

import java.math.BigDecimal;

import vn.parindex.framework.RuleInput;

/**
 * What a unit entered for one scored leaf, and the points its rule gave.
 *
 * @param input the input, or {@code null} when nothing is entered yet
 * @param selfPoints the self-assessed points, or {@code null} without input
 * @param notApplicable the unit claims the leaf does not apply this year (không phát
 * sinh)
 * @param notApplicableReason why, mandatory with the claim
 * @param explanation the unit's written explanation, in place of or beside evidence
 * @param appraisedPoints the appraised points: the council's latest decision, or imported
 * from past years; {@code null} while undecided
 * @param appraisedNotApplicable the council's verdict on the not-applicable claim:
 * {@code true} accepted, {@code false} rejected, {@code null} undecided or no claim
 * @param appraisalReason why the council adjusted the points or rejected the claim
 */
public record LeafEntry(String leafCode, RuleInput input, BigDecimal selfPoints, boolean notApplicable,
		String notApplicableReason, String explanation, BigDecimal appraisedPoints, Boolean appraisedNotApplicable,
		String appraisalReason) {

	static LeafEntry empty(String leafCode) {
		return new LeafEntry(leafCode, null, null, false, null, null, null, null, null);
	}

	/**
	 * Whether the leaf leaves the denominator once appraised: the council's verdict on
	 * the claim where it gave one, else the claim itself.
	 */
	public boolean appraisedAsNotApplicable() {
		return (appraisedNotApplicable != null) ? appraisedNotApplicable : notApplicable;
	}

	/**
	 * The points once appraised: the council's where it decided, else the unit's own
	 * (undecided leaves are provisionally accepted).
	 */
	public BigDecimal effectiveAppraisedPoints() {
		return (appraisedPoints != null) ? appraisedPoints : selfPoints;
	}

	/**
	 * Points imported from a workbook come without an input and still count: the unit has
	 * scored the leaf.
	 */
	boolean filled() {
		return input != null || selfPoints != null || notApplicable;
	}

	/**
	 * Whether scoring would read another figure from the other entry: points, a claim, a
	 * verdict. An explanation or a reason moves none.
	 */
	boolean figuresDiffer(LeafEntry other) {
		return !same(selfPoints, other.selfPoints) || notApplicable != other.notApplicable
				|| !same(appraisedPoints, other.appraisedPoints)
				|| !java.util.Objects.equals(appraisedNotApplicable, other.appraisedNotApplicable);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	LeafEntry withInput(RuleInput newInput, BigDecimal points) {
		return new LeafEntry(leafCode, newInput, points, notApplicable, notApplicableReason, explanation,
				appraisedPoints, appraisedNotApplicable, appraisalReason);
	}

	LeafEntry withNotApplicable(boolean claimed, String reason) {
		return new LeafEntry(leafCode, input, selfPoints, claimed, claimed ? reason : null, explanation,
				appraisedPoints, appraisedNotApplicable, appraisalReason);
	}

	LeafEntry withExplanation(String text) {
		return new LeafEntry(leafCode, input, selfPoints, notApplicable, notApplicableReason, text, appraisedPoints,
				appraisedNotApplicable, appraisalReason);
	}

	/** The council's decision on the leaf; {@code null} points and verdict undo it. */
	LeafEntry withAppraisal(BigDecimal points, Boolean notApplicableAccepted, String reason) {
		return new LeafEntry(leafCode, input, selfPoints, notApplicable, notApplicableReason, explanation, points,
				notApplicableAccepted, reason);
	}

}
