package vn.parindex.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.IntegrationTest;
import vn.parindex.SharedTestDatabase;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DatabaseBackupTests {

	@Autowired
	SheetFixture sheets;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@TempDir
	Path temporary;

	@Test
	void aBackupRestoredIntoANewDataDirectoryHasEveryTableAsItWas() throws Exception {
		sheets.submitted();
		SheetFixture.Scene scene = sheets.scene();
		byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		assessment.attach(scene.campaign(), scene.unit().id(), "1.1", "Báo cáo số 7.pdf", new ByteArrayInputStream(pdf),
				(CurrentUser) accounts.principal(scene.officer()));
		String source = SharedTestDatabase.jdbcUrl("parindex_test");
		Path backup = temporary.resolve("parindex.backup");
		Path dataDir = temporary.resolve("restored");

		assertThat(DatabaseBackupCommand
			.runIfAsked(new String[] { "--parindex.backup=" + backup, "--spring.datasource.url=" + source,
					"--spring.datasource.username=postgres", "--spring.datasource.password=" }))
			.isTrue();
		assertThat(DatabaseBackupCommand
			.runIfAsked(new String[] { "--parindex.restore=" + backup, "--parindex.data-dir=" + dataDir })).isTrue();

		try (Connection before = DriverManager.getConnection(source, "postgres", "");
				EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection after = DriverManager.getConnection(server.jdbcUrl(), server.username(),
						server.password())) {
			List<String> tables = tables(before);
			assertThat(tables).contains("assessment_file", "accounts_user", "scoring_unit_result")
				.containsAll(DatabaseBackup.NOT_BACKED_UP);
			assertThat(tables(after)).containsExactlyElementsOf(tables);
			for (String table : tables) {
				if (table.equals("flyway_schema_history")) {
					String migrations = "select version, description, checksum, success from flyway_schema_history"
							+ " order by installed_rank";
					assertThat(rows(after, migrations)).isEqualTo(rows(before, migrations));
				}
				else if (table.startsWith("spring_session")) {
					assertThat(content(after, table).rows()).as(table).isZero();
				}
				else {
					assertThat(content(after, table)).as(table).isEqualTo(content(before, table));
				}
			}
			assertThat(content(after, "assessment_file").rows()).isPositive();
			String sequences = "select sequencename, last_value from pg_sequences where schemaname = 'public'"
					+ " order by sequencename";
			assertThat(rows(after, sequences)).isEqualTo(rows(before, sequences));
			try (ResultSet evidence = after.createStatement()
				.executeQuery("select count(*) from assessment_file where content = decode('"
						+ java.util.HexFormat.of().formatHex(pdf) + "', 'hex')")) {
				evidence.next();
				assertThat(evidence.getInt(1)).isEqualTo(1);
			}
		}
	}

	@Test
	void aRestoreIntoADatabaseInUseIsRefusedAndChangesNothing() throws Exception {
		Path dataDir = temporary.resolve("in-use");
		Path backup = temporary.resolve("empty.backup");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			org.flywaydb.core.Flyway.configure()
				.dataSource(server.jdbcUrl(), server.username(), server.password())
				.locations("classpath:db/migration")
				.outOfOrder(true)
				.load()
				.migrate();
		}
		DatabaseBackupCommand
			.runIfAsked(new String[] { "--parindex.backup=" + backup, "--parindex.data-dir=" + dataDir });
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
						server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("insert into accounts_user (username, display_name, password_hash, created_at)"
					+ " values ('giu.lai', 'Giữ lại', 'x', now())");
		}
		assertThatThrownBy(() -> DatabaseBackupCommand
			.runIfAsked(new String[] { "--parindex.restore=" + backup, "--parindex.data-dir=" + dataDir }))
			.hasMessageContaining("not empty");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
						server.password())) {
			assertThat(rows(connection, "select username from accounts_user")).containsExactly(List.of("giu.lai"));
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		rows(connection, "select tablename from pg_tables where schemaname = 'public' order by tablename")
			.forEach((row) -> tables.add((String) row.get(0)));
		return tables;
	}

	/** A table's row count and a hash of its rows in order. */
	private static Content content(Connection connection, String table) throws SQLException {
		List<List<Object>> rows = rows(connection, "select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by"
				+ " t::text), '')) from public.\"" + table + "\" t");
		return new Content(((Number) rows.get(0).get(0)).longValue(), (String) rows.get(0).get(1));
	}

	private static List<List<Object>> rows(Connection connection, String query) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<Object> row = new ArrayList<>();
				for (int column = 1; column <= columns; column++) {
					row.add(result.getObject(column));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	record Content(long rows, String hash) {
	}

}
