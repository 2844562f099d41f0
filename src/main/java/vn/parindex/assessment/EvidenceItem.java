package vn.parindex.assessment;

import java.time.Instant;

/**
 * A file attached to a leaf of a sheet as evidence (tài liệu kiểm chứng).
 */
public record EvidenceItem(long id, String leafCode, String fileName, String sha256, EvidenceKind kind, long size,
		Instant uploadedAt, String uploadedBy) {

	public boolean previewable() {
		return kind.previewable();
	}

}
