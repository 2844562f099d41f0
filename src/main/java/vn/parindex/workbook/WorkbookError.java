package vn.parindex.workbook;

import java.util.List;

/**
 * One thing wrong with an imported workbook. The message is a message-bundle key with its
 * arguments, worded in the reader's language where it is shown.
 *
 * @param sheet the sheet's name
 * @param row the row number as Excel shows it (1-based), or {@code null} for the whole
 * sheet
 * @param column the column's key, or {@code null} for the whole row
 */
public record WorkbookError(String sheet, Integer row, String column, String messageKey, List<Object> arguments) {

	public WorkbookError {
		arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
	}

	public static WorkbookError of(String sheet, Integer row, String column, String messageKey, Object... arguments) {
		return new WorkbookError(sheet, row, column, messageKey, java.util.Arrays.asList(arguments));
	}

	public Object[] args() {
		return arguments.toArray();
	}

}
