package vn.parindex.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.parindex.problem.Refusal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookReaderTests {

	private static final List<Column> COLUMNS = List.of(Column.required("code", "Mã"),
			Column.optional("max_points", "Điểm tối đa"), Column.optional("ranked", "Xếp hạng"));

	@Test
	void headersMatchByVietnameseLabelOrEnglishKeyInAnyOrderAndCase() throws IOException {
		WorkbookReader reader = WorkbookReader
			.read(xlsx("Framework", new Object[][] { { "XẾP HẠNG", " mã ", "Max_Points" }, { "N", "1.1", 2.5 },
					{ null, null, null }, { "y", "1.2", "1,25" } }), "Framework", COLUMNS);
		assertThat(reader.rows()).hasSize(2);
		WorkbookRow first = reader.rows().get(0);
		assertThat(first.number()).isEqualTo(2);
		assertThat(first.text("code")).isEqualTo("1.1");
		assertThat(first.decimal("max_points")).isEqualByComparingTo("2.5");
		assertThat(first.yesNo("ranked", true)).isFalse();
		WorkbookRow second = reader.rows().get(1);
		assertThat(second.number()).isEqualTo(4);
		assertThat(second.decimal("max_points")).isEqualByComparingTo(new BigDecimal("1.25"));
		assertThat(second.yesNo("ranked", false)).isTrue();
		assertThat(reader.errors()).isEmpty();
	}

	@Test
	void theNamedSheetIsPreferredElseTheFirst() throws IOException {
		WorkbookReader reader = WorkbookReader.read(xlsx("Other", new Object[][] { { "code" }, { "A" } }), "Framework",
				COLUMNS);
		assertThat(reader.sheetName()).isEqualTo("Other");
		assertThat(reader.rows()).singleElement().satisfies((row) -> assertThat(row.text("code")).isEqualTo("A"));
	}

	@Test
	void aMissingRequiredColumnIsAnErrorNamingIt() throws IOException {
		assertThatThrownBy(
				() -> WorkbookReader.read(xlsx("S", new Object[][] { { "Điểm tối đa" }, { 1 } }), "S", COLUMNS))
			.isInstanceOfSatisfying(Refusal.class,
					(ex) -> assertThat(ex.errors()).singleElement().satisfies((error) -> {
						assertThat(error.messageKey()).isEqualTo("workbook.error.missingColumn");
						assertThat(error.location().get("column")).isEqualTo("code");
						assertThat(error.location().get("row")).isEqualTo(1);
					}));
	}

	@Test
	void badCellsAreCollectedWithRowAndColumnAndReadAsNull() throws IOException {
		WorkbookReader reader = WorkbookReader.read(xlsx("S",
				new Object[][] { { "code", "max_points", "ranked" }, { "1", "abc", "maybe" }, { "2", "3", "N" } }), "S",
				COLUMNS);
		WorkbookRow row = reader.rows().get(0);
		assertThat(row.decimal("max_points")).isNull();
		assertThat(row.yesNo("ranked", true)).isNull();
		assertThat(reader.errors()).extracting(WorkbookError::row, WorkbookError::column, WorkbookError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "max_points", "workbook.error.notANumber"),
					org.assertj.core.groups.Tuple.tuple(2, "ranked", "workbook.error.notYesNo"));
		assertThatThrownBy(reader::throwIfErrors).isInstanceOf(Refusal.class);
	}

	@Test
	void numbersAcceptEitherDecimalSeparatorAndThousandsGrouping() throws IOException {
		WorkbookReader reader = WorkbookReader.read(xlsx("S", new Object[][] { { "code", "max_points" },
				{ "a", "82.978,5" }, { "b", "82,978.5" }, { "c", "0,25" }, { "d", " 12 " } }), "S", COLUMNS);
		assertThat(reader.rows()).extracting((row) -> row.decimal("max_points"))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("82978.5"), new BigDecimal("82978.5"), new BigDecimal("0.25"),
					new BigDecimal("12"));
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedWhateverItsName() {
		byte[] executable = "\u007fELF\u0002\u0001\u0001 not a workbook".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> WorkbookReader.read(new ByteArrayInputStream(executable), "S", COLUMNS))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.notAWorkbook")));
		assertThatThrownBy(() -> WorkbookReader.read(new ByteArrayInputStream(new byte[0]), "S", COLUMNS))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void whatTheWriterWritesTheReaderReads() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet("Framework", COLUMNS).row("1.1", new BigDecimal("2.75"), "Y").row("1.2", null, "N");
			writer.write(out);
		}
		WorkbookReader reader = WorkbookReader.read(new ByteArrayInputStream(out.toByteArray()), "Framework", COLUMNS);
		assertThat(reader.rows()).hasSize(2);
		assertThat(reader.rows().get(0).decimal("max_points")).isEqualByComparingTo("2.75");
		assertThat(reader.rows().get(1).decimal("max_points")).isNull();
	}

	@Test
	void blankRowsBeforeTheHeaderAreSkippedAndAFormulaGivesItsResult() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("S");
			sheet.createRow(0).createCell(0).setCellValue("  ");
			sheet.createRow(1).createCell(1).setCellValue("code");
			sheet.getRow(1).createCell(2).setCellValue("max_points");
			Row row = sheet.createRow(2);
			row.createCell(1).setCellValue("1.1");
			row.createCell(2).setCellFormula("1.5*2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}
		WorkbookReader reader = WorkbookReader.read(new ByteArrayInputStream(out.toByteArray()), "S", COLUMNS);
		assertThat(reader.rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(3);
			assertThat(row.decimal("max_points")).isEqualByComparingTo("3");
		});
	}

	@Test
	void charactersExcelEscapesComeBackAsTheCellHeldThem() {
		// Excel writes a carriage return as _x000D_ and an underscore starting such a
		// sequence as _x005F_
		byte[] workbook = HostileWorkbooks.xlsx("S", (out) -> out.write(HostileWorkbooks.row(1, "code")
				+ HostileWorkbooks.row(2, "Dòng 1_x000D_\nDòng 2") + HostileWorkbooks.row(3, "Mã_x005F_x0041_ gốc")));
		WorkbookReader reader = WorkbookReader.read(new ByteArrayInputStream(workbook), "S", COLUMNS);
		assertThat(reader.rows()).extracting((row) -> row.text("code"))
			.containsExactly("Dòng 1\r\nDòng 2", "Mã_x0041_ gốc");
		assertThat(EscapedText.decode("a_x000D_b_x005F_x0041_c_xZZZZ_d")).isEqualTo("a\rb_x0041_c_xZZZZ_d");
	}

	static ByteArrayInputStream xlsx(String sheetName, Object[][] cells) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					Object value = cells[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return new ByteArrayInputStream(out.toByteArray());
		}
	}

}
