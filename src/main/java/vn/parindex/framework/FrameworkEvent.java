package vn.parindex.framework;

import java.time.Instant;

import vn.parindex.audit.AuditRecord;

/**
 * One line of a framework's history as the API shows it: who changed what, when;
 * {@code detail} names the node changed (and which way it moved) or the new value.
 */
public record FrameworkEvent(Instant occurredAt, String actor, String action, String detail) {

	static FrameworkEvent of(AuditRecord line) {
		String detail = (line.item() == null) ? line.newValue()
				: (line.newValue() == null) ? line.item() : line.item() + " " + line.newValue();
		return new FrameworkEvent(line.occurredAt(), line.actor(), line.action(), detail);
	}

}
