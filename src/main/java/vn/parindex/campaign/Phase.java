package vn.parindex.campaign;

/**
 * The steps of a campaign, in order; each has a start date and a deadline.
 */
public enum Phase {

	/** Units score themselves and submit (tự đánh giá). */
	SELF_ASSESSMENT,
	/** The council appraises the submitted sheets (thẩm định). */
	APPRAISAL,
	/** Units answer the council's questions (giải trình). */
	EXPLANATION,
	/** The council decides on the explanations (thẩm định lần hai). */
	SECOND_APPRAISAL,
	/** Results are published (công bố). */
	PUBLICATION

}
