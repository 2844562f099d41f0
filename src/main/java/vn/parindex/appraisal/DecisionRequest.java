package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * A decision on one leaf: {@code accept}, or appraised {@code points} with the
 * {@code reason}, or for a not-applicable claim {@code claimAccepted} (when rejected,
 * with the reason and the points, 0 by default).
 */
public record DecisionRequest(Boolean accept, BigDecimal points, Boolean claimAccepted, String reason) {

	public static DecisionRequest accepting() {
		return new DecisionRequest(true, null, null, null);
	}

	public static DecisionRequest adjusting(BigDecimal points, String reason) {
		return new DecisionRequest(null, points, null, reason);
	}

	public static DecisionRequest onClaim(boolean accepted, BigDecimal points, String reason) {
		return new DecisionRequest(null, points, accepted, reason);
	}

}
