package vn.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds named respondents who have not answered, by e-mail, at most once a day (Asia/Ho
 * Chi Minh). Only digests of tokens are stored, so a reminder cannot repeat her link: one
 * whose token is unused gets a new link (the old one is revoked); one who has started her
 * draft keeps her link and is told to go on with it. Each respondent is claimed, reminded
 * and, if the e-mail fails, released in her own transaction: on two nodes at once, each
 * respondent is reminded once.
 */
@Component
class RespondentReminders {

	private final SurveyStore surveys;

	private final RespondentStore respondents;

	private final RespondentImport renewals;

	private final RespondentInvitations invitations;

	private final SurveyTrail trail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RespondentReminders(SurveyStore surveys, RespondentStore respondents, RespondentImport renewals,
			RespondentInvitations invitations, SurveyTrail trail, TransactionTemplate transactions, Clock clock) {
		this.surveys = surveys;
		this.respondents = respondents;
		this.renewals = renewals;
		this.invitations = invitations;
		this.trail = trail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Reminds the survey's respondents (of one unit and group, when given) who have not
	 * answered and were not reminded today.
	 * @return how many were reminded
	 * @throws Refusal 409 when no e-mail can be sent or the survey is not open
	 */
	int remind(long surveyId, Long unitId, String group, String actor) {
		Survey survey = surveys.get(surveyId);
		if (!invitations.mailConfigured()) {
			throw Refusal.conflict("survey.respondents.error.noMail");
		}
		if (survey.phase(today()) != Survey.Phase.OPEN) {
			throw Refusal.conflict("survey.respondents.error.notOpen", survey.name());
		}
		int sent = 0;
		Instant startOfDay = today().atStartOfDay(Survey.ZONE).toInstant();
		for (long id : respondents.dueForReminder(surveyId, unitId, group, startOfDay)) {
			if (remindOne(survey, id, startOfDay)) {
				sent++;
			}
		}
		if (sent > 0) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.REMINDERS_SENT)
				.scope(survey.campaignId())
				.values(null, String.valueOf(sent)));
		}
		return sent;
	}

	private boolean remindOne(Survey survey, long id, Instant notSince) {
		Boolean sent = transactions.execute((status) -> {
			Optional<NamedRespondent> claimed = respondents.claimReminder(survey.id(), id, notSince, clock.instant());
			if (claimed.isEmpty()) {
				return false;
			}
			NamedRespondent respondent = claimed.get();
			boolean delivered;
			if (respondent.tokenState() == Token.State.NEW) {
				delivered = invitations.send(renewals.replaceToken(survey, respondent),
						RespondentInvitations.Kind.REMINDER);
			}
			else {
				delivered = invitations.send(new RespondentInvitations.Invitation(respondent, survey, "", null),
						RespondentInvitations.Kind.REMINDER_WITHOUT_LINK);
			}
			if (!delivered) {
				// her letter's link stays hers and she will be tried again
				status.setRollbackOnly();
			}
			return delivered;
		});
		return Boolean.TRUE.equals(sent);
	}

	/** The open surveys that close in one of the given numbers of days. */
	List<Survey> closingIn(java.util.Set<Integer> days) {
		LocalDate today = today();
		return respondents.surveysClosingOn(days.stream().map(today::plusDays).toList())
			.stream()
			.map(surveys::get)
			.filter((survey) -> survey.phase(today) == Survey.Phase.OPEN)
			.toList();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

}
