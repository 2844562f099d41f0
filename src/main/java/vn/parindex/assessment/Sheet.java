package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * A unit's scoring sheet (phiếu tự chấm điểm) in a campaign. It guards its life: the unit
 * edits a draft, and of a sheet returned for explanation only the leaves it was asked
 * about; only a complete draft is submitted; the council appraises a submitted sheet,
 * returns it or finalises it; reopening always needs a reason.
 */
final class Sheet {

	private final long id;

	private final long campaignId;

	private final long unitId;

	private SheetStatus status;

	private final Map<String, LeafEntry> entries;

	private final java.util.Set<String> openLeaves;

	Sheet(long id, long campaignId, long unitId, SheetStatus status, Map<String, LeafEntry> entries,
			java.util.Set<String> openLeaves) {
		this.id = id;
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.status = status;
		this.entries = entries;
		this.openLeaves = new java.util.HashSet<>(openLeaves);
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

	/** The leaves the unit may change while the sheet is returned for explanation. */
	java.util.Set<String> openLeaves() {
		return java.util.Set.copyOf(openLeaves);
	}

	/** Whether the unit may change the leaf now. */
	boolean editable(String leafCode) {
		return status == SheetStatus.DRAFT || (status == SheetStatus.RETURNED && openLeaves.contains(leafCode));
	}

	/** Replaces one leaf's entry; only while the unit may still edit it. */
	void put(LeafEntry entry) {
		requireEditable(entry.leafCode());
		entries.put(entry.leafCode(), entry);
	}

	/**
	 * Records the council's decision on one leaf; only while the sheet is under
	 * appraisal.
	 */
	void appraise(LeafEntry entry) {
		requireStatus(SheetStatus.SUBMITTED);
		entries.put(entry.leafCode(), entry);
	}

	/** The council returns the sheet, opening the leaves it asks about. */
	void returnFor(java.util.Set<String> leafCodes) {
		requireStatus(SheetStatus.SUBMITTED);
		if (leafCodes.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "assessment.error.nothingToExplain");
		}
		openLeaves.clear();
		openLeaves.addAll(leafCodes);
		status = SheetStatus.RETURNED;
	}

	/** The unit sends its explanations back: the open leaves close again. */
	void resubmit() {
		requireStatus(SheetStatus.RETURNED);
		openLeaves.clear();
		status = SheetStatus.SUBMITTED;
	}

	/** The council chair finalises the appraisal: the sheet is locked for everyone. */
	void finalise() {
		requireStatus(SheetStatus.SUBMITTED);
		status = SheetStatus.APPRAISED;
	}

	/** The secretariat reopens a finalised appraisal, saying why. */
	void reopenAppraisal(String reason) {
		requireStatus(SheetStatus.APPRAISED);
		requireReason(reason);
		status = SheetStatus.SUBMITTED;
	}

	void submit(List<SheetTotals.Blocker> blockers) {
		requireDraft();
		if (!blockers.isEmpty()) {
			throw new Refusal(HttpStatus.CONFLICT, "assessment.error.incomplete", blockers.size());
		}
		status = SheetStatus.SUBMITTED;
	}

	void reopen(String reason) {
		if (status != SheetStatus.SUBMITTED) {
			throw new Refusal(HttpStatus.CONFLICT, "assessment.error.notSubmitted");
		}
		requireReason(reason);
		status = SheetStatus.DRAFT;
	}

	void requireDraft() {
		if (status != SheetStatus.DRAFT) {
			throw new Refusal(HttpStatus.CONFLICT, "assessment.error.locked", status);
		}
	}

	void requireEditable(String leafCode) {
		if (!editable(leafCode)) {
			throw new Refusal(HttpStatus.CONFLICT, "assessment.error.locked", status);
		}
	}

	private void requireStatus(SheetStatus expected) {
		if (status != expected) {
			throw new Refusal(HttpStatus.CONFLICT, "assessment.error.wrongStatus", status, expected);
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "assessment.error.reasonRequired");
		}
	}

}
