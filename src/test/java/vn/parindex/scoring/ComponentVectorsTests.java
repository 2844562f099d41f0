package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's components are stored as one row, their codes once per campaign: they read
 * back as the rows they stand for, and results stored for other components (another
 * framework version) are recomputed in full, not patched unit by unit.
 */
@IntegrationTest
class ComponentVectorsTests {

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResultQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theComponentsReadBackAsTheRowsTheyStandFor() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		List<StoredComponent> read = queries.components(campaign, unit);
		List<StoredComponent> rows = jdbc.sql("""
				select * from scoring_component_result where campaign_id = :c and unit_id = :u order by kind, position
				""")
			.param("c", campaign)
			.param("u", unit)
			.query((rs, n) -> new StoredComponent(rs.getLong("unit_id"), rs.getString("kind"), rs.getInt("position"),
					rs.getString("code"), rs.getBigDecimal("self_points"), rs.getBigDecimal("self_max"),
					rs.getBigDecimal("appraised_points"), rs.getBigDecimal("appraised_max"), rs.getInt("self_no_data"),
					rs.getInt("appraised_no_data"), rs.getBoolean("waits_for_data")))
			.list();
		assertThat(read).isEqualTo(rows).extracting(StoredComponent::code).startsWith("1", "2");
		assertThat(read).filteredOn((component) -> component.code().equals("1")).singleElement().satisfies((area) -> {
			assertThat(area.selfPoints()).isEqualByComparingTo("7");
			assertThat(area.selfMax()).isEqualByComparingTo("8");
		});
		assertThat(queries.components(campaign, List.of("2"), List.of(unit, scene.other().id())))
			.containsOnlyKeys(unit, scene.other().id())
			.allSatisfy(
					(id, components) -> assertThat(components).extracting(StoredComponent::code).containsExactly("2"));
	}

	@Test
	void resultsStoredForOtherComponentsAreRecomputedInFull() {
		SheetFixture.Scene scene = fixture.scene();
		long campaign = scene.campaign();
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		assessment.enter(campaign, scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("3")), officer);
		List<String> codes = queries.campaign(campaign).orElseThrow().components();
		// as if stored from an earlier version of the framework, with other components
		jdbc.sql("update scoring_campaign_result set components = '{9,9.1}' where campaign_id = :c")
			.param("c", campaign)
			.update();
		jdbc.sql("update scoring_unit_components set figures = '1,1,1,1,0,0' where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", scene.other().id())
			.update();
		assessment.enter(campaign, scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("4")), officer);
		assertThat(queries.campaign(campaign).orElseThrow().components()).isEqualTo(codes);
		assertThat(queries.components(campaign, scene.other().id())).extracting(StoredComponent::code)
			.containsAll(codes);
		assertThat(queries.components(campaign, scene.unit().id())).filteredOn((c) -> c.code().equals("1"))
			.singleElement()
			.extracting(StoredComponent::selfPoints)
			.satisfies((points) -> assertThat(points).isEqualByComparingTo("4"));
	}

	@Test
	void totalsKeptInMemoryServeOnlyWhileTheStoredStampIsTheirs() {
		SheetFixture.Scene scene = fixture.scene();
		long campaign = scene.campaign();
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		assessment.enter(campaign, scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("2")), officer);
		assertThat(rank(campaign, scene.unit().id())).isEqualTo(1);
		// another node's write (or one by hand): other totals and another stamp
		jdbc.sql("update scoring_unit_result set self_points = 10 where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", scene.other().id())
			.update();
		jdbc.sql("update scoring_campaign_result set stamp = 42 where campaign_id = :c").param("c", campaign).update();
		assessment.enter(campaign, scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("3")), officer);
		assertThat(rank(campaign, scene.other().id())).isEqualTo(1);
		assertThat(rank(campaign, scene.unit().id())).isEqualTo(2);
		// and then this node's own last write again
		assessment.enter(campaign, scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("4")), officer);
		assertThat(rank(campaign, scene.other().id())).isEqualTo(1);
		assertThat(rank(campaign, scene.unit().id())).isEqualTo(2);
	}

	private Integer rank(long campaign, long unit) {
		return jdbc.sql("select rank from scoring_unit_result where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", unit)
			.query(Integer.class)
			.single();
	}

}
