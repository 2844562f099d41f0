package vn.parindex.assessment;

/**
 * What one reader sees of the council's work on one unit's sheet: the one rule every
 * page, API, workbook and report that shows appraisal details follows (README, "Who sees
 * the council's work"). The council sees everything at once; the unit sees the questions
 * asked of it at once and the verdicts with their reasons once the chair finalises;
 * everybody else who may read the unit sees the self-assessed (provisional) figures until
 * then, and the official appraised points after, never the reasons.
 *
 * @param audience who the reader is to this unit
 * @param finalised whether the chair has finalised the unit's appraisal
 */
public record AppraisalDisclosure(Audience audience, boolean finalised) {

	/** Who a reader is to one unit's sheet. */
	public enum Audience {

		/**
		 * The secretariat, administrators, the council chair, and an appraiser assigned
		 * the unit or an area of the campaign.
		 */
		COUNCIL,
		/** The unit's own officers and leader. */
		UNIT,
		/**
		 * Everybody else who may read the unit: viewers, appraisers not assigned to it.
		 */
		OTHERS

	}

	/**
	 * The council's points and verdicts on the leaves, the deductions, and the appraised
	 * totals and indices they make.
	 */
	public boolean verdicts() {
		return audience == Audience.COUNCIL || finalised;
	}

	/** The reasons of the council's decisions, and who decided what and when. */
	public boolean reasons() {
		return audience == Audience.COUNCIL || audience == Audience.UNIT && finalised;
	}

	/** The questions the council asked of the unit, and its answers. */
	public boolean questions() {
		return audience != Audience.OTHERS;
	}

	/** Which appraisers the sheet is assigned to. */
	public boolean assignments() {
		return audience == Audience.COUNCIL;
	}

}
