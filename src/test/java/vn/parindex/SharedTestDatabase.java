package vn.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL for the whole test JVM, started on first use and stopped when
 * the JVM ends. Each Spring test context gets a database on it, named by
 * {@code parindex.test.database} (default {@code parindex_test}), so that contexts
 * sharing data share a database and those that must not (demo data) get their own.
 */
public class SharedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String database = context.getEnvironment().getProperty("parindex.test.database", "parindex_test");
		TestPropertyValues
			.of("spring.datasource.url=" + jdbcUrl(database), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

	public static synchronized String jdbcUrl(String database) {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the test PostgreSQL", ex);
			}
		}
		try (Connection connection = server.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + database);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
		return server.getJdbcUrl("postgres", database);
	}

}
