package vn.parindex.workbook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One data row of an imported sheet. Reading a value that does not parse records an error
 * on the reader and answers {@code null}, so that an import can go on and list every
 * error at once.
 */
public final class WorkbookRow {

	private final WorkbookReader reader;

	private final int number;

	private final Map<String, String> values;

	WorkbookRow(WorkbookReader reader, int number, Map<String, String> values) {
		this.reader = reader;
		this.number = number;
		this.values = values;
	}

	/** The row number as Excel shows it. */
	public int number() {
		return number;
	}

	/** The cell's text, trimmed; {@code null} when empty or when the column is absent. */
	public String text(String key) {
		String value = values.get(key);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A decimal typed as a number or as text with "," or "." as the decimal separator.
	 */
	public BigDecimal decimal(String key) {
		String value = text(key);
		if (value == null) {
			return null;
		}
		try {
			return Decimals.parse(value);
		}
		catch (NumberFormatException ex) {
			error(key, "workbook.error.notANumber", value);
			return null;
		}
	}

	/** A whole number; decimals and text that is no number are errors. */
	public Integer integer(String key) {
		BigDecimal value = decimal(key);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			error(key, "workbook.error.notAWholeNumber", text(key));
			return null;
		}
	}

	/**
	 * Y/N, and the other ways people write it (Có/Không, yes/no, x, 1/0); empty gives the
	 * default.
	 */
	public Boolean yesNo(String key, Boolean whenEmpty) {
		String value = text(key);
		if (value == null) {
			return whenEmpty;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "y", "yes", "có", "co", "x", "1", "true", "c" -> true;
			case "n", "no", "không", "khong", "0", "false", "k" -> false;
			default -> {
				error(key, "workbook.error.notYesNo", value);
				yield null;
			}
		};
	}

	/** Records an error on this row's cell. */
	public void error(String key, String messageKey, Object... arguments) {
		reader.error(number, key, messageKey, arguments);
	}

	public boolean has(String key) {
		return text(key) != null;
	}

}
