package vn.parindex.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import vn.parindex.audit.AuditTrails;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The statistics module's audit trail ({@code statistic_event}, V71): every change a
 * person or an API client makes to indicators and observations, written in the caller's
 * transaction. It has the one shape of the audit module's trails, so that the
 * administrator's audit search finds it, plus the campaign, unit and indicator each line
 * is about, so that a unit's or an indicator's lines are found without parsing texts.
 */
@Component
public class StatisticTrail {

	public static final String INDICATOR_CREATED = "INDICATOR_CREATED";

	public static final String INDICATOR_CHANGED = "INDICATOR_CHANGED";

	public static final String OBSERVATIONS_RECEIVED = "OBSERVATIONS_RECEIVED";

	public static final String OBSERVATIONS_IMPORTED = "OBSERVATIONS_IMPORTED";

	public static final String OBSERVATION_ENTERED = "OBSERVATION_ENTERED";

	public static final String OBSERVATION_CORRECTED = "OBSERVATION_CORRECTED";

	private static final List<String> SHOWN = List.of(INDICATOR_CREATED, INDICATOR_CHANGED, OBSERVATIONS_RECEIVED,
			OBSERVATIONS_IMPORTED, OBSERVATION_ENTERED, OBSERVATION_CORRECTED);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StatisticTrail(JdbcTemplate jdbc, Clock clock, AuditTrails trails) {
		this.jdbc = jdbc;
		this.clock = clock;
		trails.trail("statistic_event", "statistics.event", SHOWN);
	}

	public void record(StatisticEvent event) {
		jdbc.update("""
				insert into statistic_event (subject_id, scope_id, item, occurred_at, actor, action, old_value,
				                             new_value, reason, remote_address, campaign_id, unit_id, indicator_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.subjectId(), event.campaignId(),
				shorten(event.item(), 200), Timestamp.from(clock.instant()), event.actor(), event.action(),
				event.oldValue(), event.newValue(), event.reason(), remoteAddress(), event.campaignId(), event.unitId(),
				event.indicatorId());
	}

	private static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
