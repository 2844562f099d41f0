package vn.parindex.statistics;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.workbook.WorkbookError;

/**
 * Reads a CSV file record by record (RFC 4180): fields separated by {@code ,} or
 * {@code ;} — whichever the header line uses more, outside quotes — quoted with {@code "}
 * (a quote inside doubled), line breaks allowed inside quotes, lines ended by CRLF or LF.
 * The file is UTF-8, with or without a byte-order mark; bytes that are no UTF-8, NUL
 * characters, or a workbook renamed {@code .csv} are refused. Bounded: a field of more
 * than {@value #MAX_FIELD} characters or a record of more than {@value #MAX_FIELDS}
 * fields is refused.
 */
final class ObservationCsv implements AutoCloseable {

	static final int MAX_FIELD = 10_000;

	static final int MAX_FIELDS = 100;

	private final PushbackReader in;

	private final char separator;

	private int line = 1;

	private int recordLine;

	private ObservationCsv(PushbackReader in, char separator) {
		this.in = in;
		this.separator = separator;
	}

	/**
	 * @throws vn.parindex.problem.Refusal when the file is a workbook, no text, or empty
	 */
	static ObservationCsv open(InputStream content) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(content, 64 * 1024);
		buffered.mark(64 * 1024);
		byte[] head = buffered.readNBytes(8 * 1024);
		buffered.reset();
		if (head.length == 0) {
			throw WorkbookError.refusal("statistics.feeds.file.empty");
		}
		if (looksBinary(head)) {
			throw WorkbookError.refusal("statistics.feeds.file.notCsv");
		}
		int skip = (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
				&& (head[2] & 0xff) == 0xBF) ? 3 : 0;
		buffered.skipNBytes(skip);
		Reader reader = new InputStreamReader(buffered,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		return new ObservationCsv(new PushbackReader(reader, 2), separator(head, skip));
	}

	/** A zip (an .xlsx), an OLE2 file (an .xls) or any file with NUL bytes is no CSV. */
	private static boolean looksBinary(byte[] head) {
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return true;
		}
		if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
				&& (head[3] & 0xff) == 0xE0) {
			return true;
		}
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/** {@code ;} when the header line holds more of them than commas, outside quotes. */
	private static char separator(byte[] head, int from) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = from; i < head.length && (quoted || (head[i] != '\n' && head[i] != '\r')); i++) {
			switch (head[i]) {
				case '"' -> quoted = !quoted;
				case ',' -> commas += quoted ? 0 : 1;
				case ';' -> semicolons += quoted ? 0 : 1;
				default -> {
				}
			}
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/** The line the last record read began on (the first line is 1). */
	int recordLine() {
		return recordLine;
	}

	/**
	 * The next record's fields; {@code null} at the end of the file.
	 * @throws vn.parindex.problem.Refusal when the file is no UTF-8 text or passes a
	 * bound
	 */
	List<String> next() throws IOException {
		try {
			return record();
		}
		catch (CharacterCodingException ex) {
			throw WorkbookError.refusal(List.of(WorkbookError.of(null, line, null, "statistics.feeds.file.notUtf8")));
		}
	}

	private List<String> record() throws IOException {
		int c = in.read();
		if (c < 0) {
			return null;
		}
		in.unread(c);
		recordLine = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			c = in.read();
			if (c < 0) {
				if (quoted) {
					throw refusal("statistics.feeds.file.csvQuote");
				}
				add(fields, field);
				return fields;
			}
			if (c == 0) {
				throw refusal("text.error.nul");
			}
			if (quoted) {
				if (c == '"') {
					int after = in.read();
					if (after == '"') {
						append(field, '"');
					}
					else {
						quoted = false;
						if (after >= 0) {
							in.unread(after);
						}
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					append(field, (char) c);
				}
				continue;
			}
			if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == separator) {
				add(fields, field);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int after = in.read();
					if (after != '\n' && after >= 0) {
						in.unread(after);
					}
				}
				line++;
				add(fields, field);
				return fields;
			}
			else {
				append(field, (char) c);
			}
		}
	}

	private void add(List<String> fields, StringBuilder field) {
		if (fields.size() == MAX_FIELDS) {
			throw refusal("statistics.feeds.file.csvTooManyFields", MAX_FIELDS);
		}
		fields.add(field.toString());
		field.setLength(0);
	}

	private void append(StringBuilder field, char c) {
		if (field.length() == MAX_FIELD) {
			throw refusal("statistics.feeds.file.csvFieldTooLong", MAX_FIELD);
		}
		field.append(c);
	}

	private RuntimeException refusal(String key, Object... arguments) {
		return WorkbookError.refusal(List.of(WorkbookError.of(null, recordLine, null, key, arguments)));
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
