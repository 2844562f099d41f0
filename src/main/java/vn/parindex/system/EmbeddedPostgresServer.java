package vn.parindex.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on the classpath, keeping its data under
 * the application's data directory so that it survives restarts.
 * <p>
 * The application holds a file lock on the data directory while it runs: a second
 * instance fails at once, and a postmaster left behind by an instance that was killed is
 * stopped before starting.
 * <p>
 * Every connection needs a password (SCRAM-SHA-256); the passwords are generated once and
 * kept in {@value #PASSWORD_FILE} in the data directory, readable by its owner only. The
 * application connects as {@value #USER}, which owns its database and nothing else; the
 * superuser {@value #SUPERUSER} is used only here, at start-up, to keep that role and its
 * ownership right. A data directory made by an earlier version (every local connection
 * trusted, the application connected as the superuser) is secured in place on its first
 * start.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "parindex";

	/** The role the application connects as: no superuser, owner of {@link #DATABASE}. */
	static final String USER = "parindex";

	static final String SUPERUSER = "postgres";

	static final String PASSWORD_FILE = "postgres-passwords.properties";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final Path pgData;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private final DatabasePasswords passwords;

	private EmbeddedPostgresServer(Path pgData, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres,
			DatabasePasswords passwords) {
		this.pgData = pgData;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.passwords = passwords;
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		Path root = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(root);
			OwnerOnly.directory(root);
			FileChannel channel = FileChannel.open(root.resolve("parindex.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(root);
			}
			Path pgData = root.resolve("postgres");
			stopOrphanPostmaster(pgData);
			boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
			boolean secured = !fresh && HostBasedAuthentication.isSecured(pgData);
			if (secured && !Files.exists(root.resolve(PASSWORD_FILE))) {
				channel.close();
				throw new IllegalStateException("The embedded PostgreSQL in " + pgData + " asks for passwords, but "
						+ root.resolve(PASSWORD_FILE) + " that keeps them is missing: put it back");
			}
			DatabasePasswords passwords = DatabasePasswords.loadOrCreate(root.resolve(PASSWORD_FILE), SUPERUSER, USER);
			EmbeddedPostgres postgres;
			try {
				postgres = startPostgres(root, pgData, fresh, secured, passwords);
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw ex;
			}
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(pgData, channel, lock, postgres, passwords);
			try {
				if (!fresh && !secured) {
					server.secureTrustingDirectory();
				}
				server.keepApplicationRole();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				server.close();
				throw new IOException("Could not secure the embedded PostgreSQL in " + pgData, ex);
			}
			log.info("Embedded PostgreSQL started: data directory {}, database {} as {}", pgData, server.jdbcUrl(),
					USER);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + root, ex);
		}
	}

	private static EmbeddedPostgres startPostgres(Path root, Path pgData, boolean fresh, boolean secured,
			DatabasePasswords passwords) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "100")
			.setServerConfig("password_encryption", "scram-sha-256")
			// zonky checks the server is up as the superuser
			.setConnectConfig("password", passwords.of(SUPERUSER))
			.setDataDirectoryCustomizer((directory) -> HostBasedAuthentication.write(directory.toPath(),
					fresh || secured ? HostBasedAuthentication.SECURED : HostBasedAuthentication.UPGRADING))
			.setPGStartupWait(Duration.ofSeconds(60));
		Path initPassword = null;
		if (fresh) {
			// initdb sets the superuser's password from this file (zonky passes "locale"
			// settings to initdb as --name=value): never a moment without one
			initPassword = OwnerOnly.write(root.resolve("initdb-password"), passwords.of(SUPERUSER) + "\n");
			builder.setLocaleConfig("pwfile", initPassword.toString());
		}
		try {
			return builder.start();
		}
		finally {
			if (initPassword != null) {
				Files.deleteIfExists(initPassword);
			}
		}
	}

	/**
	 * A directory from an earlier version trusted every local connection and its
	 * superuser had no password. It started trusting the superuser on its maintenance
	 * database only; give the superuser its password, then trust no one.
	 */
	private void secureTrustingDirectory() throws SQLException, IOException {
		log.warn("Securing the embedded PostgreSQL in {}: it trusted every local connection; from now on each "
				+ "needs the password kept in {}", pgData, pgData.resolveSibling(PASSWORD_FILE));
		try (Connection connection = superuser("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("alter role " + SUPERUSER + " with password " + literal(passwords.of(SUPERUSER)));
			HostBasedAuthentication.write(pgData, HostBasedAuthentication.SECURED);
			statement.execute("select pg_reload_conf()");
		}
		awaitPasswordRequired();
	}

	/** The postmaster reloads pg_hba.conf when signalled: wait until it has. */
	private void awaitPasswordRequired() throws SQLException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "not-the-password")) {
				sleep();
			}
			catch (SQLException ex) {
				// trust ignored the wrong password; SCRAM refuses it
				if ("28P01".equals(ex.getSQLState())) {
					return;
				}
				throw ex;
			}
		}
		throw new IllegalStateException("PostgreSQL did not reload pg_hba.conf in " + pgData);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The application's role exists, has its password and no power beyond its database,
	 * and owns that database and everything in it (earlier versions created all of it as
	 * the superuser). Cheap when nothing is to change.
	 */
	private void keepApplicationRole() throws SQLException {
		String rights = " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
				+ literal(passwords.of(USER));
		try (Connection connection = superuser("postgres"); Statement statement = connection.createStatement()) {
			statement.execute((exists(statement, "select 1 from pg_roles where rolname = '" + USER + "'")
					? "alter role " : "create role ") + USER + rights);
			if (exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
				statement.execute("alter database " + DATABASE + " owner to " + USER);
			}
			else {
				statement.execute("create database " + DATABASE + " owner " + USER);
			}
		}
		try (Connection connection = superuser(DATABASE); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (String change : ownershipChanges(statement)) {
				statement.execute(change);
			}
			// sequences of identity and serial columns went with their tables
			for (String change : ownershipChanges(statement)) {
				statement.execute(change);
			}
			connection.commit();
		}
	}

	private static List<String> ownershipChanges(Statement statement) throws SQLException {
		String notOurs = " <> (select oid from pg_roles where rolname = '" + USER + "')";
		String userSchema = " not in ('pg_catalog', 'information_schema') and %1$s not like 'pg\\_toast%%'"
				+ " and %1$s not like 'pg\\_temp%%'";
		List<String> changes = new ArrayList<>();
		collect(statement,
				"select 'alter schema ' || quote_ident(nspname) from pg_namespace where nspowner" + notOurs
						+ " and nspowner = (select oid from pg_roles where rolname = '" + SUPERUSER + "') and nspname"
						+ userSchema.formatted("nspname"),
				changes);
		collect(statement, "select case when c.relkind = 'S' then 'alter sequence ' when c.relkind = 'v'"
				+ " then 'alter view ' when c.relkind = 'm' then 'alter materialized view '"
				+ " when c.relkind = 'f' then 'alter foreign table ' else 'alter table ' end"
				+ " || quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c"
				+ " join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')"
				+ " and c.relowner" + notOurs + " and n.nspname" + userSchema.formatted("n.nspname")
				+ " and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass"
				+ " and d.objid = c.oid and d.deptype in ('a', 'i')))"
				+ " order by case when c.relkind in ('r', 'p') then 0 else 1 end", changes);
		collect(statement,
				"select 'alter routine ' || p.oid::regprocedure from pg_proc p"
						+ " join pg_namespace n on n.oid = p.pronamespace where p.proowner" + notOurs + " and n.nspname"
						+ userSchema.formatted("n.nspname"),
				changes);
		collect(statement,
				"select case when t.typtype = 'd' then 'alter domain ' else 'alter type ' end"
						+ " || t.oid::regtype from pg_type t join pg_namespace n on n.oid = t.typnamespace"
						+ " where t.typtype in ('e', 'd', 'r', 'm') and t.typowner" + notOurs + " and n.nspname"
						+ userSchema.formatted("n.nspname"),
				changes);
		return changes.stream().map((change) -> change + " owner to " + USER).toList();
	}

	private static void collect(Statement statement, String query, List<String> into) throws SQLException {
		try (ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				into.add(rows.getString(1));
			}
		}
	}

	private static boolean exists(Statement statement, String query) throws SQLException {
		try (ResultSet rows = statement.executeQuery(query)) {
			return rows.next();
		}
	}

	/** Generated passwords are URL-safe base64; quoted all the same. */
	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	private Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection(url(database), SUPERUSER, passwords.of(SUPERUSER));
	}

	private String url(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * We hold the lock, so no live instance owns a postmaster still running on this
	 * directory: it was left by one that was killed.
	 */
	private static void stopOrphanPostmaster(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter((line) -> line.matches("\\d+"))
			.flatMap((pid) -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(true));
		if (orphan.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL process {} left running on {} by an earlier instance", orphan.get().pid(),
				pgData);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			orphan.get().destroyForcibly();
		}
	}

	/**
	 * How to reach the embedded PostgreSQL that a running instance started on this data
	 * directory (its port is in {@code postmaster.pid}), as the application's role.
	 * @return the URL, user name and password
	 */
	static List<String> running(Path dataDir) throws IOException {
		Path root = dataDir.toAbsolutePath().normalize();
		List<String> pid = Files.readAllLines(root.resolve("postgres").resolve("postmaster.pid"));
		String port = pid.get(3).trim();
		DatabasePasswords passwords = DatabasePasswords.loadOrCreate(root.resolve(PASSWORD_FILE));
		return List.of("jdbc:postgresql://localhost:" + port + "/" + DATABASE, USER, passwords.of(USER));
	}

	/** Where the application's database is, without the credentials. */
	String jdbcUrl() {
		return url(DATABASE);
	}

	String username() {
		return USER;
	}

	String password() {
		return passwords.of(USER);
	}

	Path dataDirectory() {
		return pgData;
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
			log.info("Embedded PostgreSQL stopped ({})", pgData);
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

}
