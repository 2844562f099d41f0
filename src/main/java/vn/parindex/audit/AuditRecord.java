package vn.parindex.audit;

import java.time.Instant;

/**
 * One line of an audit trail as stored: the {@link AuditChange} with when and from which
 * address, the module whose trail holds it, and {@code label}, the message key naming its
 * action.
 */
public record AuditRecord(long id, String module, String label, Long subjectId, Long scopeId, String item,
		Instant occurredAt, String actor, String action, String oldValue, String newValue, String reason,
		String remoteAddress) {

}
