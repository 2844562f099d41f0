package vn.parindex.workbook;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.parindex.problem.Refusal;

/**
 * Hands a sheet's cells on row by row, one row in memory at a time, and refuses a sheet
 * beyond the cell limits as soon as it gets there. Whoever reads a sheet (the
 * {@code .xlsx} stream or the {@code .xls} model) puts its cells here.
 */
final class SheetRows {

	/** Takes each row that holds any value, in sheet order. */
	interface Sink {

		/** Names the sheet chosen, before its rows. */
		void sheet(String name);

		/**
		 * @param number the row number as Excel shows it
		 * @param cells the row's non-empty cells by column index; valid only during the
		 * call
		 */
		void row(int number, SortedMap<Integer, String> cells);

	}

	private final String sheet;

	private final WorkbookLimits limits;

	private final Sink sink;

	private final TreeMap<Integer, String> cells = new TreeMap<>();

	private int number;

	private long total;

	SheetRows(String sheet, WorkbookLimits limits, Sink sink) {
		this.sheet = sheet;
		this.limits = limits;
		this.sink = sink;
		sink.sheet(sheet);
	}

	void startRow(int number) {
		this.number = number;
		cells.clear();
	}

	void cell(int column, String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		checkLength(text.length(), column);
		if (cells.put(column, text) == null) {
			if (cells.size() > limits.maxCellsPerRow()) {
				throw refusal(null, "workbook.error.tooManyCellsInRow", limits.maxCellsPerRow());
			}
			if (++total > limits.maxCells()) {
				throw refusal(null, "workbook.error.tooManyCells", limits.maxCells());
			}
		}
	}

	/** Refuses a cell as soon as its text passes the limit, before it is all read. */
	void checkLength(int length, int column) {
		if (length > limits.maxCellLength()) {
			throw refusal(column, "workbook.error.cellTooLong", limits.maxCellLength());
		}
	}

	void endRow() {
		if (!cells.isEmpty()) {
			sink.row(number, cells);
		}
		cells.clear();
	}

	private Refusal refusal(Integer column, String messageKey, Object argument) {
		String columnName = (column != null) ? columnName(column) : null;
		return WorkbookError.refusal(List.of(WorkbookError.of(sheet, number, columnName, messageKey, argument)));
	}

	/** The column as Excel names it: 0 is A, 26 is AA. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

}
