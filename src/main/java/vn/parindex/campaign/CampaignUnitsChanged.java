package vn.parindex.campaign;

import java.util.Set;

/**
 * A campaign's participants changed: who joined and who left. Published by the campaign
 * when it is saved, inside that transaction.
 */
public record CampaignUnitsChanged(long campaignId, Set<Long> added, Set<Long> removed) {

	public CampaignUnitsChanged {
		added = Set.copyOf(added);
		removed = Set.copyOf(removed);
	}

}
