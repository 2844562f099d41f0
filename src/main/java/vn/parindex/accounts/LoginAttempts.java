package vn.parindex.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and source address, makes a source that failed too
 * often wait (doubling with every further failure, up to a limit), and records every
 * login, failure and logout in the audit log.
 * <p>
 * A failure is one atomic upsert and one audit line in a short transaction of its own,
 * after the password check: no connection is held while BCrypt runs, and no account row
 * is locked. The account itself is never locked: from any other source it still opens
 * with its password, so nobody can lock a person out from anywhere.
 */
@Component
class LoginAttempts {

	/** The longest login name: longer ones are refused and recorded cut to this. */
	static final int NAME_LIMIT = 64;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Settings settings;

	LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock, Settings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Until when the source must wait before trying this login again, if it must: a plain
	 * read, no lock.
	 */
	Optional<Instant> waitUntil(String login, String source) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select failures, last_failure from accounts_login_failure
				where username = :username and source = :source and last_failure > :windowStart
				""")
			.param("username", key(login))
			.param("source", cut(source))
			.param("windowStart", Timestamp.from(now.minus(settings.failureWindow())))
			.query((rs, row) -> waitsUntil(rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant()))
			.optional()
			.flatMap((until) -> until)
			.filter(now::isBefore);
	}

	/** The login names some source must currently wait to try, for the user list. */
	Set<String> waiting() {
		Instant now = clock.instant();
		List<Map.Entry<String, Optional<Instant>>> found = jdbc.sql("""
				select username, failures, last_failure from accounts_login_failure
				where failures >= :max and last_failure > :since
				""")
			.param("max", settings.maxFailedLogins())
			.param("since", Timestamp.from(now.minus(settings.lockDuration())))
			.query((rs, row) -> Map.entry(rs.getString("username"),
					waitsUntil(rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant())))
			.list();
		return found.stream()
			.filter((entry) -> entry.getValue().filter(now::isBefore).isPresent())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** After {@code max-failed-logins} failures, each further one doubles the wait. */
	private Optional<Instant> waitsUntil(int failures, Instant lastFailure) {
		if (failures < settings.maxFailedLogins()) {
			return Optional.empty();
		}
		int doublings = Math.min(failures - settings.maxFailedLogins(), 30);
		Duration wait = settings.backoff().multipliedBy(1L << doublings);
		if (wait.compareTo(settings.lockDuration()) > 0) {
			wait = settings.lockDuration();
		}
		return Optional.of(lastFailure.plus(wait));
	}

	/**
	 * Every successful authentication from a source, including each API call with HTTP
	 * Basic, ends that source's run of failures for the account.
	 */
	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		jdbc.sql("delete from accounts_login_failure where username = :username and source = :source")
			.param("username", key(authentication.getName()))
			.param("source", source(authentication))
			.update();
	}

	/**
	 * Only a person signing in is a login worth a line in the log, not every API call.
	 */
	@EventListener
	@Transactional
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, AuditAction.LOGIN, username, null);
	}

	/**
	 * Every refused login, whatever the reason (wrong password, unknown or disabled
	 * account, a source that must wait, an over-long name): counted exactly, audited with
	 * its real reason, answered alike.
	 */
	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String login = key(event.getAuthentication().getName());
		String source = source(event.getAuthentication());
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				insert into accounts_login_failure as f (username, source, failures, first_failure, last_failure)
				values (:username, :source, 1, :now, :now)
				on conflict (username, source) do update set
				    failures = case when f.last_failure > :windowStart then f.failures + 1 else 1 end,
				    first_failure = case when f.last_failure > :windowStart then f.first_failure else :now end,
				    last_failure = :now
				returning failures
				""")
			.param("username", login)
			.param("source", source)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(settings.failureWindow())))
			.query(Integer.class)
			.single();
		audit.record(login, AuditAction.LOGIN_FAILED, login,
				event.getException().getMessage() + "; source " + source + "; failure " + failures);
		if (failures == settings.maxFailedLogins()) {
			audit.record(login, AuditAction.ACCOUNT_LOCKED, login,
					"source " + source + " waits until " + waitsUntil(failures, now).orElse(now));
		}
	}

	/** The account's failures from every source are forgotten, as after a reset. */
	@Transactional
	void forget(String username) {
		jdbc.sql("delete from accounts_login_failure where username = :username")
			.param("username", key(username))
			.update();
	}

	@EventListener
	@Transactional
	void loggedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, AuditAction.LOGOUT, username, null);
	}

	/**
	 * The login name as it is counted and recorded: normalised, and an over-long one cut
	 * with a mark no real login name has.
	 */
	static String key(String login) {
		String normalized = AccountUserDetailsService.normalize(login);
		return cut(normalized);
	}

	static String source(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return cut(details.getRemoteAddress());
		}
		return "unknown";
	}

	private static String cut(String text) {
		return (text.length() <= NAME_LIMIT) ? text : text.substring(0, NAME_LIMIT - 1) + "…";
	}

	/**
	 * @param maxFailedLogins failures from one source before it must wait
	 * @param backoff its first wait, doubled by every further failure
	 * @param lockDuration the longest wait
	 * @param failureWindow failures older than this are forgotten
	 */
	@ConfigurationProperties("parindex.login")
	record Settings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("30s") Duration backoff,
			@DefaultValue("15m") Duration lockDuration, @DefaultValue("24h") Duration failureWindow) {
	}

}
