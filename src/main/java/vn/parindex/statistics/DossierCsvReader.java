package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes
 * doubled and line breaks; UTF-8, a byte-order mark skipped) one record at a time, never
 * more than one record in memory. A record longer than the bound, a body longer than its
 * bound, bytes that are not UTF-8 or a quote left open end the reading with a
 * {@link Unreadable}.
 */
final class DossierCsvReader {

	/** Why the rest of a body cannot be read. */
	static final class Unreadable extends Exception {

		private final String messageKey;

		private final transient Object[] arguments;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return messageKey;
		}

		Object[] arguments() {
			return arguments.clone();
		}

	}

	private final Reader reader;

	private final int maxRecordChars;

	private final long maxChars;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long consumed;

	private int row = 1;

	private final List<String> fields = new ArrayList<>(16);

	private final StringBuilder field = new StringBuilder(64);

	/**
	 * Where the unquoted characters of the current field start in the buffer, not yet
	 * copied into {@link #field}; -1 when there are none. A field is taken from the
	 * buffer at once rather than character by character (a million records hold eleven
	 * million fields).
	 */
	private int mark = -1;

	DossierCsvReader(InputStream input, int maxRecordChars, long maxChars) {
		this.reader = new InputStreamReader(input,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		this.maxRecordChars = maxRecordChars;
		this.maxChars = maxChars;
	}

	/** The number of the next record (1 for the header). */
	int row() {
		return row;
	}

	/**
	 * The next record's fields (the same list each time, valid until the next call), or
	 * {@code null} at the end; a blank line is a record of one empty field.
	 */
	List<String> next() throws Unreadable {
		fields.clear();
		field.setLength(0);
		mark = -1;
		int recordChars = 0;
		boolean quoted = false;
		boolean wasQuoted = false;
		int c = read();
		if (c < 0) {
			return null;
		}
		if (consumed == 1 && c == '\uFEFF') {
			c = read();
			if (c < 0) {
				return null;
			}
		}
		while (true) {
			if (c < 0) {
				if (quoted) {
					throw new Unreadable("statistics.dossiers.csv.openQuote", row);
				}
				fields.add(take(position));
				row++;
				return fields;
			}
			if (++recordChars > maxRecordChars) {
				throw new Unreadable("statistics.dossiers.csv.longRecord", row, maxRecordChars);
			}
			if (quoted) {
				if (c == '"') {
					int following = read();
					if (following == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = following;
						continue;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == ',') {
				fields.add(take(position - 1));
				wasQuoted = false;
			}
			else if (c == '\n' || c == '\r') {
				fields.add(take(position - 1));
				if (c == '\r') {
					int following = read();
					if (following != '\n' && following >= 0) {
						position--;
						consumed--;
					}
				}
				row++;
				return fields;
			}
			else if (c == '"' && mark < 0 && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (mark < 0) {
				mark = position - 1;
			}
			c = read();
		}
	}

	/** The current field, ending before {@code end} in the buffer; starts the next. */
	private String take(int end) {
		String value;
		if (mark < 0) {
			value = field.toString();
		}
		else if (field.isEmpty()) {
			value = new String(buffer, mark, end - mark);
		}
		else {
			value = field.append(buffer, mark, end - mark).toString();
		}
		field.setLength(0);
		mark = -1;
		return value;
	}

	private int read() throws Unreadable {
		if (position == limit) {
			if (mark >= 0) {
				// the field goes on in the next buffer
				field.append(buffer, mark, limit - mark);
				mark = 0;
			}
			try {
				limit = reader.read(buffer, 0, buffer.length);
			}
			catch (IOException ex) {
				throw new Unreadable("statistics.dossiers.csv.notText", row);
			}
			position = 0;
			if (limit <= 0) {
				limit = 0;
				mark = -1;
				return -1;
			}
		}
		if (++consumed > maxChars) {
			throw new Unreadable("statistics.dossiers.csv.tooLarge", maxChars);
		}
		return buffer[position++];
	}

}
