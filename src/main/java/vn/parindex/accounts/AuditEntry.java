package vn.parindex.accounts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.parindex.audit.AuditRecord;

/**
 * One line of the audit log: who did what to whom, when, from where. Account events carry
 * their detail; the workflow events of the other modules ({@code module}) their old and
 * new value and reason, {@code detail} summing them up. {@code label} is the message key
 * naming the action.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, String detail,
		String remoteAddress, String module, @JsonIgnore String label, Long subjectId, Long scopeId, String oldValue,
		String newValue, String reason) {

	static AuditEntry of(AuditRecord line) {
		String detail = (line.oldValue() == null) ? line.newValue()
				: (line.newValue() == null) ? line.oldValue() : line.oldValue() + " → " + line.newValue();
		return new AuditEntry(line.id(), line.occurredAt(), line.actor(), line.action(), line.item(), detail,
				line.remoteAddress(), line.module(), line.label(), line.subjectId(), line.scopeId(), line.oldValue(),
				line.newValue(), line.reason());
	}

}
