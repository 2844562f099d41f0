package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.Decimals;
import vn.parindex.workbook.WorkbookError;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;

import org.springframework.http.HttpStatus;

/**
 * Reads the statistics workbook (sheet {@code Observations}, or the first) or a CSV file
 * with the same columns (FORMATS.md, Statistics) into feed items, one per row, with every
 * error of a cell by row and column. A header is the English key or the Vietnamese label,
 * in any case and order; other columns are passed over. The kind is told by the name
 * ({@code .xlsx}, {@code .xls}, {@code .csv}) and must be what the content is.
 */
final class ObservationFiles {

	static final String SHEET = "Observations";

	static final List<Column> COLUMNS = List.of(Column.required("unit", "Mã đơn vị"),
			Column.required("indicator", "Mã chỉ tiêu"), Column.required("period", "Kỳ"),
			Column.optional("numerator", "Tử số"), Column.optional("denominator", "Mẫu số"),
			Column.optional("value", "Giá trị"), Column.optional("source", "Nguồn"),
			Column.optional("note", "Ghi chú"));

	private static final List<String> NUMBERS = List.of("numerator", "denominator", "value");

	/** A file read: its items, the errors of its cells, the sheet (null for CSV). */
	record Read(List<FeedItem> items, List<WorkbookError> errors, String sheet) {
	}

	private ObservationFiles() {
	}

	/**
	 * @throws Refusal 400 for a file of another kind, or not what its name says; 413
	 * beyond {@link FeedLimits#maxItems()} rows
	 */
	static Read read(String fileName, InputStream content, FeedLimits limits) throws IOException {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT).strip();
		if (name.endsWith(".csv")) {
			return csv(content, limits);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			return workbook(content, limits);
		}
		throw WorkbookError.refusal("statistics.feeds.file.kind");
	}

	private static Read workbook(InputStream content, FeedLimits limits) {
		WorkbookReader reader = WorkbookReader.read(content, SHEET, COLUMNS);
		if (reader.rows().size() > limits.maxItems()) {
			throw tooMany(limits);
		}
		List<FeedItem> items = new ArrayList<>(reader.rows().size());
		for (WorkbookRow row : reader.rows()) {
			items.add(new FeedItem(row.number(), row.text("unit"), row.text("indicator"), row.text("period"),
					row.decimal("numerator"), row.decimal("denominator"), row.decimal("value"), row.text("note"),
					row.text("source")));
		}
		if (items.isEmpty() && reader.errors().isEmpty()) {
			reader.error(null, null, "statistics.feeds.file.empty");
		}
		return new Read(items, reader.errors(), reader.sheetName());
	}

	private static Read csv(InputStream content, FeedLimits limits) throws IOException {
		List<FeedItem> items = new ArrayList<>();
		List<WorkbookError> errors = new ArrayList<>();
		try (ObservationCsv csv = ObservationCsv.open(content)) {
			List<String> header = csv.next();
			while (header != null && blank(header)) {
				header = csv.next();
			}
			if (header == null) {
				throw WorkbookError.refusal("statistics.feeds.file.empty");
			}
			int headerLine = csv.recordLine();
			Map<String, Integer> columns = columns(header);
			for (Column column : COLUMNS) {
				if (column.required() && !columns.containsKey(column.key())) {
					errors.add(WorkbookError.of(null, headerLine, column.key(), "workbook.error.missingColumn",
							column.key(), column.label()));
				}
			}
			if (!errors.isEmpty()) {
				throw WorkbookError.refusal(errors);
			}
			for (List<String> record = csv.next(); record != null; record = csv.next()) {
				if (blank(record)) {
					continue;
				}
				if (items.size() == limits.maxItems()) {
					throw tooMany(limits);
				}
				int line = csv.recordLine();
				Map<String, String> cells = new HashMap<>();
				for (Map.Entry<String, Integer> column : columns.entrySet()) {
					int index = column.getValue();
					String cell = (index < record.size()) ? record.get(index).strip() : "";
					if (!cell.isEmpty()) {
						cells.put(column.getKey(), cell);
					}
				}
				Map<String, BigDecimal> numbers = new HashMap<>();
				for (String key : NUMBERS) {
					String text = cells.get(key);
					if (text != null) {
						try {
							numbers.put(key, Decimals.parse(text));
						}
						catch (NumberFormatException ex) {
							errors.add(WorkbookError.of(null, line, key, "workbook.error.notANumber", shorten(text)));
						}
					}
				}
				items.add(new FeedItem(line, cells.get("unit"), cells.get("indicator"), cells.get("period"),
						numbers.get("numerator"), numbers.get("denominator"), numbers.get("value"), cells.get("note"),
						cells.get("source")));
			}
		}
		if (items.isEmpty() && errors.isEmpty()) {
			throw WorkbookError.refusal("statistics.feeds.file.empty");
		}
		return new Read(items, errors, null);
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, String> keyByName = new HashMap<>();
		for (Column column : COLUMNS) {
			keyByName.put(normalize(column.key()), column.key());
			keyByName.put(normalize(column.label()), column.key());
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String key = keyByName.get(normalize(header.get(i)));
			if (key != null) {
				columns.putIfAbsent(key, i);
			}
		}
		return columns;
	}

	private static boolean blank(List<String> record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static String normalize(String header) {
		return (header == null) ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String shorten(String text) {
		return (text.length() > 40) ? text.substring(0, 39) + "…" : text;
	}

	private static Refusal tooMany(FeedLimits limits) {
		return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "statistics.feeds.file.tooManyRows", limits.maxItems());
	}

}
