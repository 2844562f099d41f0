package vn.parindex.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.appraisal.Assignments;
import vn.parindex.appraisal.DecisionRequest;
import vn.parindex.appraisal.Decisions;
import vn.parindex.appraisal.Review;
import vn.parindex.appraisal.Reviews;
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

	private final Assignments assignments;

	private final Reviews reviews;

	private final Decisions decisions;

	DemoAppraisals(CampaignCatalog campaigns, UnitCatalog units, FrameworkCatalog frameworks, AccountService accounts,
			Assignments assignments, Reviews reviews, Decisions decisions) {
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
		this.accounts = accounts;
		this.assignments = assignments;
		this.reviews = reviews;
		this.decisions = decisions;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		CampaignView campaign = campaigns.list()
			.stream()
			.filter((c) -> c.name().equals(DemoCampaigns.NAME))
			.findFirst()
			.orElse(null);
		UnitView hcm = units.byCode("HCM").orElse(null);
		if (campaign == null || hcm == null || !accounts.exists(APPRAISER) || !accounts.exists("thuongtruc")
				|| !assignments.forAppraiser(APPRAISER).isEmpty()) {
			return;
		}
		CurrentUser secretariat = accounts.principal("thuongtruc");
		assignments.assign(campaign.id(), APPRAISER, hcm.id(), null, secretariat);
		FrameworkNode area = frameworks.get(campaign.frameworkId()).tree().areas().get(0);
		assignments.assign(campaign.id(), APPRAISER, null, area.code(), secretariat);
		CurrentUser appraiser = accounts.principal(APPRAISER);
		Review review = reviews.review(campaign.id(), hcm.id(), appraiser);
		if (review.underAppraisal()) {
			review.remaining(area.code())
				.stream()
				.findFirst()
				.ifPresent((leaf) -> decisions.decide(campaign.id(), hcm.id(), leaf.code(), DecisionRequest.accepting(),
						appraiser));
		}
		log.info("Demo appraisal (minh họa) ready in \"{}\": {} appraises {} and area {}", campaign.name(), APPRAISER,
				hcm.name(), area.code());
	}

}
