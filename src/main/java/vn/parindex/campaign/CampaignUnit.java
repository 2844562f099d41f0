package vn.parindex.campaign;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A participating unit, referred to by id: the units module owns the unit itself.
 */
@Table("campaign_unit")
record CampaignUnit(long unitId) {
}
