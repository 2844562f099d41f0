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
import java.sql.SQLException;
import java.time.Duration;
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
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "parindex";

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final Path pgData;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(Path pgData, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.pgData = pgData;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		Path root = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(root);
			FileChannel channel = FileChannel.open(root.resolve("parindex.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(root);
			}
			Path pgData = root.resolve("postgres");
			stopOrphanPostmaster(pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(pgData, channel, lock, postgres);
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL started: data directory {}, database {}", pgData, server.jdbcUrl());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + root, ex);
		}
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

	private void createDatabaseIfMissing() throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + DATABASE);
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + DATABASE, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
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
