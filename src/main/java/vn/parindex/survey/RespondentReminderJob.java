package vn.parindex.survey;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails the named respondents who have not answered, N days before their survey closes
 * ({@code parindex.survey.reminder-days}, default 3 and 1), every morning. Safe to run
 * twice and on several nodes at once: each respondent is claimed before she is reminded,
 * at most once a day.
 */
@Component
class RespondentReminderJob {

	private static final Logger log = LoggerFactory.getLogger(RespondentReminderJob.class);

	private final RespondentReminders reminders;

	private final RespondentInvitations invitations;

	private final Set<Integer> days;

	RespondentReminderJob(RespondentReminders reminders, RespondentInvitations invitations,
			@Value("${parindex.survey.reminder-days:3,1}") Set<Integer> days) {
		this.reminders = reminders;
		this.invitations = invitations;
		this.days = Set.copyOf(days);
	}

	/**
	 * @return how many respondents were reminded
	 */
	@Scheduled(cron = "${parindex.survey.reminder-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	public int run() {
		if (!invitations.mailConfigured()) {
			return 0;
		}
		int sent = 0;
		for (Survey survey : reminders.closingIn(days)) {
			sent += reminders.remind(survey.id(), null, null, "system");
		}
		log.info("Survey reminders for {}: {} respondents reminded", reminders.today(), sent);
		return sent;
	}

}
