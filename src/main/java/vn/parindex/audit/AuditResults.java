package vn.parindex.audit;

import java.util.List;

/**
 * One page of lines found across the trails, newest first, and how many there are in all.
 */
public record AuditResults(List<AuditRecord> records, long total) {
}
