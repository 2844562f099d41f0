package vn.parindex.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.audit.AuditChange;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the device key of every survey that has closed, so that the keyed hashes of the
 * "one device, many responses" flag can never be reversed afterwards; each erasure is
 * recorded as {@code DEVICE_KEY_ERASED}. Runs every hour
 * ({@code parindex.survey.device-key-cron}), Vietnam's time deciding when a survey has
 * closed. Idempotent, and safe on several nodes: one update clears the keys, and a survey
 * whose key another node has just erased no longer matches it, so it is recorded once.
 */
@Component
class DeviceKeyJob {

	static final String ACTOR = "system";

	private static final Logger log = LoggerFactory.getLogger(DeviceKeyJob.class);

	private final SurveyRoundStore rounds;

	private final SurveyTrail trail;

	private final Clock clock;

	DeviceKeyJob(SurveyRoundStore rounds, SurveyTrail trail, Clock clock) {
		this.rounds = rounds;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Erases the keys of the surveys closed before today.
	 * @return how many keys this call erased
	 */
	@Scheduled(cron = "${parindex.survey.device-key-cron:0 1 * * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int run() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Survey.ZONE);
		List<SurveyRoundStore.Erased> erased = rounds.eraseDeviceKeysClosedBefore(today);
		trail.record(erased.stream()
			.map((e) -> AuditChange.of(e.surveyId(), ACTOR, SurveyTrail.DEVICE_KEY_ERASED)
				.scope(e.campaignId())
				.values(null, e.closedOn().toString()))
			.toList());
		if (!erased.isEmpty()) {
			log.info("Erased the device keys of {} closed surveys", erased.size());
		}
		return erased.size();
	}

}
