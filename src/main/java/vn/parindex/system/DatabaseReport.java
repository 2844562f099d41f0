package vn.parindex.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once started, which database the application uses and where its data
 * lives.
 */
@Component
class DatabaseReport {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	DatabaseReport(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.dataSource = dataSource;
		this.embedded = embedded;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			var meta = connection.getMetaData();
			EmbeddedPostgresServer server = embedded.getIfAvailable();
			if (server != null) {
				log.info("Database: embedded {} {} at {} as {}, data directory {}", meta.getDatabaseProductName(),
						meta.getDatabaseProductVersion(), meta.getURL(), meta.getUserName(), server.dataDirectory());
			}
			else {
				log.info("Database: external {} {} at {} as {}", meta.getDatabaseProductName(),
						meta.getDatabaseProductVersion(), meta.getURL(), meta.getUserName());
			}
		}
	}

}
