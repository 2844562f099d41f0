package vn.parindex.appraisal;

import java.time.Instant;

/**
 * An appraiser (thẩm định viên) assigned by the secretariat to one unit's whole sheet
 * ({@code unitId}) or to one area ({@code areaCode}) across the campaign's units.
 */
public record Assignment(long id, long campaignId, String appraiser, Long unitId, String areaCode, Instant assignedAt,
		String assignedBy) {

	/** When it was assigned, in Vietnam. */
	public java.time.LocalDateTime assignedLocal() {
		return java.time.LocalDateTime.ofInstant(assignedAt, vn.parindex.campaign.PhaseDates.ZONE);
	}

	public boolean wholeSheet() {
		return unitId != null;
	}

}
