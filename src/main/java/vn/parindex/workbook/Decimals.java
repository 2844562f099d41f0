package vn.parindex.workbook;

import java.math.BigDecimal;

/**
 * Numbers as Vietnamese and English users type them: "1,5" and "1.5" are both one and a
 * half; "82.978,5" and "82,978.5" are both eighty-two thousand and some.
 */
public final class Decimals {

	private Decimals() {
	}

	/**
	 * @return the number, or {@code null} for empty text
	 * @throws NumberFormatException when the text is no number
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
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
		return new BigDecimal(normalized);
	}

}
