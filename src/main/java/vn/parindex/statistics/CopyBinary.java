package vn.parindex.statistics;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * Tuples in PostgreSQL's binary {@code COPY} format (its documentation, "COPY", "Binary
 * Format"), gathered in a buffer and sent in chunks: what PostgreSQL reads fastest, with
 * no text to parse and nothing to escape. Integers are big-endian; a {@code timestamptz}
 * is microseconds since 2000-01-01 UTC, a {@code date} days since 2000-01-01; text is
 * UTF-8.
 */
final class CopyBinary {

	/** A day or time that is not there: written as NULL. */
	static final long NONE = Long.MIN_VALUE;

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	/** 2000-01-01T00:00Z in microseconds since the epoch. */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	/** 2000-01-01 in days since the epoch. */
	private static final long POSTGRES_EPOCH_DAY = 10_957L;

	private byte[] bytes;

	private int length;

	CopyBinary(int capacity) {
		this.bytes = new byte[capacity];
	}

	/** The header that starts the data. */
	void header() {
		room(SIGNATURE.length + 8);
		System.arraycopy(SIGNATURE, 0, bytes, length, SIGNATURE.length);
		length += SIGNATURE.length;
		put4(0);
		put4(0);
	}

	/** The trailer that ends it. */
	void trailer() {
		room(2);
		put2(-1);
	}

	/** Starts a tuple of this many fields. */
	void tuple(int fields) {
		room(2);
		put2(fields);
	}

	void nul() {
		room(4);
		put4(-1);
	}

	void int4(int value) {
		room(8);
		put4(4);
		put4(value);
	}

	void int8(long value) {
		room(12);
		put4(8);
		put8(value);
	}

	/** A text, or NULL. */
	void text(String value) {
		if (value == null) {
			nul();
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		room(4 + utf8.length);
		put4(utf8.length);
		System.arraycopy(utf8, 0, bytes, length, utf8.length);
		length += utf8.length;
	}

	/** An instant in microseconds since the epoch, or {@link #NONE}. */
	void timestamp(long epochMicro) {
		if (epochMicro == NONE) {
			nul();
		}
		else {
			int8(epochMicro - POSTGRES_EPOCH_MICROS);
		}
	}

	/** A day in days since the epoch, or {@link #NONE}. */
	void date(long epochDay) {
		if (epochDay == NONE) {
			nul();
		}
		else {
			int4((int) (epochDay - POSTGRES_EPOCH_DAY));
		}
	}

	int length() {
		return length;
	}

	void clear() {
		length = 0;
	}

	/** Sends what is gathered, and empties the buffer. */
	void sendTo(CopyIn copy) throws SQLException {
		copy.writeToCopy(bytes, 0, length);
		length = 0;
	}

	private void room(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
		}
	}

	private void put2(int value) {
		bytes[length++] = (byte) (value >>> 8);
		bytes[length++] = (byte) value;
	}

	private void put4(int value) {
		bytes[length++] = (byte) (value >>> 24);
		bytes[length++] = (byte) (value >>> 16);
		bytes[length++] = (byte) (value >>> 8);
		bytes[length++] = (byte) value;
	}

	private void put8(long value) {
		put4((int) (value >>> 32));
		put4((int) value);
	}

}
