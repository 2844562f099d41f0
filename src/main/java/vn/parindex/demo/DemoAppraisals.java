package vn.parindex.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.DecisionRequest;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative appraisal (minh họa) in the demo campaign: the appraiser {@code thamdinh}
 * is assigned Hồ Chí Minh's submitted sheet and the first area across the campaign, and
 * has accepted the first criterion. Runs after the demo self-assessments, and only once.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(40)
class DemoAppraisals implements ApplicationListener<ApplicationReadyEvent> {

	static final String APPRAISER = "thamdinh";

	private static final Logger log = LoggerFactory.getLogger(DemoAppraisals.class);

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final FrameworkCatalog frameworks;

	private final AccountService accounts;

	private final Appraisal appraisal;

	DemoAppraisals(CampaignCatalog campaigns, UnitCatalog units, FrameworkCatalog frameworks, AccountService accounts,
			Appraisal appraisal) {
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
		this.accounts = accounts;
		this.appraisal = appraisal;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		CampaignView campaign = DemoCampaigns.of(campaigns).orElse(null);
		UnitView hcm = units.byCode("HCM").orElse(null);
		if (campaign == null || hcm == null || !accounts.exists(APPRAISER) || !accounts.exists("thuongtruc")
				|| !appraisal.assignments(APPRAISER).isEmpty()) {
			return;
		}
		CurrentUser secretariat = accounts.principal("thuongtruc");
		appraisal.assign(campaign.id(), APPRAISER, hcm.id(), null, secretariat);
		FrameworkNode area = frameworks.get(campaign.frameworkId()).tree().areas().get(0);
		appraisal.assign(campaign.id(), APPRAISER, null, area.code(), secretariat);
		CurrentUser appraiser = accounts.principal(APPRAISER);
		appraisal.acceptable(campaign.id(), hcm.id(), area.code(), appraiser)
			.stream()
			.findFirst()
			.ifPresent(
					(leaf) -> appraisal.decide(campaign.id(), hcm.id(), leaf, DecisionRequest.accepting(), appraiser));
		log.info("Demo appraisal (minh họa) ready in \"{}\": {} appraises {} and area {}", campaign.name(), APPRAISER,
				hcm.name(), area.code());
	}

}
