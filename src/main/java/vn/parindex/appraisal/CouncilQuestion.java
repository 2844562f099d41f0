package vn.parindex.appraisal;

import java.time.Instant;

/**
 * A question asked on a leaf when the sheet was returned for explanation, and the unit's
 * answer once given.
 */
public record CouncilQuestion(String leafCode, int round, String question, Instant askedAt, String askedBy,
		String answer, Instant answeredAt, String answeredBy) {

	public boolean answered() {
		return answeredAt != null;
	}

}
