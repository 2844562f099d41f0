package vn.parindex.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import vn.parindex.problem.Refusal;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile and huge workbooks: each is read row by row within its limits or refused with a
 * message naming the limit, never read whole into memory.
 */
class WorkbookLimitsTests {

	private static final List<Column> COLUMNS = List.of(Column.required("code", "Mã"), Column.optional("name", "Tên"));

	private static final String PART = "/xl/worksheets/sheet1.xml";

	@Test
	void aSheetWithMoreRowsThanAllowedIsRefusedAtTheLimitWithoutReadingOn() {
		int max = WorkbookLimits.defaults().maxRows();
		// after the rows allowed and one more, the XML breaks off: only a reader that
		// stops at the limit can say what is wrong
		byte[] workbook = HostileWorkbooks.truncated("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã", "Tên"));
			for (int r = 2; r <= max + 2; r++) {
				out.write(HostileWorkbooks.row(r, "U" + r, "Đơn vị " + r));
			}
		});
		assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement().satisfies((error) -> {
					assertThat(error.messageKey()).isEqualTo("workbook.error.tooManyRows");
					assertThat(error.arguments()).containsExactly(max);
					assertThat(error.location()).containsEntry("sheet", "Units").containsEntry("row", max + 2);
				}));
	}

	@Test
	void aPartThatInflatesLikeAZipBombIsRefusedAsOne() {
		// 64 MB of blanks between two rows deflate to some 64 KB
		byte[] bomb = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã"));
			char[] blanks = new char[1 << 20];
			java.util.Arrays.fill(blanks, ' ');
			for (int i = 0; i < 64; i++) {
				out.write(blanks);
			}
			out.write(HostileWorkbooks.row(2, "A"));
		});
		assertThat(bomb.length).isLessThan(1 << 20);
		assertThatThrownBy(() -> read(bomb)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement().satisfies((error) -> {
					assertThat(error.messageKey()).isEqualTo("workbook.error.inflated");
					assertThat(error.arguments()).containsExactly("xl/worksheets/sheet1.xml", 100L);
				}));
	}

	@Test
	void aStylesPartLargerThanAnyRealOneIsRefusedBeforeItIsParsed() {
		byte[] workbook = HostileWorkbooks.withStyles("Units",
				(out) -> out.write(HostileWorkbooks.row(1, "Mã") + HostileWorkbooks.row(2, "A")), (out) -> {
					out.write("<cellXfs>");
					for (int i = 0; i < 400_000; i++) {
						out.write("<xf numFmtId=\"" + (i * 7919 % 100_003) + "\" fontId=\"" + (i % 97) + "\"/>");
					}
					out.write("</cellXfs>");
				});
		assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement().satisfies((error) -> {
					assertThat(error.messageKey()).isEqualTo("workbook.error.partTooLarge");
					assertThat(error.arguments()).containsExactly("xl/styles.xml", 8L);
				}));
	}

	@Test
	void anAttributeLongerThanAnyCellIsRefusedBeforeTheParserHoldsIt() {
		int length = (int) WorkbookLimits.defaults().maxMarkupRun() + 1;
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã"));
			out.write("<row r=\"2\" x=\"");
			java.util.Random random = new java.util.Random(11);
			for (int i = 0; i < length; i++) {
				out.write('a' + random.nextInt(26));
			}
			out.write("\"/>");
		});
		assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement()
					.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.markupTooLong")));
	}

	@Test
	void aRowWithMoreCellsThanAllowedIsRefusedNamingTheLimitAndTheRow() {
		int max = WorkbookLimits.defaults().maxCellsPerRow();
		String[] cells = new String[max + 1];
		java.util.Arrays.fill(cells, "x");
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã"));
			out.write(HostileWorkbooks.row(2, cells));
		});
		assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement().satisfies((error) -> {
					assertThat(error.messageKey()).isEqualTo("workbook.error.tooManyCellsInRow");
					assertThat(error.arguments()).containsExactly(max);
					assertThat(error.location()).containsEntry("row", 2);
				}));
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefusedNamingItsRowAndColumn() {
		String tooLong = "x".repeat(WorkbookLimits.defaults().maxCellLength() + 1);
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã", "Tên"));
			out.write(HostileWorkbooks.row(2, "A", tooLong));
		});
		assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement().satisfies((error) -> {
					assertThat(error.messageKey()).isEqualTo("workbook.error.cellTooLong");
					assertThat(error.location()).containsEntry("row", 2).containsEntry("column", "B");
				}));
	}

	@Test
	void theCellsOfAWholeSheetAndTheTextKeptAreLimited() {
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã", "Tên", "Other"));
			for (int r = 2; r < 100; r++) {
				out.write(HostileWorkbooks.row(r, "U" + r, "Đơn vị", "ignored"));
			}
		});
		assertThatThrownBy(() -> read(workbook, limits(1_000, 200, 1_000_000, 1_000)))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> assertThat(refusal.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.tooManyCells")));
		assertThatThrownBy(() -> read(workbook, limits(1_000, 1_000, 500, 1_000))).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors()).singleElement()
					.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.tooMuchText")));
	}

	@Test
	void theSharedStringsTableIsRefusedBeyondItsLimit() throws IOException {
		byte[] workbook = WorkbookReaderTests
			.xlsx("Units", new Object[][] { { "Mã" }, { "A" }, { "B" }, { "C" }, { "D" } })
			.readAllBytes();
		assertThatThrownBy(() -> read(workbook, limits(1_000, 1_000, 1_000_000, 3)))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> assertThat(refusal.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.tooManyTexts")));
		assertThat(read(workbook, limits(1_000, 1_000, 1_000_000, 5)).rows()).hasSize(4);
	}

	@Test
	void rowsReachTheCallerOneByOneAsTheSheetIsParsed() {
		// the sheet breaks off after its rows: a reader that parsed it whole would hand
		// over none of them
		byte[] workbook = HostileWorkbooks.truncated("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã"));
			for (int r = 2; r <= 1_001; r++) {
				out.write(HostileWorkbooks.row(r, "U" + r));
			}
		});
		List<Integer> handed = new ArrayList<>();
		assertThatThrownBy(() -> WorkbookReader.read(new ByteArrayInputStream(workbook), "Units", COLUMNS,
				WorkbookLimits.defaults(), (row) -> handed.add(row.number())))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> assertThat(refusal.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.unreadable")));
		assertThat(handed).hasSize(1_000).startsWith(2, 3).endsWith(1_001);
	}

	@Test
	void aSheetOfAHundredMegabytesIsReadRowByRowWithoutKeepingTheRows() {
		// Excel's last row, each with two cells: some 120 MB of XML
		int rows = 1_048_576;
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã", "Tên"));
			for (int r = 2; r <= rows; r++) {
				out.write(HostileWorkbooks.row(r, Integer.toString(r * 7919 % 1_000_003), "u" + r));
			}
		});
		WorkbookLimits roomy = new WorkbookLimits(Integer.MAX_VALUE, 10, Integer.MAX_VALUE, 100, Long.MAX_VALUE, 10, 10,
				DataSize.ofGigabytes(1), DataSize.ofMegabytes(1), 0.01, DataSize.ofMegabytes(1), 2,
				java.time.Duration.ofSeconds(1));
		AtomicInteger count = new AtomicInteger();
		AtomicLong lastRow = new AtomicLong();
		WorkbookReader reader = WorkbookReader.read(new ByteArrayInputStream(workbook), "Units", COLUMNS, roomy,
				(row) -> {
					count.incrementAndGet();
					lastRow.set(row.number());
				});
		assertThat(count).hasValue(rows - 1);
		assertThat(lastRow).hasValue(rows);
		assertThat(reader.rows()).isEmpty();
		assertThat(reader.errors()).isEmpty();
	}

	@Test
	void anXlsIsReadWithTheSameCellsAndRefusedAboveItsSize() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (HSSFWorkbook xls = new HSSFWorkbook()) {
			Sheet sheet = xls.createSheet("Units");
			sheet.createRow(0).createCell(1).setCellValue("Mã");
			sheet.createRow(2).createCell(1).setCellValue(12.5);
			xls.write(out);
		}
		WorkbookReader reader = read(out.toByteArray());
		assertThat(reader.rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(3);
			assertThat(row.text("code")).isEqualTo("12.5");
		});
		WorkbookLimits small = new WorkbookLimits(10, 10, 10, 10, 10, 10, 10, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(1), 0.01, DataSize.ofBytes(1024), 2, java.time.Duration.ofSeconds(1));
		assertThatThrownBy(
				() -> WorkbookReader.read(new ByteArrayInputStream(out.toByteArray()), "Units", COLUMNS, small, null))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> assertThat(refusal.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("workbook.error.xlsTooLarge")));
	}

	private static WorkbookReader read(byte[] workbook) {
		return WorkbookReader.read(new ByteArrayInputStream(workbook), "Units", COLUMNS);
	}

	private static WorkbookReader read(byte[] workbook, WorkbookLimits limits) {
		return WorkbookReader.read(new ByteArrayInputStream(workbook), "Units", COLUMNS, limits, null);
	}

	private static WorkbookLimits limits(int rows, int cells, long text, int sharedStrings) {
		WorkbookLimits defaults = WorkbookLimits.defaults();
		return new WorkbookLimits(rows, defaults.maxCellsPerRow(), cells, defaults.maxCellLength(), text, sharedStrings,
				defaults.maxSharedStringChars(), defaults.maxPartSize(), defaults.maxStructureSize(),
				defaults.minInflateRatio(), defaults.maxXlsSize(), defaults.maxConcurrentReads(),
				defaults.retryAfter());
	}

}
