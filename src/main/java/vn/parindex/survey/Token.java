package vn.parindex.survey;

/**
 * A single-use survey token (mã khảo sát) as stored: which survey, unit and group it
 * answers for, whether it is a named respondent's, and where it stands. The token itself
 * is never stored, only its digest.
 */
record Token(long id, long surveyId, long unitId, String group, boolean named, State state) {

	enum State {

		NEW, STARTED, SUBMITTED, REVOKED

	}

}
