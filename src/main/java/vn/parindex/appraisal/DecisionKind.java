package vn.parindex.appraisal;

/**
 * What the council decided on a leaf.
 */
enum DecisionKind {

	/** The unit's points stand. */
	ACCEPTED,
	/** Other points than the unit's, with the reason. */
	ADJUSTED,
	/** The not-applicable claim stands: the leaf leaves the denominator. */
	CLAIM_ACCEPTED,
	/** The claim is refused, with the reason and the points the leaf gets. */
	CLAIM_REJECTED,
	/**
	 * The previous decision no longer holds: the unit changed the leaf while answering a
	 * return for explanation.
	 */
	WITHDRAWN

}
