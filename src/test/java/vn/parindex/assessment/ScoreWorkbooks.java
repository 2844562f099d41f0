package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Scores workbooks written, read and altered in tests.
 */
final class ScoreWorkbooks {

	static final Object[] VIETNAMESE_HEADERS = { "Mã đơn vị", "Mã tiêu chí", "Điểm tự đánh giá", "Điểm thẩm định",
			"Không phát sinh", "Ghi chú" };

	private ScoreWorkbooks() {
	}

	/** A sheet {@code Scores}; {@code null} leaves a cell empty. */
	static byte[] xlsx(Object[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Scores");
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
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "diem.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	/** The same workbook with every data row of the first sheet moved to another unit. */
	static byte[] withUnit(byte[] workbook, String unitCode) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					// a streamed export holds inline strings, which POI does not
					// overwrite in place
					row.removeCell(row.getCell(0));
					row.createCell(0).setCellValue(unitCode);
				}
			}
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cells of a sheet as text, row by row. */
	static List<List<String>> read(byte[] workbook, int sheetIndex) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : book.getSheetAt(sheetIndex)) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					cells.add(formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
