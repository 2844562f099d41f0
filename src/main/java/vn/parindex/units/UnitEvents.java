package vn.parindex.units;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import vn.parindex.units.UnitEvent.Action;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units change log ({@code units_event}), written in the transaction of the change it
 * records so that both commit or neither does.
 */
@Component
class UnitEvents {

	private static final String INSERT = """
			insert into units_event (unit_id, occurred_at, actor, action, field, old_value, new_value,
			                         restructuring_id, note)
			values (:unit, :at, :actor, :action, :field, :old, :new, :restructuring, :note)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	UnitEvents(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The events that lead from {@code before} to {@code after}: one per changed field,
	 * or creation when there was nothing before.
	 */
	List<SqlParameterSource> changes(UnitView before, UnitView after, LongFunction<String> codeOf, String actor) {
		List<SqlParameterSource> events = new ArrayList<>();
		if (before == null) {
			events.add(event(after.id(), actor, Action.CREATED, null, null, after.name()));
			return events;
		}
		field(events, after, actor, "name", before.name(), after.name());
		field(events, after, actor, "type", before.type(), after.type());
		field(events, after, actor, "parent", code(before.parentId(), codeOf), code(after.parentId(), codeOf));
		field(events, after, actor, "ranked", yesNo(before.ranked()), yesNo(after.ranked()));
		if (before.active() != after.active()) {
			events.add(
					event(after.id(), actor, after.active() ? Action.ACTIVATED : Action.DEACTIVATED, null, null, null));
		}
		return events;
	}

	SqlParameterSource restructured(long unitId, long restructuringId, String note, String actor) {
		return event(unitId, actor, Action.RESTRUCTURED, null, null, null).addValue("restructuring", restructuringId)
			.addValue("note", note);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(List<SqlParameterSource> events) {
		if (!events.isEmpty()) {
			jdbc.batchUpdate(INSERT, events.toArray(SqlParameterSource[]::new));
		}
	}

	/** The newest first; enough for a page, not the whole history of a busy unit. */
	List<UnitEvent> of(long unitId, int limit) {
		return jdbc.query("""
				select occurred_at, actor, action, field, old_value, new_value, restructuring_id, note
				from units_event where unit_id = :unit order by occurred_at desc, id desc limit :limit
				""", Map.of("unit", unitId, "limit", limit),
				(rs, n) -> new UnitEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
						Action.valueOf(rs.getString("action")), rs.getString("field"), rs.getString("old_value"),
						rs.getString("new_value"), rs.getObject("restructuring_id", Long.class), rs.getString("note")));
	}

	private void field(List<SqlParameterSource> events, UnitView unit, String actor, String field, String before,
			String after) {
		if (!Objects.equals(before, after)) {
			events.add(event(unit.id(), actor, Action.UPDATED, field, before, after));
		}
	}

	private MapSqlParameterSource event(long unitId, String actor, Action action, String field, String oldValue,
			String newValue) {
		return new MapSqlParameterSource().addValue("unit", unitId)
			.addValue("at", Timestamp.from(clock.instant()))
			.addValue("actor", actor)
			.addValue("action", action.name())
			.addValue("field", field)
			.addValue("old", oldValue)
			.addValue("new", newValue)
			.addValue("restructuring", null)
			.addValue("note", null);
	}

	private static String code(Long unitId, LongFunction<String> codeOf) {
		return (unitId != null) ? codeOf.apply(unitId) : null;
	}

	private static String yesNo(boolean value) {
		return value ? "Y" : "N";
	}

}
