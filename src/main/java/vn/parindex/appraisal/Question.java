package vn.parindex.appraisal;

import java.time.Instant;

/**
 * A question asked on a leaf when the sheet was returned for explanation (giải trình),
 * and the unit's answer.
 *
 * @param round the appraisal round in which the question was asked
 */
record Question(long id, String leafCode, int round, String question, Instant askedAt, String askedBy, String answer,
		Instant answeredAt, String answeredBy) {

	public boolean answered() {
		return answer != null && !answer.isBlank();
	}

}
