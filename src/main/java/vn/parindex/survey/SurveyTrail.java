package vn.parindex.survey;

import java.util.List;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import org.springframework.stereotype.Component;

/**
 * The surveys' audit trail: what the secretariat and administrators did to instruments
 * and surveys (the subject is the instrument or the survey, the scope the campaign). A
 * respondent's answering is never recorded here, nor anywhere.
 */
@Component
class SurveyTrail {

	static final String INSTRUMENT_CREATED = "INSTRUMENT_CREATED";

	static final String INSTRUMENT_CHANGED = "INSTRUMENT_CHANGED";

	static final String INSTRUMENT_IMPORTED = "INSTRUMENT_IMPORTED";

	static final String INSTRUMENT_COPIED = "INSTRUMENT_COPIED";

	static final String SURVEY_CREATED = "SURVEY_CREATED";

	static final String SURVEY_CHANGED = "SURVEY_CHANGED";

	static final String POPULATIONS_SET = "POPULATIONS_SET";

	static final String TOKENS_ISSUED = "TOKENS_ISSUED";

	static final String TOKENS_REVOKED = "TOKENS_REVOKED";

	static final String RESPONDENTS_IMPORTED = "RESPONDENTS_IMPORTED";

	static final String INVITATIONS_SENT = "INVITATIONS_SENT";

	static final String REMINDERS_SENT = "REMINDERS_SENT";

	static final String PAPER_ENTERED = "PAPER_ENTERED";

	static final String PAPER_CHECKED = "PAPER_CHECKED";

	static final String PAPER_IMPORTED = "PAPER_IMPORTED";

	static final String FLAG_DECIDED = "FLAG_DECIDED";

	static final String DEVICE_KEY_ERASED = "DEVICE_KEY_ERASED";

	private final AuditTrail trail;

	SurveyTrail(AuditTrails trails) {
		this.trail = trails.trail("survey_event", "survey.event",
				List.of(INSTRUMENT_CREATED, INSTRUMENT_CHANGED, INSTRUMENT_IMPORTED, INSTRUMENT_COPIED, SURVEY_CREATED,
						SURVEY_CHANGED, POPULATIONS_SET, TOKENS_ISSUED, TOKENS_REVOKED, RESPONDENTS_IMPORTED,
						INVITATIONS_SENT, REMINDERS_SENT, PAPER_ENTERED, PAPER_CHECKED, PAPER_IMPORTED, FLAG_DECIDED,
						DEVICE_KEY_ERASED));
	}

	void record(AuditChange change) {
		trail.record(change);
	}

	void record(List<AuditChange> changes) {
		trail.record(changes);
	}

	/**
	 * A survey's newest lines, for its page. Instruments and surveys are both subjects of
	 * this trail with ids from separate sequences: an instrument's lines (its actions all
	 * start with {@code INSTRUMENT_}) are left out.
	 */
	List<AuditRecord> latest(long surveyId, int limit) {
		return trail.latest(surveyId, limit * 4)
			.stream()
			.filter((line) -> !line.action().startsWith("INSTRUMENT_"))
			.limit(limit)
			.toList();
	}

}
