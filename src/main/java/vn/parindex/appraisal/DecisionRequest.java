package vn.parindex.appraisal;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;
import vn.parindex.workbook.Decimals;

import org.springframework.http.HttpStatus;

/**
 * A decision on one leaf: {@code accept}, or appraised {@code points} with the
 * {@code reason}, or for a not-applicable claim {@code claimAccepted} (when rejected,
 * with the reason and the points, 0 by default).
 */
public record DecisionRequest(Boolean accept, BigDecimal points, Boolean claimAccepted, String reason) {

	public DecisionRequest {
		Texts.fit(reason, Texts.MAX_NOTE, "reason");
	}

	public static DecisionRequest accepting() {
		return new DecisionRequest(true, null, null, null);
	}

	public static DecisionRequest adjusting(BigDecimal points, String reason) {
		return new DecisionRequest(null, points, null, reason);
	}

	public static DecisionRequest onClaim(boolean accepted, BigDecimal points, String reason) {
		return new DecisionRequest(null, points, accepted, reason);
	}

	/**
	 * A decision as a page's form sends it: the {@code action} pressed, points as typed
	 * (a decimal comma or point) and the reason.
	 */
	static DecisionRequest typed(String action, String points, String reason) {
		BigDecimal value = points(points);
		return switch ((action != null) ? action : "") {
			case "accept" -> accepting();
			case "adjust" -> {
				if (value == null) {
					throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.pointsRequired");
				}
				yield adjusting(value, reason);
			}
			case "claim-accept" -> onClaim(true, null, reason);
			case "claim-reject" -> onClaim(false, value, reason);
			default -> throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.noDecision");
		};
	}

	private static BigDecimal points(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Decimals.parse(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.pointsInvalid", text.strip());
		}
	}

}
