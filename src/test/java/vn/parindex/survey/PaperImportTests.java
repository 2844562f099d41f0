package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paper forms imported from a workbook: all stored, or, at any error, none — with every
 * error by row and column.
 */
@IntegrationTest
class PaperImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PaperEntry entry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGoodWorkbookStoresEveryFormAsTyped() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String hn = scene.unit().code();
		byte[] workbook = xlsx(new Object[][] { { "Số phiếu", "Mã đơn vị", "Nhóm", "Q1", "Q2", "Q3", "Q4", "Q5" },
				{ "F-1", hn, "LD", 4, "a", "A,C", "Tốt", "?" },
				{ "F-2", hn.toLowerCase(), "dn", "?", null, "B", null, "D" },
				{ "F-3", scene.other().code(), "LD", 5, "B", null, null, null } });
		mvc.perform(upload(scene, workbook)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
		assertThat(jdbc.queryForList(
				"select serial from survey_response where survey_id = ? and channel = 'PAPER' order by serial",
				String.class, scene.survey()))
			.containsExactly("F-1", "F-2", "F-3");
		String f1 = jdbc.queryForObject(
				"select answers::text from survey_response where survey_id = ? and serial = 'F-1'", String.class,
				scene.survey());
		assertThat(PaperAnswers.parse(f1))
			.isEqualTo(PaperAnswers.parse("{\"Q1\":4,\"Q2\":\"A\",\"Q3\":[\"A\",\"C\"],\"Q4\":\"Tốt\",\"Q5\":null}"));
		assertThat(jdbc.queryForObject(
				"select new_value from survey_event where subject_id = ? and action = 'PAPER_IMPORTED'", String.class,
				scene.survey()))
			.isEqualTo("3: F-1 … F-3");
	}

	@Test
	void everyErrorIsListedByRowAndColumnAndNothingIsStored() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		String hn = scene.unit().code();
		entry.enter(scene.survey(), PaperEntry.PaperForm.typed("G-0", hn, "DN", Map.of()), "test");
		// row 2 is good; then a used serial, a duplicate in the file, an unknown unit, an
		// unknown group, answers off the scale and unknown options, a question not asked
		// of the group, a text too long, no serial
		byte[] workbook = xlsx(new Object[][] { { "serial", "unit", "group", "Q1", "Q2", "Q3", "Q4", "Q5", "Q9" },
				{ "G-1", hn, "LD", 4, "A", null, null, null, null },
				{ "G-0", hn, "LD", 4, null, null, null, null, null },
				{ "G-1", hn, "LD", 3, null, null, null, null, null },
				{ "G-2", "KHONG-CO", "LD", 3, null, null, null, null, null },
				{ "G-3", hn, "XX", 3, null, null, null, null, null },
				{ "G-4", hn, "LD", 6, "E", "A,Z", null, null, null },
				{ "G-5", hn, "DN", null, "A", null, "Tốt", null, null },
				{ "G-6", hn, "DN", null, null, null, "x".repeat(PaperAnswers.MAX_TEXT + 1), null, null },
				{ null, hn, "DN", 2, null, null, null, null, null } });
		mvc.perform(upload(scene, workbook))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(11)))
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("Q9"))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'serial')].message")
				.value("Phiếu số G-0 đã được nhập trong đợt khảo sát này; mỗi số phiếu chỉ nhập một lần."))
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'serial')].message")
				.value("Số phiếu G-1 đã có ở dòng 2 của tệp."))
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'unit')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'group')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 7)]", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.row == 8 && @.column == 'Q2')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 9 && @.column == 'Q4')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 10 && @.column == 'serial')]").exists());
		assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
				scene.survey()))
			.isOne();
	}

	@Test
	void aFileThatIsNoWorkbookAndASurveyNotYetOpenAreRefused() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		mvc.perform(multipart("/api/v1/surveys/" + scene.survey() + "/paper/import")
			.file(new MockMultipartFile("file", "phieu.xlsx", null, "không phải bảng tính".getBytes()))
			.with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("1 lỗi")));
		SurveyFixture.Scene early = fixture.scene(fixture.today().plusDays(3), fixture.today().plusDays(9));
		mvc.perform(upload(early,
				xlsx(new Object[][] { { "serial", "unit", "group" }, { "H-1", early.unit().code(), "DN" } })))
			.andExpect(status().isConflict());
	}

	@Test
	void thePageListsTheErrorsOfAWorkbookAndOffersATemplate() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		byte[] workbook = xlsx(
				new Object[][] { { "Số phiếu", "Mã đơn vị", "Nhóm", "Q1" }, { "K-1", scene.unit().code(), "LD", 9 } });
		mvc.perform(multipart("/surveys/" + scene.survey() + "/paper/import")
			.file(new MockMultipartFile("file", "phieu.xlsx", null, workbook))
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(containsString("<td>Q1</td>")))
			.andExpect(content().string(containsString("Câu trả lời không nằm trên thang điểm của câu hỏi.")));
		mvc.perform(multipart("/surveys/" + scene.survey() + "/paper/import")
			.file(new MockMultipartFile("file", "phieu.xlsx", null,
					xlsx(new Object[][] { { "Số phiếu", "Mã đơn vị", "Nhóm", "Q1" },
							{ "K-1", scene.unit().code(), "LD", 2 } })))
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "survey.paper.imported"));
		byte[] template = mvc
			.perform(get("/surveys/" + scene.survey() + "/paper/template")
				.with(user(accounts.principal(scene.secretariat()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(upload(scene, template)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			SurveyFixture.Scene scene, byte[] workbook) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/api/v1/surveys/" + scene.survey() + "/paper/import")
			.file(new MockMultipartFile("file", "phieu.xlsx", null, workbook))
			.with(httpBasic(scene.secretariat().username(), TestAccounts.PASSWORD));
	}

	static byte[] xlsx(Object[][] rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(PaperImport.SHEET);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
