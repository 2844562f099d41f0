package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One decision of the council on a leaf, kept forever beside the unit's own points.
 *
 * @param selfPoints the unit's points when the decision was made
 * @param appraisedPoints the points the council gave ({@code null} for an accepted claim
 * or a withdrawal)
 * @param round 1 for the first appraisal, n + 1 after the n-th return for explanation
 */
record Decision(long id, String leafCode, int round, DecisionKind kind, BigDecimal selfPoints,
		BigDecimal appraisedPoints, String reason, boolean bulk, Instant decidedAt, String decidedBy) {

	/** Whether the leaf counts as decided with this as its latest decision. */
	public boolean standing() {
		return kind != DecisionKind.WITHDRAWN;
	}

}
