package vn.parindex.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Same configuration as {@link DemoDataTests}, so the demo context is shared. */
@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoCampaignsTests {

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	DemoCampaigns demo;

	@Autowired
	Clock clock;

	@Test
	void theDemoCampaignHasTheProvincesAndSelfAssessmentDueInTenDays() {
		CampaignView campaign = demoCampaign();
		assertThat(campaign.unitIds()).hasSize(34);
		assertThat(frameworks.get(campaign.frameworkId()).info().status()).isEqualTo(FrameworkStatus.ACTIVE);
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		assertThat(campaign.daysToDeadline(Phase.SELF_ASSESSMENT, today)).contains(10L);
		assertThat(campaign.phases()).hasSize(Phase.values().length);
	}

	@Test
	void runningAgainAddsNothing() {
		int before = campaigns.list().size();
		demo.onApplicationEvent(null);
		assertThat(campaigns.list()).hasSize(before);
		assertThat(demoCampaign()).isNotNull();
	}

	private CampaignView demoCampaign() {
		return campaigns.list()
			.stream()
			.filter((campaign) -> campaign.name().equals(DemoCampaigns.NAME))
			.findFirst()
			.orElseThrow();
	}

}
