package vn.parindex.workbook;

import java.math.BigDecimal;

/**
 * Numbers as Vietnamese and English users type them: "1,5" and "1.5" are both one and a
 * half; "82.978,5" and "82,978.5" are both eighty-two thousand and some.
 */
public final class Decimals {

	/**
	 * Digits before the decimal point a number may have: above any count, score or cap
	 * the index knows, and far below what makes formatting or arithmetic costly.
	 */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** Digits after the decimal point a number may have. */
	public static final int MAX_SCALE = 20;

	/** Longer text is no number we take, whatever it says. */
	private static final int MAX_TEXT = 64;

	private Decimals() {
	}

	/**
	 * @return the number, or {@code null} for empty text
	 * @throws NumberFormatException when the text is no number, or one out of the bounds
	 * ({@link OutOfRange})
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw new OutOfRange(text.substring(0, 20) + "…");
		}
		String normalized = text.replace("\u00a0", "").replace(" ", "");
		int comma = normalized.lastIndexOf(',');
		int dot = normalized.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			// the last separator is the decimal one
			normalized = (comma > dot) ? normalized.replace(".", "").replace(',', '.') : normalized.replace(",", "");
		}
		else if (comma >= 0) {
			normalized = normalized.replace(',', '.');
		}
		return bounded(new BigDecimal(normalized), text);
	}

	/**
	 * Whether a number is within the bounds: such a number prints in a few dozen
	 * characters and adds up cheaply ("1e99999999" would print in a hundred million).
	 */
	public static boolean isBounded(BigDecimal value) {
		if (value == null) {
			return true;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_SCALE;
	}

	/**
	 * @return the number, when it is within the bounds
	 * @throws OutOfRange otherwise, naming it as {@code text}
	 */
	public static BigDecimal bounded(BigDecimal value, String text) {
		if (!isBounded(value)) {
			throw new OutOfRange(text);
		}
		return value;
	}

	/** A number beyond {@link #MAX_INTEGER_DIGITS} or {@link #MAX_SCALE}. */
	public static final class OutOfRange extends NumberFormatException {

		private final String text;

		OutOfRange(String text) {
			super("out of range: " + text);
			this.text = text;
		}

		/** The number as it was given, shortened when long. */
		public String text() {
			return text;
		}

	}

}
