package vn.parindex.appraisal;

/**
 * The council chair finalised the appraisal of a unit's sheet (alone or in a bulk
 * finalisation): its appraised figures are now the official ones. Published inside the
 * finalising transaction, for whoever acts next (notices, publication).
 */
public record AppraisalFinalised(long campaignId, long unitId, String finalisedBy) {
}
