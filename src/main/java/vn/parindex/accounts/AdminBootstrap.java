package vn.parindex.accounts;

import java.util.Set;

import vn.parindex.problem.Refusal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, {@code admin}, when there is none: with the password
 * from {@code PARINDEX_ADMIN_PASSWORD}, or a generated one printed once in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final Environment environment;

	AdminBootstrap(AccountService accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(ADMIN)) {
			return;
		}
		String configured = environment.getProperty("parindex.admin-password", "");
		CreatedUser created;
		try {
			// a generated password must be changed at first login; a configured one was
			// chosen by the operator
			created = accounts.createAccount(new NewUser(ADMIN, "Quản trị hệ thống", null,
					configured.isBlank() ? null : configured, Set.of(Role.ADMIN), null), "system");
		}
		catch (Refusal ex) {
			throw new IllegalStateException("PARINDEX_ADMIN_PASSWORD is too weak: it needs at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, must not contain \"admin\" and must not be a "
					+ "common password, a sequence or a keyboard walk (" + ex.messageKey() + ")", ex);
		}
		if (created.generatedPassword() != null) {
			log.warn("""

					==================================================================
					  First administrator created: user "admin", password "{}"
					  This password is shown only once: sign in and change it.
					==================================================================""", created.generatedPassword());
		}
		else {
			log.info("First administrator \"admin\" created with the password from PARINDEX_ADMIN_PASSWORD");
		}
	}

}
