package vn.parindex.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one sheet of an old binary {@code .xls} through POI's user model, which holds the
 * whole workbook. That is bounded, not streamed: an {@code .xls} is not compressed, so
 * its model is a small multiple of the file, which is refused above
 * {@link WorkbookLimits#maxXlsSize()} before it is parsed; the format itself stops at
 * 65,536 rows and 256 columns; and reads are few at once. POI's record-level event API
 * would save that multiple at the price of re-implementing cell formatting and formula
 * results, for a format agencies now rarely send.
 */
final class XlsWorkbook {

	private final byte[] content;

	private final WorkbookLimits limits;

	XlsWorkbook(byte[] content, WorkbookLimits limits) {
		this.content = content;
		this.limits = limits;
	}

	/** Reads the whole file, refusing it as soon as it passes the limit. */
	static byte[] readBounded(InputStream in, WorkbookLimits limits) throws IOException {
		long max = limits.maxXlsSize().toBytes();
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (content.length > max) {
			throw WorkbookError.refusal("workbook.error.xlsTooLarge", MarkupGuard.megabytes(max));
		}
		return content;
	}

	/** As {@link XlsxWorkbook#read}. */
	Optional<String> read(String preferredSheet, boolean orFirst, SheetRows.Sink sink) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(new java.io.ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(preferredSheet);
			if (sheet == null && orFirst && workbook.getNumberOfSheets() > 0) {
				sheet = workbook.getSheetAt(0);
			}
			if (sheet == null) {
				return Optional.empty();
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			SheetRows rows = new SheetRows(sheet.getSheetName(), limits, sink);
			for (Row row : sheet) {
				rows.startRow(row.getRowNum() + 1);
				for (Cell cell : row) {
					rows.cell(cell.getColumnIndex(), formatter.formatCellValue(cell));
				}
				rows.endRow();
			}
			return Optional.of(sheet.getSheetName());
		}
	}

}
