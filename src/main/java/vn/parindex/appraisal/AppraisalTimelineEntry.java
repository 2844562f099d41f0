package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a sheet's appraisal timeline: who did what, when, on which leaf (or on the
 * sheet, when {@code leafCode} is {@code null}), and why.
 *
 * @param source where the line comes from
 * @param action the sheet trail's action (INPUT_CHANGED, SUBMITTED, RETURNED, FINALISED,
 * APPRAISAL_REOPENED …), DECISION_ followed by the decision's kind, QUESTION_ASKED or
 * QUESTION_ANSWERED, ASSIGNED or UNASSIGNED
 * @param oldValue the value before (sheet trail) or the question answered
 * @param newValue the value after (sheet trail), the question or the answer
 * @param selfPoints the unit's points a decision looked at
 * @param appraisedPoints the points a decision gave
 * @param round the appraisal round of a decision or question
 */
record AppraisalTimelineEntry(Instant at, String actor, Source source, String action, String leafCode, String oldValue,
		String newValue, BigDecimal selfPoints, BigDecimal appraisedPoints, String reason, Integer round,
		boolean bulk) {

	/** When, for the one timeline fragment. */
	public Instant occurredAt() {
		return at;
	}

	/** The leaf, or {@code null} for the sheet as a whole. */
	public String item() {
		return leafCode;
	}

	/** The message key naming the action. */
	public String label() {
		return "council.event." + action;
	}

	/** A decision shows the unit's points → the council's; other lines their values. */
	@Override
	public String oldValue() {
		return (source == Source.DECISION) ? plain(selfPoints) : oldValue;
	}

	@Override
	public String newValue() {
		return (source == Source.DECISION) ? plain(appraisedPoints) : newValue;
	}

	/** The row's class: decisions and questions stand out on the council's timeline. */
	public String css() {
		return switch (source) {
			case DECISION -> "council-decision";
			case QUESTION -> "council-question";
			default -> "";
		};
	}

	private static String plain(BigDecimal points) {
		return (points != null) ? points.toPlainString() : null;
	}

	/**
	 * Where a line of the timeline comes from.
	 */
	public enum Source {

		/** The sheet's own trail: the unit's entries and evidence, the status changes. */
		SHEET,
		/** The council's decision on a leaf. */
		DECISION,
		/** A question asked or answered while the sheet was returned for explanation. */
		QUESTION,
		/** An appraiser assigned to the whole sheet, or the assignment removed. */
		ASSIGNMENT

	}

}
