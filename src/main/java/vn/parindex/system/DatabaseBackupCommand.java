package vn.parindex.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar parindex.jar --parindex.backup=FILE} and
 * {@code --parindex.restore=FILE}: back up the application's database (embedded or
 * external, as configured) to a file, or restore one into an empty database, and stop. A
 * backup of the embedded database may be taken while the application runs; a restore goes
 * into a new data directory (or an empty external database), which it migrates first.
 */
public final class DatabaseBackupCommand {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackupCommand.class);

	private static final String BACKUP = "--parindex.backup=";

	private static final String RESTORE = "--parindex.restore=";

	private DatabaseBackupCommand() {
	}

	/**
	 * Runs the backup or restore the arguments ask for.
	 * @return whether they asked for one (the application then does not start)
	 */
	public static boolean runIfAsked(String[] args) {
		Optional<Path> backup = option(args, BACKUP);
		Optional<Path> restore = option(args, RESTORE);
		if (backup.isEmpty() && restore.isEmpty()) {
			return false;
		}
		try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			Environment environment = settings.getEnvironment();
			if (backup.isPresent()) {
				backup(environment, backup.get());
			}
			else {
				restore(environment, restore.get());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					(backup.isPresent() ? "Backup to " + backup.get() : "Restore of " + restore.get()) + " failed: "
							+ ex.getMessage(),
					ex);
		}
		return true;
	}

	private static void backup(Environment environment, Path file) throws Exception {
		String url = environment.getProperty("spring.datasource.url", "");
		DatabaseBackup.Summary summary;
		if (!url.isEmpty()) {
			try (Connection connection = external(environment)) {
				summary = DatabaseBackup.write(connection, file);
			}
		}
		else {
			Path dataDir = dataDir(environment);
			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
					Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
							server.password())) {
				summary = DatabaseBackup.write(connection, file);
			}
			catch (DataDirectoryInUseException running) {
				List<String> credentials = EmbeddedPostgresServer.running(dataDir);
				try (Connection connection = DriverManager.getConnection(credentials.get(0), credentials.get(1),
						credentials.get(2))) {
					summary = DatabaseBackup.write(connection, file);
				}
			}
		}
		log.info("Backup written to {}: {} tables, {} rows", file.toAbsolutePath(), summary.tables(), summary.rows());
	}

	private static void restore(Environment environment, Path file) throws Exception {
		String url = environment.getProperty("spring.datasource.url", "");
		DatabaseBackup.Summary summary;
		if (!url.isEmpty()) {
			migrate(environment, url, environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"));
			try (Connection connection = external(environment)) {
				summary = DatabaseBackup.restore(file, connection);
			}
		}
		else {
			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(environment))) {
				migrate(environment, server.jdbcUrl(), server.username(), server.password());
				try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
						server.password())) {
					summary = DatabaseBackup.restore(file, connection);
				}
			}
		}
		log.info("Restored {}: {} tables, {} rows", file.toAbsolutePath(), summary.tables(), summary.rows());
	}

	/** The schema as the application would make it on its first start. */
	private static void migrate(Environment environment, String url, String user, String password) {
		Flyway.configure()
			.dataSource(url, user, password)
			.locations(environment.getProperty("spring.flyway.locations", String[].class,
					new String[] { "classpath:db/migration" }))
			.outOfOrder(environment.getProperty("spring.flyway.out-of-order", Boolean.class, false))
			.load()
			.migrate();
	}

	private static Connection external(Environment environment) throws java.sql.SQLException {
		return DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
	}

	private static Path dataDir(Environment environment) {
		return Path.of(environment.getProperty("parindex.data-dir", "./data"));
	}

	private static Optional<Path> option(String[] args, String prefix) {
		return Arrays.stream(args)
			.filter((arg) -> arg.startsWith(prefix))
			.map((arg) -> Path.of(arg.substring(prefix.length())))
			.findFirst();
	}

	/** Nothing but the settings: no web server, no scheduler, no start-up data. */
	@Configuration(proxyBeanMethods = false)
	static class Settings {

	}

}
