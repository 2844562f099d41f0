package vn.parindex.workbook;

/**
 * The text of an {@code .xlsx} cell as written: characters that XML cannot hold (a
 * carriage return, other control characters) are stored as {@code _xHHHH_}, and an
 * underscore that would start such a sequence as {@code _x005F_}. Decoding gives the
 * cell's text back as Excel shows it.
 */
final class EscapedText {

	private EscapedText() {
	}

	static String decode(String stored) {
		if (stored.indexOf("_x") < 0) {
			return stored;
		}
		StringBuilder text = new StringBuilder(stored.length());
		int i = 0;
		while (i < stored.length()) {
			if (escapeAt(stored, i)) {
				text.append((char) Integer.parseInt(stored, i + 2, i + 6, 16));
				i += 7;
			}
			else {
				text.append(stored.charAt(i));
				i++;
			}
		}
		return text.toString();
	}

	private static boolean escapeAt(String stored, int i) {
		if (i + 7 > stored.length() || stored.charAt(i) != '_' || stored.charAt(i + 1) != 'x'
				|| stored.charAt(i + 6) != '_') {
			return false;
		}
		for (int h = i + 2; h < i + 6; h++) {
			if (Character.digit(stored.charAt(h), 16) < 0) {
				return false;
			}
		}
		return true;
	}

}
