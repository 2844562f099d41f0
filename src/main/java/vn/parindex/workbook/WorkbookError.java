package vn.parindex.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

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

	/** A workbook that cannot be imported, with every error found in it. */
	public static Refusal refusal(List<WorkbookError> errors) {
		return new Refusal(HttpStatus.BAD_REQUEST, errors.stream().map(WorkbookError::fieldError).toList(),
				"workbook.error.invalid", errors.size());
	}

	/** A workbook that cannot be imported for one reason about the whole file. */
	public static Refusal refusal(String messageKey, Object... arguments) {
		return refusal(List.of(of(null, null, null, messageKey, arguments)));
	}

	public Object[] args() {
		return arguments.toArray();
	}

	/** The error located by sheet, row and column. */
	public Refusal.FieldError fieldError() {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("sheet", sheet);
		location.put("row", row);
		location.put("column", column);
		return new Refusal.FieldError(location, messageKey, arguments);
	}

}
