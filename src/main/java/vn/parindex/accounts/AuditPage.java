package vn.parindex.accounts;

import java.util.List;

/**
 * One page of the audit log.
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
