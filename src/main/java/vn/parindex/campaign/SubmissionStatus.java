package vn.parindex.campaign;

import java.util.Set;

/**
 * Which participants have not yet submitted their self-assessment. Only the assessment
 * module knows, and it builds on this one, so it implements this interface; until it
 * does, every participant counts as not submitted.
 */
public interface SubmissionStatus {

	/** Ids of the campaign's participating units that have not submitted. */
	Set<Long> unitsNotSubmitted(long campaignId);

}
