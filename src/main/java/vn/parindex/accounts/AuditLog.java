package vn.parindex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit log (nhật ký): logins, failed logins, lockouts and every account
 * change.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records in the caller's transaction, so that an account change and its audit line
	 * commit together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(String actor, AuditAction action, String target, String detail) {
		insert(actor, action, target, detail);
	}

	/** Records on its own, for events with no surrounding change (a failed login). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordAlone(String actor, AuditAction action, String target, String detail) {
		insert(actor, action, target, detail);
	}

	private void insert(String actor, AuditAction action, String target, String detail) {
		jdbc.sql("""
				insert into accounts_audit_event (occurred_at, actor, action, target, detail, remote_address)
				values (:at, :actor, :action, :target, :detail, :address)
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action.name())
			.param("target", target)
			.param("detail", detail)
			.param("address", remoteAddress())
			.update();
	}

	private static String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

	/**
	 * The newest entries first, optionally only those whose actor or target contains the
	 * given text.
	 */
	@Transactional(readOnly = true)
	public AuditPage find(String text, AuditAction action, int page, int size) {
		String like = (text == null || text.isBlank()) ? null : "%" + text.trim().toLowerCase() + "%";
		String where = """
				where (cast(:like as text) is null or lower(actor) like :like or lower(coalesce(target, '')) like :like)
				  and (cast(:action as text) is null or action = :action)
				""";
		String actionName = (action != null) ? action.name() : null;
		long total = jdbc.sql("select count(*) from accounts_audit_event " + where)
			.param("like", like)
			.param("action", actionName)
			.query(Long.class)
			.single();
		List<AuditEntry> entries = jdbc
			.sql("select id, occurred_at, actor, action, target, detail, remote_address from accounts_audit_event "
					+ where + " order by occurred_at desc, id desc limit :size offset :offset")
			.param("like", like)
			.param("action", actionName)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
					rs.getString("detail"), rs.getString("remote_address")))
			.list();
		return new AuditPage(entries, page, size, total);
	}

}
