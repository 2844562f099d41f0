package vn.parindex.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook sheet by sheet, streaming rows so that exports of any size stay small
 * in memory. Headers are the columns' Vietnamese labels, which imports accept.
 */
public final class WorkbookWriter implements AutoCloseable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);

	private final CellStyle headerStyle;

	private Sheet sheet;

	private int nextRow;

	public WorkbookWriter() {
		headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
	}

	/** Starts a sheet with a header row of the columns' labels. */
	public WorkbookWriter sheet(String name, List<Column> columns) {
		sheet = workbook.createSheet(name);
		nextRow = 0;
		Row header = sheet.createRow(nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).label());
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(i, Math.min(60, Math.max(12, columns.get(i).label().length() + 4)) * 256);
		}
		sheet.createFreezePane(0, 1);
		return this;
	}

	/**
	 * Adds a row; numbers become numeric cells, {@code null} an empty cell, the rest
	 * text.
	 */
	public WorkbookWriter row(Object... values) {
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
		return this;
	}

	public void write(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
