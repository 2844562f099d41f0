package vn.parindex.survey;

import java.time.Instant;

/**
 * A named respondent (người được khảo sát đích danh) of a leaders' survey: who she is,
 * how she is reached, when she was invited and last reminded, and whether she has
 * answered — her token's state, never what she answered.
 *
 * @param tokenState the state of her current token, {@code null} when it is gone
 */
record NamedRespondent(long id, long surveyId, long unitId, String group, String name, String position, String email,
		String phone, Long tokenId, Instant invitedAt, Instant remindedAt, Token.State tokenState) {

	public boolean answered() {
		return tokenState == Token.State.SUBMITTED;
	}

	/** Whether she may still answer: her token is new or her draft started. */
	public boolean pending() {
		return tokenState == Token.State.NEW || tokenState == Token.State.STARTED;
	}

}
