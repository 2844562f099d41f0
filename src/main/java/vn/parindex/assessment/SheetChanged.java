package vn.parindex.assessment;

/**
 * A sheet's points, claims, appraisal or status changed, inside the transaction that
 * changed it. Published once per changed leaf or status: listeners that recompute should
 * gather the units of one transaction and work once.
 */
public record SheetChanged(long campaignId, long unitId, SheetStatus status) {
}
