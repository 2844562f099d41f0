package vn.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.NewUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.LeafEdit;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.NodeTotal;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetReview;
import vn.parindex.assessment.SheetTotals;
import vn.parindex.assessment.SheetView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One arithmetic: random sheets — self-scored, computed (4 decimals), bonus and penalty
 * leaves within their caps, not-applicable claims on every source, a survey leaf without
 * data, the council's adjustments and verdicts, some appraisals final — go through every
 * place that shows a total (the sheet, the council's review, the chair's review, the
 * stored results and the results API) and an adder written here in plain BigDecimal, and
 * all of them agree.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneArithmeticTests {

	private static final int UNITS = 25;

	private static final int ROUNDS = 8;

	/** Area 1 in part "A", area 2 in part "B", area 9 bonus and penalty. */
	private static final List<FrameworkNode> NODES = List.of(area("1"),
			leaf("1.1", "1", "4", Source.SELF, RuleKind.MANUAL, "step=0.25", "A", null),
			leaf("1.2", "1", "2.5", Source.SELF, RuleKind.MANUAL, "step=0.25", "A", null),
			leaf("1.3", "1", "3", Source.SELF, RuleKind.RATIO_TIERS, "linear", "A", null), area("2"),
			leaf("2.1", "2", "1.75", Source.SELF, RuleKind.MANUAL, "step=0.25", "B", null),
			leaf("2.2", "2", "3", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=5", "B", null),
			leaf("2.3", "2", "2", Source.SELF, RuleKind.MANUAL, "step=0.25", "B", "CUC"), area("9"),
			leaf("9.1", "9", "2", Source.BONUS, RuleKind.MANUAL, "step=0.25", null, null),
			leaf("9.2", "9", "1.5", Source.BONUS, RuleKind.MANUAL, "step=0.25", null, null),
			leaf("9.3", "9", "3", Source.PENALTY, RuleKind.MANUAL, "step=0.25", null, null),
			leaf("9.4", "9", "1", Source.PENALTY, RuleKind.MANUAL, "step=0.25", null, null));

	private static final BigDecimal BONUS_CAP = new BigDecimal("2.5");

	private static final BigDecimal PENALTY_CAP = new BigDecimal("2");

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	UnitCatalog unitCatalog;

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	TestAccounts accounts;

	@Autowired
	vn.parindex.accounts.AccountService accountService;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SheetReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	private long framework;

	private final List<UnitView> units = new ArrayList<>();

	private final Map<Long, CurrentUser> people = new HashMap<>();

	private UserDetails secretariat;

	private UserDetails chair;

	@BeforeAll
	void unitsAndTheirPeople() {
		String suffix = "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
		framework = frameworks.create(
				new FrameworkSettings("Một phép tính" + suffix, 2026, "PROVINCE", BONUS_CAP, PENALTY_CAP), NODES,
				"test");
		for (int i = 0; i < UNITS; i++) {
			UnitView unit = unitCatalog.ensure("MPT" + i + suffix, "Tỉnh một phép tính " + i + suffix, "PROVINCE",
					null);
			units.add(unit);
			UserView person = accountService.create(new NewUser("mpt-" + i + suffix, "Cán bộ " + i, null,
					TestAccounts.PASSWORD, Set.of(Role.UNIT_OFFICER, Role.UNIT_LEADER), unit.id()), "test");
			people.put(unit.id(), (CurrentUser) accounts.principal(person));
		}
		secretariat = accounts.principal(accounts.create(Role.SECRETARIAT));
		chair = accounts.principal(accounts.create(Role.COUNCIL_CHAIR));
	}

	@Test
	void everyPlaceThatShowsATotalAgrees() throws Exception {
		Random random = new Random(20261206);
		int finalised = 0;
		int bonusClaimedNotApplicable = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long campaign = campaigns.create(new NewCampaign("Vòng " + round + " " + System.nanoTime(), 2026, framework,
					units.stream().map(UnitView::id).collect(Collectors.toSet()), phases()), "test");
			Map<Long, Boolean> finalisedUnits = new LinkedHashMap<>();
			for (UnitView unit : units) {
				boolean bonusClaim = fill(campaign, unit, random);
				bonusClaimedNotApplicable += bonusClaim ? 1 : 0;
				boolean last = appraise(campaign, unit, random);
				finalisedUnits.put(unit.id(), last);
				finalised += last ? 1 : 0;
			}
			String results = mvc.perform(get("/api/v1/campaigns/" + campaign + "/results").with(user(secretariat)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (UnitView unit : units) {
				check(campaign, unit, finalisedUnits.get(unit.id()), results);
			}
		}
		assertThat(finalised).as("some appraisals final, some not").isBetween(20, ROUNDS * UNITS - 20);
		assertThat(bonusClaimedNotApplicable).as("bonus and penalty leaves claimed not applicable").isPositive();
	}

	/** The unit's officer fills the sheet at random; its leader submits it. */
	private boolean fill(long campaign, UnitView unit, Random random) {
		CurrentUser person = people.get(unit.id());
		boolean outsideClaimed = false;
		for (FrameworkNode leaf : NODES) {
			if (leaf.parentCode() == null || leaf.source() == Source.SURVEY || leaf.appliesTo() != null) {
				continue;
			}
			boolean outside = leaf.source().outsideMaximum();
			if (outside && random.nextInt(3) == 0) {
				continue;
			}
			RuleInputForm input = input(leaf, random);
			boolean claim = random.nextInt(outside ? 4 : 7) == 0;
			assessment.saveLeaf(campaign, unit.id(), leaf.code(),
					LeafEdit.of(input, claim ? Boolean.TRUE : null, claim ? "Không phát sinh trong năm" : null, null),
					person);
			outsideClaimed |= outside && claim;
		}
		assessment.submit(campaign, unit.id(), person);
		return outsideClaimed;
	}

	/** The council adjusts and decides some leaves; the chair finalises some sheets. */
	private boolean appraise(long campaign, UnitView unit, Random random) {
		Map<String, LeafEntry> entries = review.state(campaign, unit.id()).entries();
		for (FrameworkNode leaf : NODES) {
			LeafEntry entry = entries.get(leaf.code());
			if (entry == null || random.nextInt(3) != 0) {
				continue;
			}
			Boolean verdict = entry.notApplicable() ? random.nextBoolean() : null;
			BigDecimal points = Boolean.TRUE.equals(verdict) ? null : steps(leaf.maxPoints(), random);
			review.appraise(campaign, unit.id(), leaf.code(), points, verdict, "Điều chỉnh theo minh chứng", "hd");
		}
		if (random.nextInt(5) < 2) {
			review.finalise(campaign, unit.id(), "chutich");
			return true;
		}
		return false;
	}

	private void check(long campaign, UnitView unit, boolean finalised, String results) throws Exception {
		SheetView sheet = assessment.sheet(campaign, unit.id(), people.get(unit.id()));
		Map<String, LeafEntry> entries = sheet.entries();
		Expected self = Expected.of(entries, false);
		Expected appraised = Expected.of(entries, true);
		String what = "unit " + unit.code() + " " + entries.values();
		same(sheet.totals(), self, what + " sheet");
		same(sheet.appraisedTotals(), appraised, what + " appraised so far");
		Map<String, Object> row = jdbc.sql("select * from scoring_unit_result where campaign_id = ? and unit_id = ?")
			.params(campaign, unit.id())
			.query()
			.singleRow();
		assertThat((BigDecimal) row.get("self_points")).as(what).isEqualByComparingTo(self.total);
		assertThat((BigDecimal) row.get("self_max")).as(what).isEqualByComparingTo(self.max);
		assertThat((BigDecimal) row.get("appraised_points")).as(what).isEqualByComparingTo(appraised.total);
		assertThat((BigDecimal) row.get("appraised_max")).as(what).isEqualByComparingTo(appraised.max);
		assertThat(row.get("finalised")).as(what).isEqualTo(finalised);
		assertThat((Integer) row.get("self_no_data")).as("the survey leaf has no data, it is not 'not applicable'")
			.isEqualTo(1);
		for (String area : List.of("1", "2")) {
			BigDecimal stored = jdbc.sql(
					"select self_points from scoring_component_result where campaign_id = ? and unit_id = ? and code = ? and kind = 'N'")
				.params(campaign, unit.id(), area)
				.query(BigDecimal.class)
				.single();
			assertThat(stored).as(what + " area " + area).isEqualByComparingTo(self.areaPoints.get(area));
		}
		Expected official = finalised ? appraised : self;
		List<Object> index = JsonPath.read(results, "$.results[?(@.unit == '" + unit.code() + "')].index");
		assertThat(decimal(index.get(0))).as(what + " results API").isEqualByComparingTo(official.shownIndex());
		String council = mvc
			.perform(get("/api/v1/campaigns/" + campaign + "/appraisal/sheets/" + unit.code()).with(user(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(decimal(JsonPath.read(council, "$.self.points"))).as(what).isEqualByComparingTo(self.total);
		assertThat(decimal(JsonPath.read(council, "$.appraised.points"))).as(what)
			.isEqualByComparingTo(appraised.total);
		String chairs = mvc
			.perform(get("/api/v1/campaigns/" + campaign + "/appraisal/sheets/" + unit.code() + "/review")
				.with(user(chair)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(decimal(JsonPath.read(chairs, "$.appraised.index"))).as(what + " chair's review")
			.isEqualByComparingTo(appraised.shownIndex());
	}

	private static void same(SheetTotals totals, Expected expected, String what) {
		assertThat(totals.total().points()).as(what).isEqualByComparingTo(expected.total);
		assertThat(totals.total().applicableMax()).as(what).isEqualByComparingTo(expected.max);
		assertThat(totals.bonus()).as(what + " bonus").isEqualByComparingTo(expected.bonus);
		assertThat(totals.penalty()).as(what + " penalty").isEqualByComparingTo(expected.penalty);
		for (Map.Entry<String, BigDecimal> area : expected.areaPoints.entrySet()) {
			NodeTotal node = totals.node(area.getKey());
			assertThat(node.points()).as(what + " area " + area.getKey()).isEqualByComparingTo(area.getValue());
		}
		assertThat(totals.parts().get("A").points()).as(what + " part A").isEqualByComparingTo(expected.partA);
	}

	private static BigDecimal decimal(Object json) {
		return (json == null) ? null : new BigDecimal(json.toString());
	}

	private static RuleInputForm input(FrameworkNode leaf, Random random) {
		if (leaf.rule() == RuleKind.RATIO_TIERS) {
			BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(90_000));
			BigDecimal numerator = BigDecimal.valueOf(random.nextInt(denominator.intValue() + 1));
			return RuleInputForm.of(new RuleInput.Ratio(numerator, denominator));
		}
		return RuleInputForm.of(new RuleInput.Number(steps(leaf.maxPoints(), random)));
	}

	/** A multiple of 0.25 between 0 and the maximum, or the maximum itself. */
	private static BigDecimal steps(BigDecimal max, Random random) {
		int quarters = max.multiply(BigDecimal.valueOf(4)).intValue();
		int drawn = random.nextInt(quarters + 2);
		return (drawn > quarters) ? max : BigDecimal.valueOf(drawn).divide(BigDecimal.valueOf(4));
	}

	private List<PhaseDates> phases() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(10)),
				new PhaseDates(Phase.APPRAISAL, today.plusDays(11), today.plusDays(30)));
	}

	private static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	private static FrameworkNode leaf(String code, String parent, String max, Source source, RuleKind rule,
			String params, String part, String appliesTo) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), source, rule, params,
				part, appliesTo, false);
	}

	/**
	 * The methodology's sums written out here, independently of the engine: applicable
	 * leaves of a province, not-applicable ones out of the denominator, the survey leaf
	 * without data out too, bonus and penalty within their caps, the total within [0,
	 * applicable maximum].
	 */
	private record Expected(BigDecimal total, BigDecimal max, BigDecimal bonus, BigDecimal penalty,
			Map<String, BigDecimal> areaPoints, BigDecimal partA) {

		static Expected of(Map<String, LeafEntry> entries, boolean appraised) {
			BigDecimal points = BigDecimal.ZERO;
			BigDecimal max = BigDecimal.ZERO;
			BigDecimal bonus = BigDecimal.ZERO;
			BigDecimal penalty = BigDecimal.ZERO;
			BigDecimal partA = BigDecimal.ZERO;
			Map<String, BigDecimal> areas = new LinkedHashMap<>(Map.of("1", BigDecimal.ZERO, "2", BigDecimal.ZERO));
			for (FrameworkNode leaf : NODES) {
				if (leaf.parentCode() == null || leaf.source() == Source.SURVEY || leaf.appliesTo() != null) {
					continue;
				}
				LeafEntry entry = entries.getOrDefault(leaf.code(),
						new LeafEntry(leaf.code(), null, null, false, null, null, null, null, null));
				boolean notApplicable = appraised ? entry.appraisedAsNotApplicable() : entry.notApplicable();
				if (notApplicable) {
					continue;
				}
				BigDecimal given = appraised ? entry.effectiveAppraisedPoints() : entry.selfPoints();
				BigDecimal value = (given != null) ? given : BigDecimal.ZERO;
				switch (leaf.source()) {
					case BONUS -> bonus = bonus.add(value);
					case PENALTY -> penalty = penalty.add(value);
					default -> {
						points = points.add(value);
						max = max.add(leaf.maxPoints());
						areas.merge(leaf.parentCode(), value, BigDecimal::add);
						partA = "A".equals(leaf.part()) ? partA.add(value) : partA;
					}
				}
			}
			bonus = bonus.min(BONUS_CAP);
			penalty = penalty.min(PENALTY_CAP);
			BigDecimal total = points.add(bonus).subtract(penalty).max(BigDecimal.ZERO).min(max);
			return new Expected(total, max, bonus, penalty, areas, partA);
		}

		BigDecimal shownIndex() {
			return (max.signum() == 0) ? null
					: total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
		}

	}

}
