package vn.parindex.assessment;

import java.time.Instant;

import vn.parindex.audit.AuditRecord;

/**
 * One line of a sheet's audit trail as the API shows it: who did what to which leaf (or
 * to the sheet, when {@code leafCode} is {@code null}), when, the old and new value, and
 * why.
 */
public record SheetEvent(String leafCode, Instant occurredAt, String actor, String action, String oldValue,
		String newValue, String reason) {

	static SheetEvent of(AuditRecord line) {
		return new SheetEvent(line.item(), line.occurredAt(), line.actor(), line.action(), line.oldValue(),
				line.newValue(), line.reason());
	}

}
