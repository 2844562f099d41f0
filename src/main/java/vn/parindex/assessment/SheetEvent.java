package vn.parindex.assessment;

import java.time.Instant;

/**
 * One line of a sheet's audit trail: who did what to which leaf (or to the sheet, when
 * {@code leafCode} is {@code null}), when, the old and new value, and why.
 */
public record SheetEvent(String leafCode, Instant occurredAt, String actor, String action, String oldValue,
		String newValue, String reason) {
}
