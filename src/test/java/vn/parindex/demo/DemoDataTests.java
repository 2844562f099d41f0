package vn.parindex.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.ProgressBoard;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkInfo;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSummary;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.Rule;
import vn.parindex.framework.RuleKind;
import vn.parindex.statistics.IndicatorStore;
import vn.parindex.units.UnitCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTests {

	@Nested
	@SpringBootTest(properties = "parindex.test.database=parindex_demo")
	@ContextConfiguration(initializers = SharedTestDatabase.class)
	@ActiveProfiles("demo")
	class WithTheDemoProfile {

		@Autowired
		AccountService accounts;

		@Autowired
		UnitCatalog units;

		@Autowired
		DemoData demo;

		@Autowired
		DemoFrameworks demoFrameworks;

		@Autowired
		CampaignCatalog campaigns;

		@Autowired
		ProgressBoard progress;

		@Autowired
		FrameworkCatalog frameworks;

		@Test
		void thereIsOneDemoAccountPerRoleAndSomeUnits() {
			Set<Role> roles = accounts.list(null)
				.stream()
				.filter((user) -> !user.username().equals("admin"))
				.flatMap((user) -> user.roles().stream())
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			assertThat(roles).containsExactlyInAnyOrder(Role.values());
			assertThat(accounts.list(null)).allSatisfy((user) -> assertThat(user.enabled()).isTrue());
			assertThat(units.byCode("HN")).isPresent();
		}

		@Test
		void theIllustrativeProvincialFrameworkHasTheShapeOfThe2022Scheme() {
			FrameworkInfo provincial = frameworks.list()
				.stream()
				.filter((f) -> f.name().equals(DemoFrameworks.PROVINCIAL))
				.findFirst()
				.orElseThrow();
			FrameworkSummary summary = provincial.summary();
			assertThat(summary.areas()).isEqualTo(8);
			assertThat(summary.maxPoints()).isEqualByComparingTo("100");
			assertThat(summary.partMaxPoints().get("Thẩm định")).isEqualByComparingTo("61.5");
			assertThat(summary.partMaxPoints().get("Tác động")).isEqualByComparingTo("38.5");
			assertThat(frameworks.list()).extracting(FrameworkInfo::name).contains(DemoFrameworks.INTERNAL);
		}

		@Autowired
		IndicatorStore indicators;

		@Test
		void everyStatisticLeafOfTheDemoNamesBuiltInIndicators() {
			List<FrameworkNode> leaves = new ArrayList<>();
			for (List<FrameworkNode> nodes : List.of(DemoFrameworks.provincial(), DemoFrameworks.internal())) {
				FrameworkTree tree = FrameworkTree.of(nodes);
				tree.leaves().stream().filter((leaf) -> leaf.source() == Source.STATISTIC).forEach(leaves::add);
			}
			assertThat(leaves).hasSize(12).anySatisfy((leaf) -> assertThat(leaf.rule()).isEqualTo(RuleKind.FORMULA));
			for (FrameworkNode leaf : leaves) {
				Rule rule = Rule.parse(leaf.rule(), leaf.ruleParams(), leaf.maxPoints());
				assertThat(rule.indicators()).as(leaf.code()).isNotEmpty();
				assertThat(rule.indicators().values()).as(leaf.code())
					.allSatisfy((code) -> assertThat(indicators.byCode(code)).isPresent()
						.hasValueSatisfying((indicator) -> assertThat(indicator.builtIn()).isTrue()));
			}
		}

		@Test
		void theDemoCampaignHasUnitsInEveryStatusOfSelfAssessment() {
			CampaignView campaign = campaigns.list()
				.stream()
				.filter((c) -> c.name().equals(DemoCampaigns.NAME))
				.findFirst()
				.orElseThrow();
			java.util.Map<String, String> statuses = new java.util.HashMap<>();
			progress.rows(campaign.id()).forEach((row) -> statuses.put(row.unitCode(), row.status()));
			assertThat(statuses).containsEntry("HCM", "SUBMITTED")
				.containsEntry("DNG", "DRAFT")
				.containsEntry("HN", "DRAFT")
				.containsEntry("CT", "DRAFT")
				.containsEntry("HP", "NOT_STARTED");
		}

		@Test
		void runningAgainChangesNothing() throws Exception {
			int before = accounts.list(null).size();
			int frameworksBefore = frameworks.list().size();
			demo.run(null);
			demoFrameworks.run(null);
			assertThat(accounts.list(null)).hasSize(before);
			assertThat(frameworks.list()).hasSize(frameworksBefore);
		}

	}

	@Nested
	@SpringBootTest(properties = "parindex.test.database=parindex_plain")
	@ContextConfiguration(initializers = SharedTestDatabase.class)
	class WithoutTheDemoProfile {

		@Autowired
		AccountService accounts;

		@Autowired
		FrameworkCatalog frameworks;

		@Autowired
		UnitCatalog units;

		@Test
		void onlyTheAdministratorExists() {
			assertThat(accounts.list(null)).extracting(UserView::username).containsExactly("admin");
			assertThat(units.all()).isEmpty();
			assertThat(frameworks.list()).isEmpty();
		}

	}

}
