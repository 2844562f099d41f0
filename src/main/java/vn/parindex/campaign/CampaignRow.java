package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.Map;

/**
 * A campaign as the list page shows it.
 *
 * @param current the phase it is in; {@code null} when it has no dates
 */
record CampaignRow(CampaignView campaign, String frameworkName, PhaseStatus current) {

	static CampaignRow of(CampaignView campaign, Map<Long, String> frameworkNames, LocalDate today) {
		return new CampaignRow(campaign,
				frameworkNames.getOrDefault(campaign.frameworkId(), "#" + campaign.frameworkId()),
				PhaseStatus.current(campaign, today).orElse(null));
	}

	/** Public, as every method the templates call. */
	public int units() {
		return campaign.unitIds().size();
	}

}
