package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * A campaign with one leaf of every rule, a survey leaf and a leaf for another unit type,
 * two provinces, and their people: what a self-assessment test needs, with unique names.
 */
@Component
public class SheetFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	static final List<FrameworkNode> NODES = List.of(area("1"),
			leaf("1.1", "1", "4", Source.SELF, RuleKind.MANUAL, "step=0.25", true, null),
			leaf("1.2", "1", "2", Source.SELF, RuleKind.YES_NO, null, false, null),
			leaf("1.3", "1", "2", Source.SELF, RuleKind.LEVELS, "Tốt=100%; Đạt=50%; Không đạt=0", false, null),
			area("2"),
			leaf("2.1", "2", "4", Source.SELF, RuleKind.RATIO_TIERS, "100%=100%; 80%=50%; 0%=0", false, null),
			leaf("2.2", "2", "2", Source.SELF, RuleKind.DEDUCTION, "step=0.5", false, null),
			leaf("2.3", "2", "3", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=5", false, null),
			leaf("2.4", "2", "5", Source.SELF, RuleKind.MANUAL, "step=1", false, "CUC"));

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final TestAccounts accounts;

	private final Clock clock;

	private final SelfAssessment assessment;

	SheetFixture(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, TestAccounts accounts,
			Clock clock, SelfAssessment assessment) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.clock = clock;
		this.assessment = assessment;
	}

	/**
	 * A scene whose unit has filled in and submitted its sheet: 1.1 = 3 of 4 (explained),
	 * 1.2 = yes (2), 1.3 = Tốt (2), 2.1 = 90% (2 of 4), 2.2 claimed not applicable; 9 of
	 * 12 applicable points.
	 */
	public Scene submitted() {
		Scene scene = scene();
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assessment.enter(campaign, unit, "1.1", new RuleInput.Number(new BigDecimal("3")), officer);
		assessment.explain(campaign, unit, "1.1", "Kế hoạch số 15/KH-UBND", officer);
		assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(true), officer);
		assessment.enter(campaign, unit, "1.3", new RuleInput.Level("Tốt"), officer);
		assessment.enter(campaign, unit, "2.1", new RuleInput.Ratio(new BigDecimal("90"), new BigDecimal("100")),
				officer);
		assessment.claimNotApplicable(campaign, unit, "2.2", "Không có nhiệm vụ quá hạn", officer);
		assessment.submit(campaign, unit, (CurrentUser) accounts.principal(scene.leader()));
		return scene;
	}

	public Scene scene() {
		String suffix = sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
		long framework = frameworks
			.create(new FrameworkSettings("Bộ chỉ số tự chấm " + suffix, 2025, "PROVINCE", null, null), NODES, "test");
		UnitView unit = units.ensure("TC" + suffix, "Tỉnh tự chấm " + suffix, "PROVINCE", null);
		UnitView other = units.ensure("TK" + suffix, "Tỉnh khác " + suffix, "PROVINCE", null);
		long campaign = campaigns.create(
				new NewCampaign("Kỳ tự chấm " + suffix, 2025, framework, Set.of(unit.id(), other.id()), phases()),
				"test");
		return new Scene(campaign, unit, other, accounts.create(Role.UNIT_OFFICER, unit.id()),
				accounts.create(Role.UNIT_LEADER, unit.id()), accounts.create(Role.UNIT_OFFICER, other.id()),
				accounts.create(Role.SECRETARIAT));
	}

	private List<PhaseDates> phases() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		LocalDate deadline = today.plusDays(10);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), deadline),
				new PhaseDates(Phase.APPRAISAL, deadline.plusDays(1), deadline.plusDays(20)));
	}

	private static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	private static FrameworkNode leaf(String code, String parent, String max, Source source, RuleKind rule,
			String params, boolean evidence, String appliesTo) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, "Hướng dẫn " + code, new BigDecimal(max), source,
				rule, params, "Thẩm định", appliesTo, evidence);
	}

	/**
	 * A campaign, the unit under test and another, the unit's officer and leader, the
	 * other unit's officer, and the secretariat.
	 */
	public record Scene(long campaign, UnitView unit, UnitView other, UserView officer, UserView leader,
			UserView otherOfficer, UserView secretariat) {

		public String sheet() {
			return "/campaigns/" + campaign + "/sheets/" + unit.id();
		}

		public String api() {
			return "/api/v1/campaigns/" + campaign + "/sheets/" + unit.code();
		}

	}

}
