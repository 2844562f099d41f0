package vn.parindex.statistics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Observations imported from the statistics workbook and from CSV files over the API:
 * both header languages, per-row sources, every error by row and column, and files that
 * are not what their names say.
 */
@IntegrationTest
class FeedFileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticsFixture fixture;

	static byte[] workbook(boolean vietnamese, Object[]... rows) throws Exception {
		List<Column> columns = ObservationFiles.COLUMNS.stream()
			.map((column) -> vietnamese ? column : new Column(column.key(), column.key(), column.required()))
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(ObservationFiles.SHEET, columns);
			for (Object[] row : rows) {
				writer.row(row);
			}
			writer.write(out);
		}
		return out.toByteArray();
	}

	private ResultActions upload(String name, byte[] content, String source) throws Exception {
		var request = multipart("/api/v1/statistics/observations/import")
			.file(new MockMultipartFile("file", name, null, content));
		if (source != null) {
			request.param("source", source);
		}
		return mvc.perform(request.with(user(accounts.principal(accounts.create(Role.SECRETARIAT)))).with(csrf()));
	}

	@SuppressWarnings("unchecked")
	static List<String> located(String answer) {
		List<java.util.Map<String, Object>> errors = com.jayway.jsonpath.JsonPath.parse(answer).read("$.errors");
		return errors.stream().map((error) -> error.get("row") + ":" + error.get("column")).toList();
	}

	private int rows(UnitView unit) {
		return fixture.jdbc.queryForObject("select count(*) from statistic_observation where unit_id = ?",
				Integer.class, unit.id());
	}

	@Test
	void aWorkbookWithVietnameseHeadersIsStoredWithEachRowsSource() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		byte[] file = workbook(true,
				new Object[] { unit.code(), ratio.code(), "2026-Q1", 82978, 86544, null, null, null },
				new Object[] { unit.code(), count.code(), "2026-Q1", null, null, 7, "bao-cao-ubnd", "Quý I" });
		upload("so-lieu.xlsx", file, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.replaced").value(0));
		assertThat(fixture.history(unit, ratio)).containsExactly("2026-Q1 tep-so-lieu 82978.0000/86544.0000");
		assertThat(fixture.history(unit, count)).containsExactly("2026-Q1 bao-cao-ubnd 7.0000");
		assertThat(fixture.jdbc.queryForObject(
				"select channel from statistic_observation where unit_id = ? and indicator_id = ?", String.class,
				unit.id(), count.id()))
			.isEqualTo("FILE");
		// the same file again changes nothing
		upload("so-lieu.xlsx", file, null).andExpect(jsonPath("$.unchanged").value(2));
		assertThat(rows(unit)).isEqualTo(2);
	}

	@Test
	void aWorkbookWithErrorsIsRefusedWholeByRowAndColumn() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		byte[] file = workbook(false, new Object[] { unit.code(), ratio.code(), "2026-Q1", 5, 10, null, null, null },
				new Object[] { "KHONG_CO", ratio.code(), "2026-Q9", 5, 10, null, null, null },
				new Object[] { unit.code(), ratio.code(), "2026-Q2", "năm", 10, null, null, null },
				new Object[] { unit.code(), ratio.code(), "2026-Q3", 5, 10, 1, null, null });
		String answer = upload("so-lieu.xlsx", file, null).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(located(answer)).containsExactlyInAnyOrder("3:unit", "3:period", "4:numerator", "5:value");
		assertThat(rows(unit)).isZero();
	}

	@Test
	void aCsvWithABomAndSemicolonsIsReadLikeTheWorkbook() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		Indicator value = fixture.indicator(IndicatorKind.VALUE, PeriodAggregation.LAST, false);
		String csv = "\uFEFFMã đơn vị;Mã chỉ tiêu;Kỳ;Tử số;Mẫu số;Giá trị;Ghi chú\r\n" + unit.code() + ";"
				+ ratio.code() + ";2026-07;46500;79640;;\"Số liệu; huyện\"\r\n" + unit.code() + ";" + value.code()
				+ ";2026;;;-2,5;\r\n";
		upload("so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8), "he-thong-mot-cua").andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));
		assertThat(fixture.history(unit, ratio)).containsExactly("2026-07 he-thong-mot-cua 46500.0000/79640.0000");
		assertThat(fixture.history(unit, value)).containsExactly("2026 he-thong-mot-cua -2.5000");
		assertThat(fixture.jdbc.queryForObject(
				"select note from statistic_observation where unit_id = ? and indicator_id = ?", String.class,
				unit.id(), ratio.id()))
			.isEqualTo("Số liệu; huyện");
	}

	@Test
	void aCsvWithCommasListsEveryErrorByLine() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		String csv = "unit,indicator,period,numerator,denominator\n" + unit.code() + "," + ratio.code()
				+ ",2026-Q1,5,10\n" + unit.code() + "," + ratio.code() + ",2026-Q1,6,10\n" + unit.code()
				+ ",,2026-Q2,1,\n";
		String answer = upload("so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8), null)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(located(answer)).containsExactlyInAnyOrder("3:period", "4:indicator");
		assertThat(rows(unit)).isZero();
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		byte[] xlsx = workbook(false, new Object[] { unit.code(), ratio.code(), "2026-Q1", 5, 10, null, null, null });
		upload("so-lieu.csv", xlsx, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Excel")));
		upload("so-lieu.xlsx", "unit,indicator,period\n".getBytes(StandardCharsets.UTF_8), null)
			.andExpect(status().isBadRequest());
		upload("so-lieu.pdf", xlsx, null).andExpect(status().isBadRequest());
		byte[] notUtf8 = ("unit,indicator,period\n" + unit.code() + ",X,2026-Q1\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		notUtf8[notUtf8.length - 3] = (byte) 0xC3;
		upload("so-lieu.csv", notUtf8, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
		upload("so-lieu.csv", "unit;period\n".getBytes(StandardCharsets.UTF_8), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].column").value("indicator"));
		assertThat(rows(unit)).isZero();
	}

}
