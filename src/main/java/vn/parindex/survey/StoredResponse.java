package vn.parindex.survey;

import java.time.LocalDate;
import java.util.Set;

/**
 * A response as stored, anonymous: the evaluated unit, the group, the answers (a JSON
 * object from question code to answer), the day it came, the seconds it took, its quality
 * flags; a paper form's serial number. Nothing else.
 */
record StoredResponse(long surveyId, long unitId, String group, Channel channel, String serial, LocalDate submittedOn,
		Integer durationSeconds, Set<Flag> flags, String answers) {

	StoredResponse {
		flags = Set.copyOf(flags);
	}

	enum Channel {

		WEB, PAPER

	}

	/** A quality flag (cờ chất lượng) raised on a response when it is submitted. */
	enum Flag {

		SPEEDING, STRAIGHT_LINING, DEVICE, NOT_PERSONAL

	}

}
