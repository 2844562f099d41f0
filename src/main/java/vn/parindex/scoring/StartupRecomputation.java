package vn.parindex.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes, at start-up, the results of every campaign that has none or whose units
 * changed since: after the demo data (orders 10–30), so that the demo opens with results.
 */
@Component
@Order(100)
class StartupRecomputation implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupRecomputation.class);

	private final CampaignCatalog campaigns;

	private final Recomputation recomputation;

	StartupRecomputation(CampaignCatalog campaigns, Recomputation recomputation) {
		this.campaigns = campaigns;
		this.recomputation = recomputation;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		for (CampaignView campaign : campaigns.list()) {
			try {
				if (recomputation.stale(campaign.id())) {
					recomputation.full(campaign.id());
					log.info("Computed the results of campaign {} ({} units)", campaign.id(),
							campaign.unitIds().size());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not compute the results of campaign {}", campaign.id(), ex);
			}
		}
	}

}
