package vn.parindex.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds units that have not submitted their self-assessment, N days before its deadline
 * ({@code parindex.campaign.reminder-days}, default 7, 3 and 1). Runs daily on one node
 * only: whichever takes a PostgreSQL advisory lock for the length of its transaction; the
 * others find it taken and do nothing.
 */
@Component
class ReminderJob {

	/** The advisory lock's key, unique to this job. */
	static final long LOCK = 0x50_41_52_52_45_4dL;

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final JdbcClient jdbc;

	private final CampaignCatalog catalog;

	private final SubmissionStatus submissions;

	private final Reminders reminders;

	private final Clock clock;

	private final Set<Integer> days;

	ReminderJob(JdbcClient jdbc, CampaignCatalog catalog, SubmissionStatus submissions, Reminders reminders,
			Clock clock, @Value("${parindex.campaign.reminder-days:7,3,1}") Set<Integer> days) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.submissions = submissions;
		this.reminders = reminders;
		this.clock = clock;
		this.days = Set.copyOf(days);
	}

	/**
	 * Sends today's reminders, unless another node is doing so.
	 * @return how many notices were new; 0 when another node holds the lock
	 */
	@Scheduled(cron = "${parindex.campaign.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int run() {
		if (!Boolean.TRUE.equals(
				jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single())) {
			log.info("Reminders are being sent by another node");
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		Map<Long, List<UserView>> recipients = reminders.recipients();
		int sent = catalog.list().stream().mapToInt((campaign) -> remind(campaign, today, recipients)).sum();
		log.info("Reminders for {}: {} new notices", today, sent);
		return sent;
	}

	private int remind(CampaignView campaign, LocalDate today, Map<Long, List<UserView>> recipients) {
		int daysLeft = campaign.daysToDeadline(Phase.SELF_ASSESSMENT, today).map(Long::intValue).orElse(-1);
		if (!days.contains(daysLeft)) {
			return 0;
		}
		int sent = 0;
		for (long unitId : submissions.unitsNotSubmitted(campaign.id())) {
			if (campaign.includes(unitId)) {
				sent += reminders.deliver(new Reminder(campaign, unitId, daysLeft),
						recipients.getOrDefault(unitId, List.of()));
			}
		}
		return sent;
	}

}
