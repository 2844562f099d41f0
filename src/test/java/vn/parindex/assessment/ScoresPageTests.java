package vn.parindex.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scores import on the progress board, and the sheet's export and print.
 */
@IntegrationTest
class ScoresPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void theSecretariatFindsTheImportAndItsTemplateOnTheProgressBoard() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get("/campaigns/{c}/progress", scene.campaign()).with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scores-import-form\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content()
				.string(containsString("href=\"/campaigns/" + scene.campaign() + "/scores/template.xlsx\"")));
		mvc.perform(get("/campaigns/{c}/progress", scene.campaign()).with(as(accounts.create(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("scores-import-form"))));
		byte[] template = mvc
			.perform(get("/campaigns/{c}/scores/template.xlsx", scene.campaign()).with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-diem.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = ScoreWorkbooks.read(template, 0);
		assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Mã tiêu chí", "Điểm tự đánh giá", "Điểm thẩm định",
				"Không phát sinh", "Ghi chú");
		assertThat(rows).hasSize(3);
	}

	@Test
	void aGoodWorkbookIsImportedAndTheCountIsShown() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.unit().code(), "1.1", 4, null, null, null },
				new Object[] { scene.other().code(), "1.1", 3, null, null, null });
		org.springframework.web.servlet.FlashMap flash = mvc
			.perform(multipart("/campaigns/{c}/scores/import", scene.campaign()).file(ScoreWorkbooks.file(workbook))
				.with(as(scene.secretariat()))
				.with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + scene.campaign() + "/progress"))
			.andExpect(flash().attribute("flashSuccess", "assessment.scores.imported"))
			.andReturn()
			.getFlashMap();
		Object[] args = (Object[]) flash.get("flashArgs");
		assertThat(messages.getMessage("assessment.scores.imported", args, java.util.Locale.forLanguageTag("vi")))
			.isEqualTo("Đã nhập 2 dòng điểm.");
		assertThat(sheet(scene).entry("1.1").selfPoints()).isEqualByComparingTo("4");
	}

	@Test
	void theErrorsOfABadWorkbookAreListedOnTheBoardAndNothingIsSaved() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.unit().code(), "1.1", 4, null, null, null },
				new Object[] { scene.unit().code(), "1.2", 7, null, null, null });
		mvc.perform(multipart("/campaigns/{c}/scores/import", scene.campaign()).file(ScoreWorkbooks.file(workbook))
			.with(as(scene.secretariat()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>self_points</td>")))
			.andExpect(content().string(containsString("Điểm 7 vượt điểm tối đa 2.00 của tiêu chí.")))
			.andExpect(content().string(containsString(scene.unit().name())));
		assertThat(sheet(scene).entry("1.1").selfPoints()).isNull();
	}

	@Test
	void anOfficerCannotImportFromThePage() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.unit().code(), "1.1", 4, null, null, null });
		mvc.perform(multipart("/campaigns/{c}/scores/import", scene.campaign()).file(ScoreWorkbooks.file(workbook))
			.with(as(scene.officer()))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(sheet(scene).entry("1.1").selfPoints()).isNull();
	}

	@Test
	void theSheetOffersExportAndPrint() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.sheet()).with(as(scene.officer())))
			.andExpect(content().string(containsString("href=\"" + scene.sheet() + "/export.xlsx\"")))
			.andExpect(content().string(containsString("data-print")))
			.andExpect(content().string(not(containsString("onclick"))));
	}

	@Test
	void theExportedSheetImportsAgainIntoTheSameCampaign() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser officer = principal(scene.officer());
		long unit = scene.unit().id();
		assessment.enter(scene.campaign(), unit, "1.1", new RuleInput.Number(new java.math.BigDecimal("3.25")),
				officer);
		assessment.explain(scene.campaign(), unit, "1.1", "Kế hoạch số 15/KH-UBND", officer);
		assessment.enter(scene.campaign(), unit, "1.2", new RuleInput.YesNo(true), officer);
		assessment.enter(scene.campaign(), unit, "1.3", new RuleInput.Level("Đạt"), officer);
		assessment.enter(scene.campaign(), unit, "2.1",
				new RuleInput.Ratio(new java.math.BigDecimal("90"), new java.math.BigDecimal("100")), officer);
		assessment.claimNotApplicable(scene.campaign(), unit, "2.2", "Không có nhiệm vụ quá hạn", officer);
		byte[] export = mvc.perform(get(scene.sheet() + "/export.xlsx").with(as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = ScoreWorkbooks.read(export, 0);
		assertThat(rows.get(0)).contains("Mã đơn vị", "Mã tiêu chí", "Điểm tự đánh giá", "Điểm thẩm định",
				"Không phát sinh", "Ghi chú", "Số tệp kiểm chứng");
		assertThat(rows).hasSize(7).noneMatch((row) -> row.contains("2.4"));
		assertThat(ScoreWorkbooks.read(export, 1)).anyMatch((row) -> row.contains("68.75"));
		String imported = "{\"imported\": 6}";
		mvc.perform(multipart("/api/v1/campaigns/{c}/scores/import", scene.campaign())
			.file(ScoreWorkbooks.file(ScoreWorkbooks.withUnit(export, scene.other().code())))
			.with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().json(imported));
		SheetView original = sheet(scene);
		SheetView copy = assessment.sheet(scene.campaign(), scene.other().id(), principal(scene.secretariat()));
		assertThat(copy.totals().total()).isEqualTo(original.totals().total());
		assertThat(copy.entry("2.2").notApplicable()).isTrue();
		assertThat(copy.entry("1.1").explanation()).isEqualTo("Kế hoạch số 15/KH-UBND");
		assertThat(copy.totals().blockers()).isEqualTo(original.totals().blockers());
		mvc.perform(multipart("/api/v1/campaigns/{c}/scores/import", scene.campaign()).file(ScoreWorkbooks.file(export))
			.with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(content().json(imported));
		assertThat(sheet(scene).totals().total()).isEqualTo(original.totals().total());
	}

	private SheetView sheet(SheetFixture.Scene scene) {
		return assessment.sheet(scene.campaign(), scene.unit().id(), principal(scene.secretariat()));
	}

	private RequestPostProcessor as(UserView user) {
		return user(accounts.principal(user));
	}

	private CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

}
