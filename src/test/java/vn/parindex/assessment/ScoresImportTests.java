package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.framework.RuleInput;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scores workbook over the API: many units at once, all or nothing, every error by
 * row and column.
 */
@IntegrationTest
class ScoresImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	UnitCatalog units;

	@Test
	void selfAndAppraisedPointsOfTwoUnitsAreImportedAtOnce() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		String unit = scene.unit().code();
		String other = scene.other().code();
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { unit, "1.1", "3,5", 3.25, null, "Kế hoạch số 15/KH-UBND" },
				new Object[] { unit, "2.2", null, null, "Y", null }, new Object[] { other, "1.2", 2, null, "N", null },
				new Object[] { other, "1.3", null, 1, null, null });
		importAs(scene.secretariat(), scene, workbook).andExpect(status().isOk())
			.andExpect(content().json("{\"imported\": 4}", org.springframework.test.json.JsonCompareMode.STRICT));
		SheetView mine = sheet(scene, scene.unit());
		assertThat(mine.entry("1.1").selfPoints()).isEqualByComparingTo("3.5");
		assertThat(mine.entry("1.1").appraisedPoints()).isEqualByComparingTo("3.25");
		assertThat(mine.entry("1.1").explanation()).isEqualTo("Kế hoạch số 15/KH-UBND");
		assertThat(mine.entry("1.1").input()).isNull();
		assertThat(mine.entry("2.2").notApplicable()).isTrue();
		assertThat(mine.entry("2.2").notApplicableReason()).isEqualTo("Nhập từ tệp Excel");
		SheetView theirs = sheet(scene, scene.other());
		assertThat(theirs.entry("1.2").selfPoints()).isEqualByComparingTo("2");
		assertThat(theirs.entry("1.3").appraisedPoints()).isEqualByComparingTo("1");
		assertThat(theirs.entry("1.3").selfPoints()).isNull();
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())))
			.filteredOn((event) -> "1.1".equals(event.item()))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.action()).isEqualTo("IMPORTED");
				assertThat(event.actor()).isEqualTo(scene.secretariat().username());
				assertThat(event.oldValue()).isNull();
				assertThat(event.newValue()).contains("self 3.5", "appraised 3.25", "Kế hoạch số 15/KH-UBND");
			});
	}

	@Test
	void importedPointsReplaceAnInputThatWouldContradictThemAndTheAuditShowsOldAndNew() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		assessment.enter(scene.campaign(), scene.unit().id(), "1.1", new RuleInput.Number(new BigDecimal("2")),
				principal(scene.officer()));
		importAs(scene.secretariat(), scene, ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.unit().code(), "1.1", 3, null, null, null }))
			.andExpect(status().isOk());
		LeafEntry entry = sheet(scene, scene.unit()).entry("1.1");
		assertThat(entry.selfPoints()).isEqualByComparingTo("3");
		assertThat(entry.input()).isNull();
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())).get(0))
			.satisfies((event) -> {
				assertThat(event.action()).isEqualTo("IMPORTED");
				assertThat(event.oldValue()).isEqualTo("2; self 2.00");
				assertThat(event.newValue()).isEqualTo("self 3");
			});
	}

	@Test
	void aUnitCodeWithANulCharacterOrAnOverlongNoteIsRefusedAtItsCellAndNothingIsSaved() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		String unit = scene.unit().code();
		SheetView before = sheet(scene, scene.unit());
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { unit, "1.1", 2, null, null, "Kế hoạch số 15" },
				new Object[] { unit + "\u0000", "1.2", 1, null, null, null },
				new Object[] { unit, "1.3", 1, null, null, "x".repeat(10_001) },
				new Object[] { unit, "2.1", 1, null, null, null });
		String body = importAs(scene.secretariat(), scene, workbook).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
		assertThat(errors).extracting((error) -> error.get("row") + " " + error.get("column"))
			.containsExactlyInAnyOrder("3 unit", "4 note");
		assertThat(errors).extracting((error) -> (String) error.get("message"))
			.contains("Văn bản dài quá 10.000 ký tự (có 10.001 ký tự).");
		assertThat(sheet(scene, scene.unit()).entry("2.1")).isEqualTo(before.entry("2.1"));
	}

	@Test
	void everyErrorIsListedWithItsRowAndColumnAndNothingIsSaved() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		UnitView outsider = units.ensure("NGOAI" + scene.unit().code(), "Tỉnh ngoài kỳ", "PROVINCE", null);
		String unit = scene.unit().code();
		SheetView before = sheet(scene, scene.unit());
		byte[] workbook = ScoreWorkbooks.xlsx(
				new Object[] { "note", "criterion", "unit", "self_points", "appraised_points", "not_applicable" },
				new Object[] { null, "1.1", unit, 2, null, null },
				new Object[] { null, "1.1", "KHONG-CO", 1, null, null },
				new Object[] { null, "1.1", outsider.code(), 1, null, null },
				new Object[] { null, "9.9", unit, 1, null, null }, new Object[] { null, "1", unit, 1, null, null },
				new Object[] { null, "2.4", unit, 1, null, null }, new Object[] { null, "1.2", unit, 2.5, null, null },
				new Object[] { null, "1.3", unit, null, -1, null },
				new Object[] { null, "2.1", unit, 1.125, null, null },
				new Object[] { null, "1.1", unit, 1, null, null }, new Object[] { null, "2.2", unit, 1, null, "Y" },
				new Object[] { null, "2.3", unit, 1, null, null }, new Object[] { null, null, unit, "ba", null, null });
		String body = importAs(scene.secretariat(), scene, workbook).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
		assertThat(errors).extracting((error) -> error.get("row") + " " + error.get("column"))
			.containsExactlyInAnyOrder("3 unit", "4 unit", "5 criterion", "6 criterion", "7 criterion", "8 self_points",
					"9 appraised_points", "10 self_points", "11 criterion", "12 not_applicable", "13 self_points",
					"14 criterion", "14 self_points");
		assertThat(errors).extracting((error) -> (String) error.get("message"))
			.contains("Không có đơn vị mã „KHONG-CO“.",
					"Đơn vị „" + outsider.code() + "“ không tham gia kỳ đánh giá này.",
					"Bộ chỉ số không có tiêu chí „9.9“.", "Tiêu chí „2.4“ không áp dụng cho loại đơn vị PROVINCE.",
					"Điểm 2.5 vượt điểm tối đa 2.00 của tiêu chí.", "Điểm -1 âm.",
					"Điểm 1.125 có quá 2 chữ số thập phân.", "Đơn vị „" + unit + "“, tiêu chí „1.1“ đã có ở dòng 2.",
					"Tiêu chí đã ghi „Không phát sinh“ thì không được có điểm.");
		SheetView after = sheet(scene, scene.unit());
		assertThat(after.entries()).isEqualTo(before.entries());
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat()))).isEmpty();
	}

	@Test
	void anImportedScoreCountsInTheTotalsAndDoesNotBlockSubmission() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		importAs(scene.secretariat(), scene, everyLeafOf(scene.unit())).andExpect(status().isOk());
		SheetView sheet = sheet(scene, scene.unit());
		assertThat(sheet.totals().total().points()).isEqualByComparingTo("9");
		assertThat(sheet.totals().total().applicableMax()).as("2.2 is not applicable").isEqualByComparingTo("12");
		assertThat(sheet.totals().progress().filled()).isEqualTo(5);
		assertThat(sheet.totals().blockers()).isEmpty();
		assessment.submit(scene.campaign(), scene.unit().id(), principal(scene.leader()));
		assertThat(sheet(scene, scene.unit()).status()).isEqualTo(SheetStatus.SUBMITTED);
	}

	@Test
	void aSubmittedSheetIsLockedAgainstImport() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		importAs(scene.secretariat(), scene, everyLeafOf(scene.unit())).andExpect(status().isOk());
		assessment.submit(scene.campaign(), scene.unit().id(), principal(scene.leader()));
		byte[] change = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.other().code(), "1.1", 1, null, null, null },
				new Object[] { scene.unit().code(), "1.1", 1, null, null, null },
				new Object[] { scene.unit().code(), "1.2", 0, null, null, null });
		String body = importAs(scene.secretariat(), scene, change).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("row", 3).containsEntry("column", "unit");
			assertThat((String) error.get("message")).contains("đã bị khóa");
		});
		assertThat(sheet(scene, scene.unit()).entry("1.1").selfPoints()).isEqualByComparingTo("4");
		assertThat(sheet(scene, scene.other()).entry("1.1").selfPoints()).as("nothing of the workbook is saved")
			.isNull();
	}

	@Test
	void onlyTheSecretariatAndAdministratorsImport() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { scene.unit().code(), "1.1", 1, null, null, null });
		importAs(scene.officer(), scene, workbook).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		importAs(scene.leader(), scene, workbook).andExpect(status().isForbidden());
		importAs(accounts.create(Role.APPRAISER), scene, workbook).andExpect(status().isForbidden());
		assertThat(sheet(scene, scene.unit()).entry("1.1").selfPoints()).isNull();
		importAs(accounts.create(Role.ADMIN), scene, workbook).andExpect(status().isOk())
			.andExpect(content().json("{\"imported\": 1}"));
	}

	/** Every self-scored leaf of the unit: 4 + 2 + 1 + 2 points, 2.2 not applicable. */
	private static byte[] everyLeafOf(UnitView unit) {
		return ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
				new Object[] { unit.code(), "1.1", 4, null, null, "Kế hoạch số 15/KH-UBND" },
				new Object[] { unit.code(), "1.2", 2, null, null, null },
				new Object[] { unit.code(), "1.3", 1, null, null, null },
				new Object[] { unit.code(), "2.1", 2, null, null, null },
				new Object[] { unit.code(), "2.2", null, null, "Y", "Không có nhiệm vụ quá hạn" });
	}

	private ResultActions importAs(UserView user, SheetFixture.Scene scene, byte[] workbook) throws Exception {
		return mvc.perform(
				multipart("/api/v1/campaigns/{id}/scores/import", scene.campaign()).file(ScoreWorkbooks.file(workbook))
					.with(httpBasic(user.username(), TestAccounts.PASSWORD)));
	}

	private SheetView sheet(SheetFixture.Scene scene, UnitView unit) {
		return assessment.sheet(scene.campaign(), unit.id(), principal(scene.secretariat()));
	}

	private CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

}
