package vn.parindex.system;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
				Connection connection = connect(server);
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
			assertThat(setting(server, "password_encryption")).isEqualTo("scram-sha-256");
		}
	}

	@Test
	void noOneConnectsWithoutThePassword() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			for (String user : List.of(EmbeddedPostgresServer.USER, EmbeddedPostgresServer.SUPERUSER)) {
				for (String database : List.of(EmbeddedPostgresServer.DATABASE, "postgres", "template1")) {
					String url = server.jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE, "/" + database);
					assertThatThrownBy(() -> DriverManager.getConnection(url, user, null).close())
						.isInstanceOf(SQLException.class);
					assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
						.isInstanceOf(SQLException.class);
					assertThatThrownBy(() -> DriverManager.getConnection(url, user, "wrong").close())
						.isInstanceOf(SQLException.class);
				}
			}
			assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
			try (Connection connection = connect(server)) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
	}

	@Test
	void everyRuleAsksForAScramPasswordAndPasswordsAreStoredAsScram() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = connectAsSuperuser(server);
				Statement statement = connection.createStatement()) {
			List<String> methods = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("select auth_method from pg_hba_file_rules")) {
				while (rows.next()) {
					methods.add(rows.getString(1));
				}
			}
			assertThat(methods).isNotEmpty().containsOnly("scram-sha-256");
			try (ResultSet rows = statement
				.executeQuery("select rolname, rolpassword from pg_authid where rolname in ('postgres', 'parindex')")) {
				int roles = 0;
				while (rows.next()) {
					roles++;
					assertThat(rows.getString(2)).as(rows.getString(1)).startsWith("SCRAM-SHA-256$");
				}
				assertThat(roles).isEqualTo(2);
			}
		}
	}

	@Test
	void theApplicationRoleIsNoSuperuserAndOwnsItsDatabase() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = connect(server);
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select current_user, rolsuper, rolcreaterole, rolcreatedb,"
					+ " rolreplication, rolbypassrls from pg_roles where rolname = current_user")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("parindex");
				for (int column = 2; column <= 6; column++) {
					assertThat(rows.getBoolean(column)).isFalse();
				}
			}
			try (ResultSet rows = statement
				.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("parindex");
			}
			assertThatThrownBy(() -> statement.execute("copy (select 1) to program 'true'"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.executeQuery("select rolpassword from pg_authid"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.executeQuery("select pg_read_file('postgresql.conf')"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			// what Flyway needs: create and change tables in the application's schema
			statement.execute("create table flyway_like (id bigint generated always as identity, name text)");
			statement.execute("alter table flyway_like add column extra text");
		}
	}

	@Test
	void thePasswordsAreInAFileOnlyItsOwnerReads() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			Path file = dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDirectory())))
				.isEqualTo("rwx------");
			Properties passwords = passwords();
			assertThat(passwords.getProperty("parindex")).isEqualTo(server.password());
			assertThat(passwords.getProperty("postgres")).isNotBlank().isNotEqualTo(server.password());
		}
		String before = Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = connect(server)) {
			assertThat(Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE))).isEqualTo(before);
		}
	}

	@Test
	void aDataDirectoryMadeByAnEarlierVersionIsSecuredInPlaceAndKeepsItsData() throws Exception {
		Path pgData = dataDir.resolve("postgres");
		Files.createDirectories(pgData);
		// What earlier versions left: every local connection trusted, the application
		// connected as the superuser postgres and owned nothing.
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			try (Connection connection = old.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database parindex");
			}
			try (Connection connection = old.getDatabase("postgres", "parindex").getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(
						"create table kept (id bigint generated by default as identity primary key, " + "value text)");
				statement.execute("create sequence numbers");
				statement.execute("create view kept_view as select value from kept");
				statement.execute("create table flyway_schema_history (installed_rank int primary key, version text)");
				statement.execute("insert into kept (value) values ('Hà Nội'), ('Hải Phòng')");
				statement.execute("insert into flyway_schema_history values (1, '1')");
			}
		}
		Files.deleteIfExists(pgData.resolve("epg-lock"));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = connect(server);
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select string_agg(value, ',' order by id) from kept")) {
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("Hà Nội,Hải Phòng");
			}
			statement.execute("insert into kept (value) values ('Cần Thơ')");
			statement.execute("select nextval('numbers')");
			statement.execute("alter table flyway_schema_history add column checksum int");
			statement.execute("drop view kept_view");
			try (ResultSet rows = statement.executeQuery("select count(*) from pg_class c"
					+ " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'"
					+ " and pg_get_userbyid(c.relowner) <> 'parindex'")) {
				rows.next();
				assertThat(rows.getInt(1)).isZero();
			}
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null).close())
				.isInstanceOf(SQLException.class);
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from kept")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(3);
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

	private Properties passwords() throws Exception {
		Properties passwords = new Properties();
		try (Reader reader = Files.newBufferedReader(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE))) {
			passwords.load(reader);
		}
		return passwords;
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

	private Connection connectAsSuperuser(EmbeddedPostgresServer server) throws Exception {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
				passwords().getProperty(EmbeddedPostgresServer.SUPERUSER));
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws Exception {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
