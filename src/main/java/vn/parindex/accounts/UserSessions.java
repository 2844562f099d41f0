package vn.parindex.accounts;

import java.util.List;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a user's open sessions when her rights or password change. Sessions live in
 * PostgreSQL (Spring Session JDBC), indexed by principal name, and every node reads a
 * request's session, with its security context, from there: deleting the rows ends them
 * on every node at once. They are deleted once the change is committed, so that signing
 * in again sees the new rights, and the number ended is audited. Nothing keeps a security
 * context per node: each request reads its own from its session row.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final AuditLog audit;

	private final TransactionTemplate separately;

	UserSessions(FindByIndexNameSessionRepository<?> sessions, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.sessions = sessions;
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Ends every session of the user but the one to keep (the user's own, when she
	 * changes her password). Called once the change is committed, outside its
	 * transaction: the repository and the audit line each take a connection of their own
	 * for a moment.
	 * @param keep the id of the session to keep, or {@code null}
	 * @return how many sessions were ended
	 */
	int end(String username, String actor, String keep) {
		List<String> ids = sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.toList();
		ids.forEach(sessions::deleteById);
		if (!ids.isEmpty()) {
			this.separately.executeWithoutResult((status) -> audit.record(actor, AuditAction.SESSIONS_ENDED, username,
					ids.size() + " sessions ended"));
		}
		return ids.size();
	}

}
