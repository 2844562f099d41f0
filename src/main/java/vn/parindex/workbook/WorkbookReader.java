package vn.parindex.workbook;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;

import vn.parindex.problem.Refusal;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads one sheet of an uploaded workbook: finds the sheet by name (or takes the first),
 * matches the header row to the expected columns, skips empty rows, and collects errors
 * instead of stopping at the first.
 * <p>
 * An {@code .xlsx} is read as a stream (see {@link XlsxWorkbook}), an {@code .xls}
 * through a bounded model (see {@link XlsWorkbook}); either way a sheet beyond the
 * {@link WorkbookLimits} is refused with a message naming the limit, and only the columns
 * asked for are kept. At most {@link WorkbookLimits#maxConcurrentReads()} workbooks are
 * read at once; one more is refused at once with 429, never queued.
 */
public final class WorkbookReader {

	private static volatile WorkbookLimits limits = WorkbookLimits.defaults();

	private static volatile ReadGate gate = new ReadGate(limits);

	private final List<Column> columns;

	private final WorkbookLimits bounds;

	private final Consumer<WorkbookRow> each;

	private final List<WorkbookRow> rows = new ArrayList<>();

	private final SheetRows.Sink sink = new SheetRows.Sink() {

		@Override
		public void sheet(String name) {
			sheetName = name;
		}

		@Override
		public void row(int number, SortedMap<Integer, String> cells) {
			WorkbookReader.this.row(number, cells);
		}

	};

	private final List<WorkbookError> errors = new ArrayList<>();

	private String sheetName;

	private Map<Integer, String> keysByIndex;

	private final List<String> unknownHeaders = new ArrayList<>();

	private Integer headerRow;

	private int dataRows;

	private long text;

	private WorkbookReader(List<Column> columns, WorkbookLimits bounds, Consumer<WorkbookRow> each) {
		this.columns = columns;
		this.bounds = bounds;
		this.each = (each != null) ? each : rows::add;
	}

	/** Applies the configured limits to every read from now on. */
	static synchronized void configure(WorkbookLimits configured) {
		limits = configured;
		gate = new ReadGate(configured);
		ZipSecureFile.setMinInflateRatio(configured.minInflateRatio());
		ZipSecureFile
			.setMaxEntrySize(Math.max(configured.maxPartSize().toBytes(), configured.maxStructureSize().toBytes()));
	}

	/**
	 * Opens an {@code .xlsx} or {@code .xls} workbook, judged by its content, not its
	 * name.
	 * @throws vn.parindex.problem.Refusal when the file is no workbook, or the sheet
	 * lacks a required column, or passes a limit (400); or when too many workbooks are
	 * being read (429)
	 */
	public static WorkbookReader read(InputStream content, String preferredSheet, List<Column> columns) {
		return read(content, preferredSheet, columns, limits, null);
	}

	/**
	 * Reads a sheet that a workbook may or may not have, e.g. an optional settings sheet;
	 * a workbook without it gives nothing.
	 */
	public static Optional<WorkbookReader> readIfPresent(byte[] content, String sheetName, List<Column> columns) {
		return read(new ByteArrayInputStream(content), sheetName, true, columns, limits, null);
	}

	/**
	 * As {@link #read(InputStream, String, List)} within the limits given; each row goes
	 * to {@code each} as soon as it is read, and is not kept, when that is not
	 * {@code null}.
	 */
	static WorkbookReader read(InputStream content, String preferredSheet, List<Column> columns, WorkbookLimits bounds,
			Consumer<WorkbookRow> each) {
		return read(content, preferredSheet, false, columns, bounds, each).orElseThrow();
	}

	/**
	 * @param onlyThatSheet whether to read only the sheet named, and leave the errors of
	 * its header to the caller
	 */
	private static Optional<WorkbookReader> read(InputStream content, String sheet, boolean onlyThatSheet,
			List<Column> columns, WorkbookLimits bounds, Consumer<WorkbookRow> each) {
		try (ReadGate.Pass pass = gate.enter()) {
			WorkbookReader reader = new WorkbookReader(columns, bounds, each);
			if (reader.readSheet(content, sheet, !onlyThatSheet).isEmpty()) {
				return Optional.empty();
			}
			if (reader.keysByIndex == null && reader.errors.isEmpty()) {
				reader.error(null, null, "workbook.error.emptySheet");
			}
			if (!onlyThatSheet && !reader.errors.isEmpty() && reader.dataRows == 0) {
				throw WorkbookError.refusal(reader.errors);
			}
			return Optional.of(reader);
		}
	}

	private Optional<String> readSheet(InputStream content, String sheet, boolean orFirst) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(content))) {
			FileMagic magic = FileMagic.valueOf(in);
			if (magic == FileMagic.OLE2) {
				return new XlsWorkbook(XlsWorkbook.readBounded(in, bounds), bounds).read(sheet, orFirst, sink);
			}
			if (magic != FileMagic.OOXML) {
				throw WorkbookError.refusal("workbook.error.notAWorkbook");
			}
			Path file = Files.createTempFile("parindex-workbook-", ".xlsx");
			try {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				return new XlsxWorkbook(file.toFile(), bounds).read(sheet, orFirst, sink);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (EmptyFileException ex) {
			throw WorkbookError.refusal("workbook.error.notAWorkbook");
		}
		catch (HeaderRefused ex) {
			return Optional.of(sheetName);
		}
		catch (Exception ex) {
			throw ReadFailures.refusal(ex, bounds);
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

	/**
	 * The header row's texts that name none of the columns asked for, in their order: an
	 * import whose columns are not fixed (e.g. one per question) may refuse them.
	 */
	public List<String> unknownHeaders() {
		return List.copyOf(unknownHeaders);
	}

	/** The header row's number as Excel shows it; {@code null} when none was read. */
	public Integer headerRow() {
		return headerRow;
	}

	public void throwIfErrors() {
		if (!errors.isEmpty()) {
			throw WorkbookError.refusal(errors);
		}
	}

	/** The first row with a value is the header; each later one a data row. */
	private void row(int number, SortedMap<Integer, String> cells) {
		if (keysByIndex == null) {
			if (cells.values().stream().allMatch(String::isBlank)) {
				return;
			}
			keysByIndex = headers(number, cells);
			if (!errors.isEmpty()) {
				throw new HeaderRefused();
			}
			return;
		}
		Map<String, String> values = new HashMap<>();
		keysByIndex.forEach((index, key) -> values.put(key, cells.getOrDefault(index, "")));
		if (values.values().stream().allMatch(String::isBlank)) {
			return;
		}
		if (dataRows == bounds.maxRows()) {
			throw refusal(number, "workbook.error.tooManyRows", bounds.maxRows());
		}
		for (String value : values.values()) {
			text += value.length();
		}
		if (text > bounds.maxText()) {
			throw refusal(number, "workbook.error.tooMuchText", bounds.maxText());
		}
		dataRows++;
		each.accept(new WorkbookRow(this, number, values));
	}

	private Map<Integer, String> headers(int number, SortedMap<Integer, String> header) {
		Map<String, String> keyByName = new HashMap<>();
		for (Column column : columns) {
			keyByName.put(normalize(column.key()), column.key());
			keyByName.put(normalize(column.label()), column.key());
		}
		Map<Integer, String> keys = new LinkedHashMap<>();
		headerRow = number;
		header.forEach((index, text) -> {
			String key = keyByName.get(normalize(text));
			if (key != null) {
				keys.put(index, key);
			}
			else if (text != null && !text.isBlank()) {
				unknownHeaders.add(text.strip());
			}
		});
		for (Column column : columns) {
			if (column.required() && !keys.containsValue(column.key())) {
				error(number, column.key(), "workbook.error.missingColumn", column.key(), column.label());
			}
		}
		return keys;
	}

	private Refusal refusal(int number, String messageKey, Object argument) {
		return WorkbookError.refusal(List.of(WorkbookError.of(sheetName, number, null, messageKey, argument)));
	}

	private static String normalize(String header) {
		return (header == null) ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Ends the read of a sheet whose header lacks a required column. */
	private static final class HeaderRefused extends RuntimeException {

		HeaderRefused() {
			super(null, null, false, false);
		}

	}

}
