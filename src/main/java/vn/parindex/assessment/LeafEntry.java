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
 * @param appraisedPoints the appraised points, where known (imported from past years)
 */
public record LeafEntry(String leafCode, RuleInput input, BigDecimal selfPoints, boolean notApplicable,
		String notApplicableReason, String explanation, BigDecimal appraisedPoints) {

	static LeafEntry empty(String leafCode) {
		return new LeafEntry(leafCode, null, null, false, null, null, null);
	}

	/**
	 * Points imported from a workbook come without an input and still count: the unit has
	 * scored the leaf.
	 */
	boolean filled() {
		return input != null || selfPoints != null || notApplicable;
	}

	LeafEntry withInput(RuleInput newInput, BigDecimal points) {
		return new LeafEntry(leafCode, newInput, points, notApplicable, notApplicableReason, explanation,
				appraisedPoints);
	}

	LeafEntry withNotApplicable(boolean claimed, String reason) {
		return new LeafEntry(leafCode, input, selfPoints, claimed, claimed ? reason : null, explanation,
				appraisedPoints);
	}

	LeafEntry withExplanation(String text) {
		return new LeafEntry(leafCode, input, selfPoints, notApplicable, notApplicableReason, text, appraisedPoints);
	}

}
