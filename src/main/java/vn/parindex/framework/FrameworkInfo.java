package vn.parindex.framework;

import java.time.Instant;

/**
 * A framework as lists show it, with the totals a secretariat checks.
 */
public record FrameworkInfo(long id, FrameworkSettings settings, FrameworkStatus status, Long copiedFromId,
		Instant updatedAt, FrameworkSummary summary) {

	public String name() {
		return settings.name();
	}

	public int year() {
		return settings.year();
	}

	public boolean editable() {
		return status == FrameworkStatus.DRAFT;
	}

}
