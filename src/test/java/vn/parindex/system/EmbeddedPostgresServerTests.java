package vn.parindex.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			execute(server, "create table kept (value text)", "insert into kept values ('Hà Nội')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select value from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Hà Nội");
			assertThat(server.dataDirectory()).isEqualTo(dataDir.toAbsolutePath().resolve("postgres"));
		}
	}

	@Test
	void durabilitySettingsAreOn() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(setting(server, "fsync")).isEqualTo("on");
			assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(server, "listen_addresses")).isEqualTo("localhost");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryFailsWithAClearMessage() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
				.isInstanceOfSatisfying(DataDirectoryInUseException.class, (ex) -> {
					FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(ex);
					assertThat(analysis.getDescription()).contains(dataDir.toAbsolutePath().toString())
						.contains("in use by another running ParIndex");
					assertThat(analysis.getAction()).contains("PARINDEX_DATA_DIR");
				});
			execute(first, "select 1");
		}
	}

	@Test
	void aPostgresLeftRunningByAKilledInstanceIsStoppedBeforeStarting() throws Exception {
		Path pgData = dataDir.resolve("postgres");
		Files.createDirectories(pgData);
		// What a killed application leaves behind: a running postmaster and no
		// application lock.
		EmbeddedPostgres orphan = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		long orphanPid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
		Files.deleteIfExists(pgData.resolve("epg-lock"));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
			execute(server, "select 1");
		}
		finally {
			orphan.close();
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
