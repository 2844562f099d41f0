package vn.parindex.problem;

/**
 * What any text a person sends must be before it is kept: without NUL characters (which
 * PostgreSQL refuses in text) and within a length the field allows.
 */
public final class Texts {

	/** The longest text any one field of a JSON body may hold. */
	public static final int MAX_ANY = 100_000;

	/** A note, reason, question or answer; a leaf's explanation. */
	public static final int MAX_NOTE = 10_000;

	private Texts() {
	}

	public static boolean hasNul(String text) {
		return text != null && text.indexOf('\0') >= 0;
	}

	/**
	 * @return the text, which may be {@code null}
	 * @throws Refusal about the field when the text holds a NUL character or is longer
	 * than {@code max}
	 */
	public static String fit(String text, int max, String field) {
		if (text == null) {
			return null;
		}
		if (hasNul(text)) {
			throw Refusal.badRequest("text.error.nul").onField(field);
		}
		if (text.length() > max) {
			throw Refusal.badRequest("text.error.tooLong", max, text.length()).onField(field);
		}
		return text;
	}

}
