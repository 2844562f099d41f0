package vn.parindex.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login name and password, for the login form and HTTP Basic alike, and refuses
 * every failure the same way: an unknown account, a disabled one, a wrong password and a
 * source that must wait all get the same {@link BadCredentialsException} (whose message,
 * the real reason, goes only to the audit log). An unknown account costs a BCrypt check
 * like a known one; a disabled account is told apart only after its password was checked.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	PasswordAuthentication(AccountUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
		this.attempts = attempts;
		this.passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.passwords.setHideUserNotFoundExceptions(false);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = authentication.getName();
		if (login == null || login.length() > LoginAttempts.NAME_LIMIT) {
			throw refused("login name too long");
		}
		String source = LoginAttempts.source(authentication);
		if (attempts.waitUntil(login, source).isPresent()) {
			throw refused("source must wait");
		}
		try {
			return this.passwords.authenticate(authentication);
		}
		catch (UsernameNotFoundException ex) {
			throw refused("unknown account");
		}
		catch (DisabledException ex) {
			throw refused("disabled account");
		}
		catch (BadCredentialsException ex) {
			throw refused("wrong password");
		}
		catch (AuthenticationException ex) {
			throw refused(ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static BadCredentialsException refused(String reason) {
		return new BadCredentialsException(reason);
	}

}
