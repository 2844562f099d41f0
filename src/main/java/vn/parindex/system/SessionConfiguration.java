package vn.parindex.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in PostgreSQL, so that any number of application nodes serve the same
 * users and a restart signs nobody out. Their tables come from a Flyway migration.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60)
class SessionConfiguration {

}
