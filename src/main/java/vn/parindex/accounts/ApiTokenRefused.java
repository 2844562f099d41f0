package vn.parindex.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token that does not authenticate: unknown, expired, revoked, or its user
 * disabled. The message is the key of what the caller is told.
 */
class ApiTokenRefused extends AuthenticationException {

	ApiTokenRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
