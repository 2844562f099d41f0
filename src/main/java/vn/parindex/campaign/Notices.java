package vn.parindex.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored notices. A reminder is stored at most once per user, campaign, unit and day
 * offset (a unique constraint), so a job run twice, or on two nodes, never repeats it.
 */
@Component
class Notices {

	/** Separates arguments in one column; it never occurs in names or numbers. */
	private static final String SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	private final Clock clock;

	Notices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether the notice is new (and not a repeat of one already stored)
	 */
	boolean add(long userId, Reminder reminder) {
		return jdbc.sql("""
				insert into campaign_notice
				  (user_id, campaign_id, unit_id, days_before, message_key, arguments, link, created_at)
				values (:user, :campaign, :unit, :days, :key, :arguments, :link, :at)
				on conflict (user_id, campaign_id, unit_id, days_before) do nothing
				""")
			.param("user", userId)
			.param("campaign", reminder.campaignId())
			.param("unit", reminder.unitId())
			.param("days", reminder.daysBefore())
			.param("key", Reminder.MESSAGE)
			.param("arguments", String.join(SEPARATOR, reminder.arguments()))
			.param("link", reminder.link())
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/**
	 * Stores a notice named by a key of its own (see {@link CampaignNotices}).
	 * @return whether it is new, not a repeat of one with the same key for the user
	 */
	boolean add(long userId, long campaignId, long unitId, String messageKey, List<String> arguments, String link,
			String dedupeKey) {
		return jdbc.sql("""
				insert into campaign_notice
				  (user_id, campaign_id, unit_id, message_key, arguments, link, created_at, dedupe_key)
				values (:user, :campaign, :unit, :key, :arguments, :link, :at, :dedupe)
				on conflict (user_id, dedupe_key) where dedupe_key is not null do nothing
				""")
			.param("user", userId)
			.param("campaign", campaignId)
			.param("unit", unitId)
			.param("key", messageKey)
			.param("arguments", String.join(SEPARATOR, arguments))
			.param("link", link)
			.param("at", Timestamp.from(clock.instant()))
			.param("dedupe", dedupeKey)
			.update() == 1;
	}

	long unread(long userId) {
		return jdbc.sql("select count(*) from campaign_notice where user_id = :user and read_at is null")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	/** The user's notices, unread first, newest first; at most 200. */
	List<Notice> of(long userId) {
		return jdbc.sql("""
				select id, message_key, arguments, link, created_at, read_at is not null as read
				from campaign_notice where user_id = :user
				order by read_at is not null, created_at desc, id desc limit 200
				""")
			.param("user", userId)
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("message_key"),
					Arrays.asList(rs.getString("arguments").split(SEPARATOR, -1)), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
			.list();
	}

	/** Marks one of the user's notices read; returns where it points, if it is hers. */
	java.util.Optional<String> read(long userId, long noticeId) {
		return jdbc.sql("""
				update campaign_notice set read_at = coalesce(read_at, :at)
				where id = :id and user_id = :user returning link
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", noticeId)
			.param("user", userId)
			.query(String.class)
			.optional();
	}

	void readAll(long userId) {
		jdbc.sql("update campaign_notice set read_at = :at where user_id = :user and read_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("user", userId)
			.update();
	}

}
