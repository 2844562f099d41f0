package vn.parindex.demo;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.accounts.AccountService;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.QueueRow;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoAppraisalsTests {

	@Autowired
	DemoAppraisals demo;

	@Autowired
	Appraisal appraisal;

	@Autowired
	AccountService accounts;

	@Autowired
	CampaignCatalog campaigns;

	@Test
	void theDemoAppraiserHasHoChiMinhCitysSheetInHerQueueWithOneDecision() {
		CampaignView campaign = campaigns.list()
			.stream()
			.filter((c) -> c.name().equals(DemoCampaigns.NAME))
			.findFirst()
			.orElseThrow();
		assertThat(appraisal.assignments(DemoAppraisals.APPRAISER)).hasSize(2)
			.allSatisfy((a) -> assertThat(a.campaignId()).isEqualTo(campaign.id()));
		QueueRow hcm = appraisal.queue(accounts.principal(DemoAppraisals.APPRAISER), campaign.id(), null)
			.stream()
			.filter((row) -> row.unit().code().equals("HCM"))
			.findFirst()
			.orElseThrow();
		assertThat(hcm.decided()).isEqualTo(1);
		assertThat(hcm.toDecide()).isGreaterThan(1);
		demo.onApplicationEvent(null);
		assertThat(appraisal.assignments(DemoAppraisals.APPRAISER)).hasSize(2);
	}

}
