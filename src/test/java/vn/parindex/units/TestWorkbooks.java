package vn.parindex.units;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Workbooks written and read in tests, and unit codes no other test uses.
 */
final class TestWorkbooks {

	private static final AtomicInteger sequence = new AtomicInteger();

	private TestWorkbooks() {
	}

	/** A code prefix of its own for one test: tests share one database. */
	static String prefix() {
		return "T" + ProcessHandle.current().pid() % 10_000 + "-" + sequence.incrementAndGet() + "-";
	}

	static byte[] xlsx(String sheet, Object[][] rows) {
		Map<String, Object[][]> sheets = new LinkedHashMap<>();
		sheets.put(sheet, rows);
		return xlsx(sheets);
	}

	/** Sheets in the given order; {@code null} leaves a cell empty. */
	static byte[] xlsx(Map<String, Object[][]> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
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
			});
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "don-vi.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	/** The cells of a sheet as text, row by row. */
	static List<List<String>> read(byte[] workbook, int sheetIndex) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : book.getSheetAt(sheetIndex)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sheetName(byte[] workbook, int sheetIndex) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			return book.getSheetName(sheetIndex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
