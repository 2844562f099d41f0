package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One decision of the council on a leaf, as kept in the appraisal's record.
 *
 * @param kind ACCEPTED, ADJUSTED, CLAIM_ACCEPTED, CLAIM_REJECTED or WITHDRAWN
 * @param round 1 for the first appraisal, n + 1 after the n-th return for explanation
 * @param bulk taken in a bulk acceptance
 */
public record CouncilDecision(String leafCode, int round, String kind, BigDecimal selfPoints,
		BigDecimal appraisedPoints, String reason, boolean bulk, Instant decidedAt, String decidedBy) {
}
