package vn.parindex.appraisal;

import vn.parindex.assessment.SheetStatus;
import vn.parindex.units.UnitView;

/**
 * A sheet a bulk finalisation looked at, and why it would be skipped.
 *
 * @param undecided the self-scored leaves still waiting for the council's decision
 * @param skipReason a message key, {@code null} when the sheet is finalised
 */
record FinalisationCandidate(UnitView unit, SheetStatus status, int undecided, String skipReason) {

	public boolean eligible() {
		return skipReason == null;
	}

}
