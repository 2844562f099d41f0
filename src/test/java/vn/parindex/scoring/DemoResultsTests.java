package vn.parindex.scoring;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.units.UnitCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo opens with results. Same configuration as the system module's demo tests, so
 * the demo context is shared.
 */
@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoResultsTests {

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	UnitCatalog units;

	@Autowired
	Recomputation recomputation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoCampaignHasCurrentResults() {
		assertThat(campaigns.list()).isNotEmpty().allSatisfy((campaign) -> {
			assertThat(recomputation.stale(campaign.id())).isFalse();
			assertThat(recomputation.stored(campaign.id())).get()
				.satisfies((stored) -> assertThat(stored.unitsCount()).isEqualTo(campaign.unitIds().size()));
		});
	}

	@Test
	void theSubmittedDemoSheetLeadsTheRanking() {
		CampaignView campaign = campaigns.list()
			.stream()
			.filter((c) -> c.includes(units.byCode("HCM").orElseThrow().id()))
			.findFirst()
			.orElseThrow();
		Integer rank = jdbc.sql("select rank from scoring_unit_result where campaign_id = :c and unit_id = :u")
			.param("c", campaign.id())
			.param("u", units.byCode("HCM").orElseThrow().id())
			.query(Integer.class)
			.single();
		assertThat(rank).isEqualTo(1);
	}

}
