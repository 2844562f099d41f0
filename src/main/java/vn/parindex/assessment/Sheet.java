package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A unit's scoring sheet (phiếu tự chấm điểm) in a campaign. It guards its life: the unit
 * edits only a draft; only a complete draft is submitted; only a submitted sheet is
 * reopened, with a reason.
 */
final class Sheet {

	private final long id;

	private final long campaignId;

	private final long unitId;

	private SheetStatus status;

	private final Map<String, LeafEntry> entries;

	Sheet(long id, long campaignId, long unitId, SheetStatus status, Map<String, LeafEntry> entries) {
		this.id = id;
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.status = status;
		this.entries = entries;
	}

	long id() {
		return id;
	}

	long campaignId() {
		return campaignId;
	}

	long unitId() {
		return unitId;
	}

	SheetStatus status() {
		return status;
	}

	Map<String, LeafEntry> entries() {
		return Map.copyOf(entries);
	}

	LeafEntry entry(String leafCode) {
		return entries.getOrDefault(leafCode, LeafEntry.empty(leafCode));
	}

	/** Replaces one leaf's entry; only while the unit may still edit. */
	void put(LeafEntry entry) {
		requireDraft();
		entries.put(entry.leafCode(), entry);
	}

	void submit(List<SheetTotals.Blocker> blockers) {
		requireDraft();
		if (!blockers.isEmpty()) {
			throw new AssessmentException(HttpStatus.CONFLICT, "assessment.error.incomplete", blockers.size());
		}
		status = SheetStatus.SUBMITTED;
	}

	void reopen(String reason) {
		if (status != SheetStatus.SUBMITTED) {
			throw new AssessmentException(HttpStatus.CONFLICT, "assessment.error.notSubmitted");
		}
		if (reason == null || reason.isBlank()) {
			throw new AssessmentException(HttpStatus.BAD_REQUEST, "assessment.error.reasonRequired");
		}
		status = SheetStatus.DRAFT;
	}

	void requireDraft() {
		if (status != SheetStatus.DRAFT) {
			throw new AssessmentException(HttpStatus.CONFLICT, "assessment.error.locked", status);
		}
	}

}
