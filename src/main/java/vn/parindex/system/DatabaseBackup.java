package vn.parindex.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of the application's data, the evidence files included (they are rows too):
 * every table of the schema {@code public} in PostgreSQL's COPY text format, one zip
 * entry per table, and the sequences' positions, all read in one snapshot. It needs no
 * PostgreSQL client tools (the embedded server ships none) and restores into any
 * PostgreSQL the same version of ParIndex has migrated.
 * <p>
 * Left out: Flyway's history (the target's own migrations write it; the backup records
 * which were applied and a restore checks the target has the same) and the sessions (a
 * restore signs nobody in).
 */
final class DatabaseBackup {

	/**
	 * Tables a migration fills in every new database (the built-in indicator catalog): a
	 * database holding only those rows is still new, and the backup's rows replace them.
	 */
	static final Set<String> SEEDED = Set.of("statistic_indicator");

	static final String FORMAT = "parindex-backup-1";

	static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes");

	private static final String MANIFEST = "backup.properties";

	private DatabaseBackup() {
	}

	/** Writes a backup of the database the connection is to. */
	static Summary write(Connection connection, Path file) throws IOException, SQLException {
		Path temporary = OwnerOnly.write(file.resolveSibling(file.getFileName() + ".partial"), "");
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		Properties manifest = new Properties();
		try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, List<String>> tables = tables(connection);
			long rows = 0;
			for (Map.Entry<String, List<String>> table : tables.entrySet()) {
				zip.putNextEntry(new ZipEntry("tables/" + table.getKey() + ".copy"));
				long count = copy.copyOut(
						"copy " + qualified(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout",
						new NonClosing(zip));
				zip.closeEntry();
				manifest.setProperty("table." + table.getKey() + ".columns", String.join(",", table.getValue()));
				manifest.setProperty("table." + table.getKey() + ".rows", Long.toString(count));
				rows += count;
			}
			sequences(connection).forEach((name, value) -> manifest.setProperty("sequence." + name, value));
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("created", Instant.now().toString());
			manifest.setProperty("tables", String.join(",", tables.keySet()));
			manifest.setProperty("migrations", String.join(",", migrations(connection)));
			zip.putNextEntry(new ZipEntry(MANIFEST));
			StringWriter text = new StringWriter();
			manifest.store(text, "ParIndex backup");
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			connection.commit();
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return new Summary(tables.size(), rows);
		}
		finally {
			Files.deleteIfExists(temporary);
			connection.rollback();
			connection.setReadOnly(false);
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Loads a backup into an empty database that the same version of ParIndex has
	 * migrated, in one transaction: all of it or nothing.
	 */
	static Summary restore(Path file, Connection connection) throws IOException, SQLException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(MANIFEST);
			if (entry == null) {
				throw new IllegalArgumentException(file + " is not a ParIndex backup");
			}
			Properties manifest = new Properties();
			try (Reader reader = new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
				manifest.load(reader);
			}
			if (!FORMAT.equals(manifest.getProperty("format"))) {
				throw new IllegalArgumentException(file + " is not a ParIndex backup of format " + FORMAT);
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Set<String> expected = new TreeSet<>(List.of(manifest.getProperty("migrations").split(",")));
				Set<String> present = new TreeSet<>(migrations(connection));
				if (!expected.equals(present)) {
					throw new IllegalStateException(
							"The backup was made with migrations " + expected + " but the database has " + present
									+ ": restore with the version of ParIndex that made the backup, then upgrade");
				}
				Map<String, List<String>> target = tables(connection);
				List<String> backedUp = List.of(manifest.getProperty("tables").split(","));
				for (String table : target.keySet()) {
					if (count(connection, table) > 0 && !SEEDED.contains(table)) {
						throw new IllegalStateException(
								"The database is not empty (table " + table + " has rows): restore into a new one");
					}
				}
				// the rows a migration put in a new database are in the backup too, as
				// they
				// were edited since
				for (String table : SEEDED) {
					if (target.containsKey(table) && backedUp.contains(table)) {
						try (java.sql.Statement delete = connection.createStatement()) {
							delete.executeUpdate("delete from " + table);
						}
					}
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				long rows = 0;
				List<String> order = loadOrder(connection, backedUp);
				for (String table : order) {
					if (!target.containsKey(table)) {
						throw new IllegalStateException("The backup has a table " + table + " the database lacks");
					}
					// rows kept by triggers (a sheet's figures) come from the backup as
					// they were
					execute(connection, "alter table " + qualified(table) + " disable trigger user");
				}
				for (String table : order) {
					String columns = manifest.getProperty("table." + table + ".columns");
					try (InputStream data = zip.getInputStream(zip.getEntry("tables/" + table + ".copy"))) {
						long count = copy.copyIn("copy " + qualified(table) + " ("
								+ columnList(List.of(columns.split(","))) + ") from stdin", data);
						long recorded = Long.parseLong(manifest.getProperty("table." + table + ".rows"));
						if (count != recorded) {
							throw new IllegalStateException(
									"Table " + table + ": " + count + " rows restored, the backup says " + recorded);
						}
						rows += count;
					}
				}
				for (String table : order) {
					execute(connection, "alter table " + qualified(table) + " enable trigger user");
				}
				for (String name : manifest.stringPropertyNames()) {
					if (name.startsWith("sequence.")) {
						try (PreparedStatement set = connection.prepareStatement("select setval(?::regclass, ?)")) {
							set.setString(1, qualified(name.substring("sequence.".length())));
							set.setLong(2, Long.parseLong(manifest.getProperty(name)));
							set.execute();
						}
					}
				}
				connection.commit();
				return new Summary(backedUp.size(), rows);
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	/** The application's tables and their stored columns, by name. */
	static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select c.relname, a.attname from pg_class c"
						+ " join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid"
						+ " where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0"
						+ " and not a.attisdropped and a.attgenerated = '' order by c.relname, a.attnum")) {
			while (rows.next()) {
				if (!NOT_BACKED_UP.contains(rows.getString(1))) {
					tables.computeIfAbsent(rows.getString(1), (table) -> new ArrayList<>()).add(rows.getString(2));
				}
			}
		}
		return tables;
	}

	/** Referenced tables before those that refer to them. */
	private static List<String> loadOrder(Connection connection, List<String> tables) throws SQLException {
		Map<String, Set<String>> references = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text"
						+ " from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
						+ " where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid")) {
			while (rows.next()) {
				references.computeIfAbsent(unquoted(rows.getString(1)), (table) -> new TreeSet<>())
					.add(unquoted(rows.getString(2)));
			}
		}
		Set<String> ordered = new LinkedHashSet<>();
		Set<String> visiting = new java.util.HashSet<>();
		for (String table : tables) {
			visit(table, references, ordered, visiting);
		}
		ordered.retainAll(tables);
		return List.copyOf(ordered);
	}

	private static void visit(String table, Map<String, Set<String>> references, Set<String> ordered,
			Set<String> visiting) {
		if (ordered.contains(table)) {
			return;
		}
		if (!visiting.add(table)) {
			throw new IllegalStateException("Tables refer to each other in a cycle through " + table);
		}
		for (String referenced : references.getOrDefault(table, Set.of())) {
			visit(referenced, references, ordered, visiting);
		}
		visiting.remove(table);
		ordered.add(table);
	}

	private static String unquoted(String name) {
		String bare = name.startsWith("public.") ? name.substring("public.".length()) : name;
		return bare.startsWith("\"") ? bare.substring(1, bare.length() - 1).replace("\"\"", "\"") : bare;
	}

	private static Map<String, String> sequences(Connection connection) throws SQLException {
		Map<String, String> sequences = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select sequencename, last_value from pg_sequences"
						+ " where schemaname = 'public' and last_value is not null order by sequencename")) {
			while (rows.next()) {
				sequences.put(rows.getString(1), Long.toString(rows.getLong(2)));
			}
		}
		return sequences;
	}

	/** The migrations applied, by version (or description, for repeatable ones). */
	static List<String> migrations(Connection connection) throws SQLException {
		List<String> migrations = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select coalesce(version, description)"
						+ " from flyway_schema_history where success and type <> 'BASELINE' order by installed_rank")) {
			while (rows.next()) {
				migrations.add(rows.getString(1));
			}
		}
		return migrations;
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + qualified(table))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String qualified(String name) {
		return "public." + quoted(name);
	}

	private static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(DatabaseBackup::quoted).toList());
	}

	private static String quoted(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	/** What a backup or a restore moved. */
	record Summary(int tables, long rows) {
	}

	/** COPY closes its stream at the end; the zip must stay open for the next table. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
