package vn.parindex.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, locks an account for a while after too many, and records every
 * login, failure and logout in the audit log.
 */
@Component
class LoginAttempts {

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	private final Settings settings;

	LoginAttempts(Users users, AuditLog audit, Clock clock, Settings settings) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Every successful authentication, including each API call with HTTP Basic, ends a
	 * run of failures.
	 */
	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent((user) -> {
			if (user.failedAttempts() > 0) {
				user.loginSucceeded();
				users.save(user);
			}
		});
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

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = AccountUserDetailsService.normalize(event.getAuthentication().getName());
		users.findByUsername(username).ifPresent((user) -> {
			boolean locked = user.loginFailed(clock.instant(), settings.maxFailedLogins(), settings.lockDuration());
			users.save(user);
			if (locked) {
				audit.record(username, AuditAction.ACCOUNT_LOCKED, username, "until " + user.lockedUntil());
			}
		});
		audit.record(username, AuditAction.LOGIN_FAILED, username, reason(event));
	}

	@EventListener
	@Transactional
	void refused(AuthenticationFailureLockedEvent event) {
		String username = AccountUserDetailsService.normalize(event.getAuthentication().getName());
		audit.record(username, AuditAction.LOGIN_FAILED, username, reason(event));
	}

	@EventListener
	@Transactional
	void loggedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, AuditAction.LOGOUT, username, null);
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		return event.getException().getClass().getSimpleName();
	}

	/**
	 * @param maxFailedLogins failures in a row that lock an account
	 * @param lockDuration how long it stays locked
	 */
	@ConfigurationProperties("parindex.login")
	record Settings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
	}

}
