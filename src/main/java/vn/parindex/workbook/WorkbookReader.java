package vn.parindex.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.problem.Refusal;

import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads one sheet of an uploaded workbook: finds the sheet by name (or takes the first),
 * matches the header row to the expected columns, skips empty rows, and collects errors
 * instead of stopping at the first.
 */
public final class WorkbookReader {

	/** More rows than any real framework, unit list or score sheet holds. */
	static final int MAX_ROWS = 200_000;

	private final String sheetName;

	private final List<WorkbookRow> rows;

	private final List<WorkbookError> errors = new ArrayList<>();

	private WorkbookReader(Sheet sheet, List<Column> columns) {
		this.sheetName = sheet.getSheetName();
		this.rows = read(sheet, columns);
	}

	/**
	 * Opens an {@code .xlsx} or {@code .xls} workbook, judged by its content, not its
	 * name.
	 * @throws vn.parindex.problem.Refusal when the file is no workbook, or the sheet
	 * lacks a required column
	 */
	public static WorkbookReader read(InputStream content, String preferredSheet, List<Column> columns) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(content))) {
			FileMagic magic = FileMagic.valueOf(in);
			if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
				throw WorkbookError.refusal("workbook.error.notAWorkbook");
			}
			try (Workbook workbook = WorkbookFactory.create(in)) {
				Sheet sheet = workbook.getSheet(preferredSheet);
				if (sheet == null) {
					sheet = workbook.getSheetAt(0);
				}
				WorkbookReader reader = new WorkbookReader(sheet, columns);
				if (!reader.errors.isEmpty() && reader.rows.isEmpty()) {
					throw WorkbookError.refusal(reader.errors);
				}
				return reader;
			}
		}
		catch (EmptyFileException ex) {
			throw WorkbookError.refusal("workbook.error.notAWorkbook");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refusal refusal) {
				throw refusal;
			}
			throw WorkbookError.refusal("workbook.error.unreadable");
		}
	}

	/**
	 * Reads a sheet that a workbook may or may not have, e.g. an optional settings sheet;
	 * a workbook without it gives nothing.
	 */
	public static java.util.Optional<WorkbookReader> readIfPresent(byte[] content, String sheetName,
			List<Column> columns) {
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(sheetName);
			return (sheet != null) ? java.util.Optional.of(new WorkbookReader(sheet, columns))
					: java.util.Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			throw WorkbookError.refusal("workbook.error.unreadable");
		}
	}

	public List<WorkbookRow> rows() {
		return rows;
	}

	public String sheetName() {
		return sheetName;
	}

	public List<WorkbookError> errors() {
		return List.copyOf(errors);
	}

	/** Records an error; {@link #throwIfErrors()} ends the import with all of them. */
	public void error(Integer row, String column, String messageKey, Object... arguments) {
		errors.add(WorkbookError.of(sheetName, row, column, messageKey, arguments));
	}

	public void throwIfErrors() {
		if (!errors.isEmpty()) {
			throw WorkbookError.refusal(errors);
		}
	}

	private List<WorkbookRow> read(Sheet sheet, List<Column> columns) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		int headerIndex = firstNonEmptyRow(sheet, formatter);
		if (headerIndex < 0) {
			error(null, null, "workbook.error.emptySheet");
			return List.of();
		}
		Map<Integer, String> keysByIndex = headers(sheet.getRow(headerIndex), columns, formatter);
		if (!errors.isEmpty()) {
			return List.of();
		}
		List<WorkbookRow> result = new ArrayList<>();
		for (int index = headerIndex + 1; index <= sheet.getLastRowNum(); index++) {
			Map<String, String> values = values(sheet.getRow(index), keysByIndex, formatter);
			if (values.values().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (result.size() == MAX_ROWS) {
				error(index + 1, null, "workbook.error.tooManyRows", MAX_ROWS);
				break;
			}
			result.add(new WorkbookRow(this, index + 1, values));
		}
		return result;
	}

	private Map<Integer, String> headers(Row header, List<Column> columns, DataFormatter formatter) {
		Map<String, String> keyByName = new HashMap<>();
		for (Column column : columns) {
			keyByName.put(normalize(column.key()), column.key());
			keyByName.put(normalize(column.label()), column.key());
		}
		Map<Integer, String> keysByIndex = new LinkedHashMap<>();
		for (Cell cell : header) {
			String key = keyByName.get(normalize(formatter.formatCellValue(cell)));
			if (key != null) {
				keysByIndex.put(cell.getColumnIndex(), key);
			}
		}
		for (Column column : columns) {
			if (column.required() && !keysByIndex.containsValue(column.key())) {
				error(header.getRowNum() + 1, column.key(), "workbook.error.missingColumn", column.key(),
						column.label());
			}
		}
		return keysByIndex;
	}

	private static Map<String, String> values(Row row, Map<Integer, String> keysByIndex, DataFormatter formatter) {
		Map<String, String> values = new HashMap<>();
		keysByIndex.forEach((index, key) -> {
			Cell cell = (row != null) ? row.getCell(index) : null;
			values.put(key, (cell != null) ? formatter.formatCellValue(cell) : "");
		});
		return values;
	}

	private static int firstNonEmptyRow(Sheet sheet, DataFormatter formatter) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (!formatter.formatCellValue(cell).isBlank()) {
					return row.getRowNum();
				}
			}
		}
		return -1;
	}

	private static String normalize(String header) {
		return (header == null) ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
