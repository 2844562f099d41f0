package vn.parindex.survey;

import java.util.Set;

/**
 * Responses of some units of a survey arrived or changed (a web submission, a paper form,
 * an import), published in the transaction that stored them: the survey's scores are due
 * to be recomputed. It names units, never a response.
 */
record SurveyResponsesChanged(long surveyId, Set<Long> unitIds) {

	SurveyResponsesChanged {
		unitIds = Set.copyOf(unitIds);
	}

}
