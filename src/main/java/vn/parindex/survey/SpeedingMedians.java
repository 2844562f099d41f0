package vn.parindex.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The median time of a survey's responses so far, for the "speeding" flag: read again at
 * most every {@link #REFRESH_NANOS} per survey (one aggregate over the survey's
 * responses), never per submission. Until a survey has {@link #MIN_RESPONSES} responses
 * with a duration, nobody is flagged: a median of a few is no yardstick.
 */
@Component
class SpeedingMedians {

	static final int MIN_RESPONSES = 20;

	static final long REFRESH_NANOS = 5_000_000_000L;

	private final JdbcTemplate jdbc;

	private final Map<Long, Estimate> estimates = new ConcurrentHashMap<>();

	SpeedingMedians(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a response that took {@code seconds} was answered too fast. */
	boolean speeding(Survey survey, Integer seconds) {
		if (seconds == null) {
			return false;
		}
		Estimate estimate = estimate(survey.id());
		return estimate.count() >= MIN_RESPONSES && seconds < survey.speedingShare().doubleValue() * estimate.median();
	}

	Estimate estimate(long surveyId) {
		long now = System.nanoTime();
		Estimate known = estimates.get(surveyId);
		if (known != null && now - known.readAt() < REFRESH_NANOS) {
			return known;
		}
		Estimate read = jdbc.queryForObject(
				"""
						select count(duration_seconds), coalesce(percentile_cont(0.5) within group (order by duration_seconds), 0)
						from survey_response where survey_id = ? and duration_seconds is not null""",
				(rs, n) -> new Estimate(rs.getLong(1), rs.getDouble(2), now), surveyId);
		estimates.put(surveyId, read);
		return read;
	}

	/** Forgets what was read, so that the next question reads again (tests). */
	void forget(long surveyId) {
		estimates.remove(surveyId);
	}

	record Estimate(long count, double median, long readAt) {
	}

}
