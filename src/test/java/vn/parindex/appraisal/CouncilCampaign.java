package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.assessment.SelfAssessment;
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
 * A known dataset for the appraisal report: areas 1 and 2, criteria 1.1, 1.2 and 2.1,
 * five leaves (maximum 11 points), three provinces whose sheets are submitted and
 * appraised with known points.
 *
 * <pre>
 * leaf   max | U1 self → appraised | U2 self → appraised     | U3 self → appraised
 * 1.1.1   2  | 2 → 1               | 2 → 1.5                 | 1 → 0.5
 * 1.1.2   2  | 2 → 2               | 1.5 (undecided)         | 2 → 2
 * 1.2.1   3  | 3 → 0               | 3 → 3                   | 2 → 3
 * 2.1.1   2  | 2 → 2               | 2 → 2                   | 2 → 1
 * 2.1.2   2  | 2 → 2               | not applicable → 0.5    | 2 → 2
 * total      | 11/11 → 7/11        | 8.5/9 → 8.5/11          | 9/11 → 8.5/11
 * </pre>
 */
@Component
class CouncilCampaign {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final TestAccounts accounts;

	private final SelfAssessment assessment;

	private final CouncilFixture council;

	private final Clock clock;

	CouncilCampaign(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, TestAccounts accounts,
			SelfAssessment assessment, CouncilFixture council, Clock clock) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.assessment = assessment;
		this.council = council;
		this.clock = clock;
	}

	Dataset create() {
		String suffix = sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
		long framework = frameworks.create(
				new FrameworkSettings("Bộ chỉ số báo cáo " + suffix, 2025, "PROVINCE", null, null), nodes(), "test");
		UnitView u1 = units.ensure("BA" + suffix, "An Giang " + suffix, "PROVINCE", null);
		UnitView u2 = units.ensure("BB" + suffix, "Bắc Ninh " + suffix, "PROVINCE", null);
		UnitView u3 = units.ensure("BC" + suffix, "Cà Mau " + suffix, "PROVINCE", null);
		long campaign = campaigns.create(
				new NewCampaign("Kỳ báo cáo " + suffix, 2025, framework, Set.of(u1.id(), u2.id(), u3.id()), phases()),
				"test");
		submit(campaign, u1, "2", "2", "3", "2", "2");
		submit(campaign, u2, "2", "1.5", "3", "2", null);
		submit(campaign, u3, "1", "2", "2", "2", "2");
		decide(campaign, u1, "1.1.1", "1", "Thiếu báo cáo quý");
		decide(campaign, u1, "1.1.2", "2", null);
		decide(campaign, u1, "1.2.1", "0", "Không có chữ ký số");
		decide(campaign, u1, "2.1.1", "2", null);
		decide(campaign, u1, "2.1.2", "2", null);
		decide(campaign, u2, "1.1.1", "1.5", "Báo cáo trễ hạn");
		decide(campaign, u2, "1.2.1", "3", null);
		decide(campaign, u2, "2.1.1", "2", null);
		council.decide(campaign, u2.id(), "2.1.2", new BigDecimal("0.5"), false, "Có nhiệm vụ quá hạn", "thamdinh.b",
				1);
		decide(campaign, u3, "1.1.1", "0.5", "Báo cáo trễ hạn");
		decide(campaign, u3, "1.1.2", "2", null);
		decide(campaign, u3, "1.2.1", "3", "Đủ minh chứng");
		decide(campaign, u3, "2.1.1", "1", "Tỷ lệ ký số thấp");
		decide(campaign, u3, "2.1.2", "2", null);
		return new Dataset(campaign, u1, u2, u3);
	}

	private void submit(long campaign, UnitView unit, String... points) {
		CurrentUser officer = (CurrentUser) accounts.principal(accounts.create(Role.UNIT_OFFICER, unit.id()));
		String[] leaves = { "1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2" };
		for (int i = 0; i < leaves.length; i++) {
			if (points[i] == null) {
				assessment.claimNotApplicable(campaign, unit.id(), leaves[i], "Không phát sinh nhiệm vụ", officer);
			}
			else {
				assessment.enter(campaign, unit.id(), leaves[i], new RuleInput.Number(new BigDecimal(points[i])),
						officer);
			}
		}
		assessment.submit(campaign, unit.id(),
				(CurrentUser) accounts.principal(accounts.create(Role.UNIT_LEADER, unit.id())));
	}

	private void decide(long campaign, UnitView unit, String leaf, String points, String reason) {
		council.decide(campaign, unit.id(), leaf, new BigDecimal(points), null, reason, "thamdinh.b", 1);
	}

	private List<PhaseDates> phases() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		LocalDate deadline = today.plusDays(10);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), deadline),
				new PhaseDates(Phase.APPRAISAL, deadline.plusDays(1), deadline.plusDays(20)));
	}

	private static List<FrameworkNode> nodes() {
		return List.of(group("1", null), group("1.1", "1"), leaf("1.1.1", "1.1", "2"), leaf("1.1.2", "1.1", "2"),
				group("1.2", "1"), leaf("1.2.1", "1.2", "3"), group("2", null), group("2.1", "2"),
				leaf("2.1.1", "2.1", "2"), leaf("2.1.2", "2.1", "2"));
	}

	private static FrameworkNode group(String code, String parent) {
		return new FrameworkNode(code, parent, "Nhóm " + code, null, null, null, null, null, null, null, false);
	}

	private static FrameworkNode leaf(String code, String parent, String max) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), Source.SELF,
				RuleKind.MANUAL, "step=0.5", "Thẩm định", null, false);
	}

	/**
	 * The campaign and its three units.
	 */
	record Dataset(long campaign, UnitView u1, UnitView u2, UnitView u3) {
	}

}
