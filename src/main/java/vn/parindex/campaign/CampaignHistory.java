package vn.parindex.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of campaigns, written in the same transaction as the change it records.
 */
@Component
class CampaignHistory {

	static final String CREATED = "CREATED";

	static final String UNITS_CHANGED = "UNITS_CHANGED";

	static final String DATES_CHANGED = "DATES_CHANGED";

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long campaignId, String actor, String action, String detail) {
		jdbc.sql("""
				insert into campaign_event (campaign_id, occurred_at, actor, action, detail)
				values (:campaign, :at, :actor, :action, :detail)
				""")
			.param("campaign", campaignId)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	List<CampaignEvent> of(long campaignId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from campaign_event
				where campaign_id = :campaign order by occurred_at desc, id desc
				""")
			.param("campaign", campaignId)
			.query((rs, n) -> new CampaignEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail")))
			.list();
	}

}
