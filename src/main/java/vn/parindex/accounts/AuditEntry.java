package vn.parindex.accounts;

import java.time.Instant;

/**
 * One line of the security audit log: who did what to whom, when, from where.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String target, String detail,
		String remoteAddress) {
}
