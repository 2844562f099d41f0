package vn.parindex.assessment;

/**
 * Where a unit's scoring sheet stands.
 */
public enum SheetStatus {

	/** Being filled in by the unit; "not started" while nothing is entered. */
	DRAFT,
	/** Approved and submitted by the unit's leader: locked for the unit. */
	SUBMITTED,
	/** Sent back by the council for explanation. */
	RETURNED,
	/** Appraisal finished. */
	APPRAISED

}
