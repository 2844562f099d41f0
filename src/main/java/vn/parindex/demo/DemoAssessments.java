package vn.parindex.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.NewUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleInput;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative self-assessments (minh họa) in the demo campaign, so that a newcomer finds
 * units in every state: Hồ Chí Minh submitted, Đà Nẵng submitted then reopened, Hà Nội
 * half done with a file, Cần Thơ started with a not-applicable claim, the rest not
 * started. Runs after the demo campaign exists, and only once.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(30)
class DemoAssessments implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final AccountService accounts;

	private final SelfAssessment assessment;

	private final String password;

	DemoAssessments(CampaignCatalog campaigns, UnitCatalog units, AccountService accounts, SelfAssessment assessment,
			@Value("${parindex.demo.password}") String password) {
		this.campaigns = campaigns;
		this.units = units;
		this.accounts = accounts;
		this.assessment = assessment;
		this.password = password;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		CampaignView campaign = DemoCampaigns.of(campaigns).orElse(null);
		UnitView hcm = units.byCode("HCM").orElse(null);
		if (campaign == null || hcm == null || !sheet(campaign, hcm, "thuongtruc").notStarted()) {
			return;
		}
		fill(campaign, hcm, person("canbo.hcm", Role.UNIT_OFFICER, hcm), 1.0, true);
		assessment.submit(campaign.id(), hcm.id(), person("lanhdao.hcm", Role.UNIT_LEADER, hcm));
		units.byCode("DNG").ifPresent((dng) -> {
			fill(campaign, dng, person("canbo.dng", Role.UNIT_OFFICER, dng), 1.0, false);
			assessment.submit(campaign.id(), dng.id(), person("lanhdao.dng", Role.UNIT_LEADER, dng));
			assessment.reopen(campaign.id(), dng.id(), "Đề nghị bổ sung tài liệu kiểm chứng (minh họa)",
					accounts.principal("thuongtruc"));
		});
		units.byCode("HN").ifPresent((hn) -> fill(campaign, hn, accounts.principal("canbo.hn"), 0.5, true));
		units.byCode("CT").ifPresent((ct) -> {
			CurrentUser officer = person("canbo.ct", Role.UNIT_OFFICER, ct);
			fill(campaign, ct, officer, 0.3, false);
			assessment.claimNotApplicable(campaign.id(), ct.id(), "4.2",
					"Năm 2025 đơn vị không có chỉ tiêu tinh giản biên chế (minh họa)", officer);
		});
		log.info(
				"Demo self-assessments (minh họa) ready in \"{}\"; more demo accounts (password as above): "
						+ "canbo.hcm, lanhdao.hcm (submitted), canbo.dng, lanhdao.dng (reopened), canbo.ct",
				campaign.name());
	}

	/**
	 * Enters a share of the unit's self-scored leaves, with an explanation or a file
	 * where evidence is required.
	 */
	private void fill(CampaignView campaign, UnitView unit, CurrentUser officer, double share, boolean files) {
		SheetView sheet = assessment.sheet(campaign.id(), unit.id(), officer);
		List<FrameworkNode> leaves = sheet.framework().tree().leaves().stream().filter(sheet::selfScored).toList();
		int count = (int) Math.ceil(leaves.size() * share);
		for (int i = 0; i < count; i++) {
			FrameworkNode leaf = leaves.get(i);
			assessment.enter(campaign.id(), unit.id(), leaf.code(), input(leaf, i), officer);
			if (leaf.evidenceRequired() && files && i % 3 == 0) {
				assessment.attach(campaign.id(), unit.id(), leaf.code(), "Tai-lieu-kiem-chung-" + leaf.code() + ".pdf",
						new ByteArrayInputStream(pdf("Tai lieu kiem chung minh hoa " + leaf.code())), officer);
			}
			else if (leaf.evidenceRequired()) {
				assessment.explain(campaign.id(), unit.id(), leaf.code(),
						"Văn bản số " + (10 + i) + "/BC-UBND ngày 15/12/2025 (minh họa)", officer);
			}
		}
	}

	private static RuleInput input(FrameworkNode leaf, int i) {
		return switch (leaf.rule()) {
			case MANUAL -> new RuleInput.Number(leaf.maxPoints());
			case YES_NO -> new RuleInput.YesNo(i % 4 != 3);
			case LEVELS -> new RuleInput.Level((i % 3 == 0) ? "Đạt" : "Tốt");
			case RATIO_TIERS -> new RuleInput.Ratio(new BigDecimal(82978 - i * 1000), new BigDecimal(86544));
			case DEDUCTION -> new RuleInput.Count(BigDecimal.valueOf(i % 2));
			case SURVEY_SCALE -> new RuleInput.Mean(new BigDecimal("4"));
			case SURVEY_SCORE -> new RuleInput.Score(new BigDecimal("0.8"));
			case FORMULA -> null;
		};
	}

	private SheetView sheet(CampaignView campaign, UnitView unit, String username) {
		return assessment.sheet(campaign.id(), unit.id(), accounts.principal(username));
	}

	/**
	 * A demo account for a unit's officer or leader, printed like the others' password.
	 */
	private CurrentUser person(String username, Role role, UnitView unit) {
		if (!accounts.exists(username)) {
			accounts.createIllustrative(new NewUser(username, role.name() + " " + unit.name() + " (minh họa)", null,
					password, Set.of(role), unit.id()));
		}
		return accounts.principal(username);
	}

	/** A one-page PDF, small and valid, for illustrative evidence. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
