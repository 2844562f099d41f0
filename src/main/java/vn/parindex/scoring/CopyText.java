package vn.parindex.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's COPY text format, written in one round trip: storing a campaign's
 * results is one COPY per table, not a statement per row.
 */
final class CopyText {

	private final StringBuilder text = new StringBuilder();

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			append(values[i]);
		}
		text.append('\n');
	}

	private void append(Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof BigDecimal decimal) {
			text.append(decimal.toPlainString());
		}
		else if (value instanceof Boolean flag) {
			text.append(flag ? 't' : 'f');
		}
		else if (value instanceof Number) {
			text.append(value);
		}
		else if (plain(value.toString())) {
			text.append(value.toString());
		}
		else {
			value.toString().chars().forEach((c) -> {
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append((char) c);
				}
			});
		}
	}

	/** Whether the text needs no escaping. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	boolean isEmpty() {
		return text.isEmpty();
	}

	byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Sends the rows to {@code copy <target> from stdin} on the transaction's connection.
	 */
	void copyInto(DataSource dataSource, String target) {
		if (isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
			try {
				byte[] bytes = bytes();
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not store the results in " + target, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
