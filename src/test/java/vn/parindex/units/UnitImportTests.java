package vn.parindex.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The units workbook over the API: create or update by code, atomic, every error by row
 * and column.
 */
@IntegrationTest
class UnitImportTests {

	private static final String[] HEADERS = { "Loại", "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Xếp hạng" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void anImportCreatesUnitsWhoseParentsComeLaterOrExistAndAnswersTheCounts() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView existing = units.ensure(p + "OLD", "Bộ Đã Có", "MINISTRY", null);
		byte[] workbook = TestWorkbooks.xlsx("Units",
				new Object[][] { HEADERS, { "CUC", p + "CUC", "Cục Thử Nghiệm", p + "BO", null },
						{ "ministry", p + "BO", "Bộ Thử Nghiệm", null, "Y" },
						{ "VU", p + "VU", "Vụ Thử Nghiệm", p + "OLD", "N" } });

		importAs(secretariat(), workbook).andExpect(status().isOk())
			.andExpect(content().json("{\"created\": 3, \"updated\": 0}", true));

		UnitView ministry = units.byCode(p + "BO").orElseThrow();
		assertThat(ministry.type()).isEqualTo("MINISTRY");
		assertThat(units.byCode(p + "CUC").orElseThrow().parentId()).isEqualTo(ministry.id());
		UnitView division = units.byCode(p + "VU").orElseThrow();
		assertThat(division.parentId()).isEqualTo(existing.id());
		assertThat(division.ranked()).isFalse();
		assertThat(division.active()).isTrue();
	}

	@Test
	void aSecondImportUpdatesByCodeAndCountsOnlyWhatChanged() throws Exception {
		String p = TestWorkbooks.prefix();
		importAs(secretariat(), TestWorkbooks.xlsx("Units", new Object[][] { HEADERS,
				{ "PROVINCE", p + "A", "Tỉnh A", null, null }, { "PROVINCE", p + "B", "Tỉnh B", null, null } }))
			.andExpect(status().isOk());
		byte[] second = TestWorkbooks.xlsx("Danh sách",
				new Object[][] { { "RANKED", "Name", "CODE", "parent" }, { "Y", "Tỉnh A", p + "A", null },
						{ "N", "Tỉnh Bê", p + "B", p + "A" }, { null, "Xã C", p + "C", p + "B" } });

		importAs(secretariat(), second).andExpect(status().isOk())
			.andExpect(content().json("{\"created\": 1, \"updated\": 1}", true));

		UnitView b = units.byCode(p + "B").orElseThrow();
		assertThat(b.name()).isEqualTo("Tỉnh Bê");
		assertThat(b.type()).as("an empty type keeps the type").isEqualTo("PROVINCE");
		assertThat(b.ranked()).isFalse();
		assertThat(b.parentId()).isEqualTo(units.byCode(p + "A").orElseThrow().id());
		assertThat(units.byCode(p + "C").orElseThrow().type()).as("a new unit without type").isEqualTo("OTHER");
	}

	@Test
	void theSheetNamedUnitsIsReadEvenWhenItIsNotTheFirst() throws Exception {
		String p = TestWorkbooks.prefix();
		Map<String, Object[][]> sheets = new LinkedHashMap<>();
		sheets.put("Hướng dẫn", new Object[][] { { "code", "name" }, { p + "NOT", "Không nhập" } });
		sheets.put("Units", new Object[][] { { "code", "name", "type" }, { p + "YES", "Được nhập", "COMMUNE" } });

		importAs(secretariat(), TestWorkbooks.xlsx(sheets))
			.andExpect(content().json("{\"created\": 1, \"updated\": 0}"));

		assertThat(units.byCode(p + "YES")).isPresent();
		assertThat(units.byCode(p + "NOT")).isEmpty();
	}

	@Test
	void everyErrorIsListedWithItsRowAndColumnAndNothingIsSaved() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView existing = units.ensure(p + "OLD", "Tên Cũ", "PROVINCE", null);
		byte[] workbook = TestWorkbooks.xlsx("Units", new Object[][] { HEADERS,
				{ "PROVINCE", p + "NEW", "Tỉnh Mới", null, null }, { "PROVINCE", null, "Không Mã", null, null },
				{ "PROVINCE", p + "NONAME", null, null, null }, { "PROVINCE", p + "NEW", "Trùng Mã", null, null },
				{ "TINH", p + "TYPE", "Loại Lạ", null, null }, { "VU", p + "ORPHAN", "Vụ Mồ Côi", p + "NOWHERE", null },
				{ "VU", p + "X", "Vụ X", p + "Y", null }, { "VU", p + "Y", "Vụ Y", p + "X", null },
				{ "VU", p + "SELF", "Vụ Tự Trị", p + "SELF", null },
				{ "PROVINCE", p + "MAYBE", "Tỉnh Lưỡng Lự", null, "có lẽ" },
				{ "PROVINCE", p + "OLD", "Tên Mới", null, null }, { "PROVINCE", "mã có dấu", "Mã Sai", null, null } });

		importAs(secretariat(), workbook).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Tệp Excel có 10 lỗi; chưa có dữ liệu nào được nhập."))
			.andExpect(jsonPath("$.errors.length()").value(10))
			.andExpect(error(0, 3, "code", "Ô này không được để trống."))
			.andExpect(error(1, 4, "name", "Ô này không được để trống."))
			.andExpect(error(2, 5, "code", "Mã „" + p + "NEW“ đã có ở dòng 2 của tệp."))
			.andExpect(error(3, 6, "type",
					"Không có loại đơn vị „TINH“; các loại được dùng: MINISTRY, PROVINCE, CUC, VU, OFFICE, "
							+ "INSPECTORATE, DEPARTMENT, DISTRICT, COMMUNE, OTHER."))
			.andExpect(error(4, 11, "ranked", "„có lẽ“ không phải là Y hoặc N."))
			.andExpect(error(5, 13, "code",
					"Mã đơn vị „mã có dấu“ không hợp lệ: tối đa 32 ký tự, gồm chữ không dấu, "
							+ "chữ số và . _ -, bắt đầu bằng chữ hoặc số."))
			.andExpect(error(6, 7, "parent",
					"Không có đơn vị cấp trên mã „" + p + "NOWHERE“, trong tệp cũng như trong hệ thống."))
			.andExpect(error(7, 8, "parent",
					"Đơn vị „" + p + "X“ không thể là cấp trên của chính nó, " + "trực tiếp hay qua đơn vị khác."))
			.andExpect(jsonPath("$.errors[8].row").value(9))
			.andExpect(error(9, 10, "parent",
					"Đơn vị „" + p + "SELF“ không thể là cấp trên của chính nó, " + "trực tiếp hay qua đơn vị khác."));

		assertThat(units.byCode(p + "NEW")).as("a valid row of a bad workbook").isEmpty();
		assertThat(units.byCode(p + "OLD")).contains(existing);
	}

	@Test
	void aUnitThatWouldBecomeItsOwnAncestorThroughAnExistingUnitIsAnError() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView top = units.ensure(p + "TOP", "Bộ", "MINISTRY", null);
		units.ensure(p + "MID", "Cục", "CUC", top.id());
		importAs(secretariat(),
				TestWorkbooks.xlsx("Units",
						new Object[][] { { "code", "name", "parent" }, { p + "TOP", "Bộ", p + "MID" } }))
			.andExpect(status().isBadRequest())
			.andExpect(error(0, 2, "parent",
					"Đơn vị „" + p + "TOP“ không thể là cấp trên của chính nó, trực tiếp hay qua đơn vị khác."));
		assertThat(units.byCode(p + "TOP").orElseThrow().parentId()).isNull();
	}

	@Test
	void errorsAreWordedInEnglishWhenAskedFor() throws Exception {
		mvc.perform(multipart("/api/v1/units/import")
			.file(TestWorkbooks
				.file(TestWorkbooks.xlsx("Units", new Object[][] { { "name", "type" }, { "Tỉnh", "PROVINCE" } })))
			.header("Accept-Language", "en")
			.with(httpBasic(secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(error(0, 1, "code", "The required column \"code\" (Mã đơn vị) is missing."));
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "don-vi.xlsx", "text/plain",
				"code,name\nX,Y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/units/import").file(text)
			.with(httpBasic(secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value("Tệp tải lên không phải là tệp Excel (.xlsx hoặc .xls)."));
	}

	@Test
	void aUnitOfficerMayNotImport() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView own = units.ensure(p + "OWN", "Tỉnh Của Tôi", "PROVINCE", null);
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		importAs(officer, TestWorkbooks.xlsx("Units", new Object[][] { { "code", "name" }, { p + "NEW", "Tỉnh" } }))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		assertThat(units.byCode(p + "NEW")).isEmpty();
	}

	@Test
	void theExportImportsAgainWithoutAnyChange() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView top = units.ensure(p + "BO", "Bộ Xuất", "MINISTRY", null);
		units.ensure(new UnitDetails(p + "VU", "Vụ Xuất", "VU", p + "BO", false), "test");
		units.ensure(p + "TINH", "Tỉnh Xuất", "PROVINCE", null);
		List<UnitView> before = units.all();

		byte[] export = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/units/export")
				.with(httpBasic(secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<List<String>> rows = TestWorkbooks.read(export, 0);
		assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Xếp hạng");
		assertThat(rows).contains(List.of(p + "VU", "Vụ Xuất", "VU", p + "BO", "N"));
		assertThat(rows.indexOf(List.of(p + "BO", "Bộ Xuất", "MINISTRY", "", "Y")))
			.isLessThan(rows.indexOf(List.of(p + "VU", "Vụ Xuất", "VU", p + "BO", "N")));
		importAs(secretariat(), export).andExpect(content().json("{\"created\": 0, \"updated\": 0}", true));
		assertThat(units.all()).isEqualTo(before);
		assertThat(top.active()).isTrue();
	}

	@Test
	void theTemplateHasVietnameseHeadersExamplesAndTheTypesAndImportsAsItIs() throws Exception {
		byte[] template = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/units/template")
				.with(httpBasic(secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TestWorkbooks.sheetName(template, 0)).isEqualTo("Units");
		List<List<String>> rows = TestWorkbooks.read(template, 0);
		assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Xếp hạng");
		assertThat(rows).hasSizeGreaterThan(3).contains(List.of("TTCP", "Thanh tra Chính phủ", "MINISTRY", "", "N"));
		assertThat(TestWorkbooks.read(template, 1)).contains(List.of("CUC", "Cục"));
		importAs(secretariat(), template).andExpect(status().isOk());
	}

	private ResultActions importAs(UserView user, byte[] workbook) throws Exception {
		return mvc.perform(multipart("/api/v1/units/import").file(TestWorkbooks.file(workbook))
			.with(httpBasic(user.username(), TestAccounts.PASSWORD)));
	}

	private UserView secretariat() {
		return accounts.create(Role.SECRETARIAT);
	}

	private static org.springframework.test.web.servlet.ResultMatcher error(int index, int row, String column,
			String message) {
		return (result) -> {
			jsonPath("$.errors[" + index + "].sheet").exists().match(result);
			jsonPath("$.errors[" + index + "].row").value(row).match(result);
			jsonPath("$.errors[" + index + "].column").value(column).match(result);
			jsonPath("$.errors[" + index + "].message").value(message).match(result);
		};
	}

}
