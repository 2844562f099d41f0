package vn.parindex.framework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of frameworks, written in the same transaction as the change it
 * records.
 */
@Component
class FrameworkHistory {

	private final JdbcClient jdbc;

	private final Clock clock;

	FrameworkHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long frameworkId, String actor, String action, String detail) {
		jdbc.sql("""
				insert into framework_event (framework_id, occurred_at, actor, action, detail)
				values (:framework, :at, :actor, :action, :detail)
				""")
			.param("framework", frameworkId)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	List<FrameworkEvent> of(long frameworkId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from framework_event
				where framework_id = :framework order by occurred_at desc, id desc
				""")
			.param("framework", frameworkId)
			.query((rs, n) -> new FrameworkEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail")))
			.list();
	}

}
