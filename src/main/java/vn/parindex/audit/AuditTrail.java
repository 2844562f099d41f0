package vn.parindex.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One module's audit table: written in the caller's transaction, so that a change and its
 * line commit together or not at all; read newest first. Obtained from
 * {@link AuditTrails#trail}.
 */
public final class AuditTrail {

	static final String COLUMNS = "id, subject_id, scope_id, item, occurred_at, actor, action, old_value, new_value, "
			+ "reason, remote_address";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final String table;

	private final String labels;

	private final Set<String> shown;

	AuditTrail(NamedParameterJdbcTemplate jdbc, Clock clock, String table, String labels, Set<String> shown) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.table = table;
		this.labels = labels;
		this.shown = shown;
	}

	public void record(AuditChange change) {
		record(List.of(change));
	}

	public void record(List<AuditChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		String address = remoteAddress();
		jdbc.batchUpdate("insert into " + table + """
				 (subject_id, scope_id, item, occurred_at, actor, action, old_value, new_value, reason, remote_address)
				values (:subject, :scope, :item, :at, :actor, :action, :old, :new, :reason, :address)
				""",
				changes.stream().map((change) -> parameters(change, now, address)).toArray(SqlParameterSource[]::new));
	}

	/** The subject's whole trail, newest first. */
	public List<AuditRecord> of(long subjectId) {
		return jdbc.query(
				"select " + COLUMNS + " from " + table
						+ " where subject_id = :subject order by occurred_at desc, id desc",
				Map.of("subject", subjectId), this::map);
	}

	/**
	 * The subject's newest lines; enough for a page, not the whole history of a busy
	 * subject.
	 */
	public List<AuditRecord> latest(long subjectId, int limit) {
		return jdbc.query(
				"select " + COLUMNS + " from " + table
						+ " where subject_id = :subject order by occurred_at desc, id desc limit :limit",
				Map.of("subject", subjectId, "limit", limit), this::map);
	}

	/** The subject's lines within one scope (a unit's in one campaign), newest first. */
	public List<AuditRecord> ofSubjectInScope(long subjectId, long scopeId) {
		return jdbc.query(
				"select " + COLUMNS + " from " + table
						+ " where subject_id = :subject and scope_id = :scope order by occurred_at desc, id desc",
				Map.of("subject", subjectId, "scope", scopeId), this::map);
	}

	String module() {
		return table.substring(0, table.indexOf('_'));
	}

	String table() {
		return table;
	}

	String labels() {
		return labels;
	}

	/**
	 * The actions the administrator's audit view shows; the rest stay on the subject's
	 * page.
	 */
	Set<String> shown() {
		return shown;
	}

	private AuditRecord map(ResultSet rs, int row) throws SQLException {
		return read(rs, module(), labels);
	}

	static AuditRecord read(ResultSet rs, String module, String labels) throws SQLException {
		String action = rs.getString("action");
		return new AuditRecord(rs.getLong("id"), module, labels + "." + action, rs.getObject("subject_id", Long.class),
				rs.getObject("scope_id", Long.class), rs.getString("item"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("actor"), action, rs.getString("old_value"), rs.getString("new_value"),
				rs.getString("reason"), rs.getString("remote_address"));
	}

	private static MapSqlParameterSource parameters(AuditChange change, Timestamp at, String address) {
		return new MapSqlParameterSource().addValue("subject", change.subjectId())
			.addValue("scope", change.scopeId())
			.addValue("item", change.item())
			.addValue("at", at)
			.addValue("actor", change.actor())
			.addValue("action", change.action())
			.addValue("old", change.oldValue())
			.addValue("new", change.newValue())
			.addValue("reason", change.reason())
			.addValue("address", address);
	}

	private static String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
