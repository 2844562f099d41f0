package vn.parindex.accounts;

import java.security.SecureRandom;
import java.util.Locale;

import vn.parindex.problem.Refusal;

/**
 * How long a password must be, and how generated ones are made.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	// No 0/O, 1/l/I: generated passwords are read from a log or a screen and typed by
	// hand.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw Refusal.badRequest("accounts.error.passwordLength", MIN_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw Refusal.badRequest("accounts.error.passwordContainsUsername");
		}
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
