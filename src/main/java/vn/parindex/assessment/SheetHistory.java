package vn.parindex.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sheet's audit trail, written in the transaction of the change it records.
 */
@Component
class SheetHistory {

	private final JdbcClient jdbc;

	private final Clock clock;

	SheetHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long sheetId, String leafCode, String actor, String action, String oldValue, String newValue,
			String reason) {
		jdbc.sql(
				"""
						insert into assessment_event (sheet_id, leaf_code, occurred_at, actor, action, old_value, new_value, reason)
						values (:sheet, :leaf, :at, :actor, :action, :old, :new, :reason)
						""")
			.param("sheet", sheetId)
			.param("leaf", leafCode)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("old", oldValue)
			.param("new", newValue)
			.param("reason", reason)
			.update();
	}

	List<SheetEvent> of(long sheetId) {
		return jdbc.sql("""
				select leaf_code, occurred_at, actor, action, old_value, new_value, reason from assessment_event
				where sheet_id = :sheet order by occurred_at desc, id desc
				""")
			.param("sheet", sheetId)
			.query((rs, n) -> new SheetEvent(rs.getString("leaf_code"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("old_value"), rs.getString("new_value"),
					rs.getString("reason")))
			.list();
	}

}
