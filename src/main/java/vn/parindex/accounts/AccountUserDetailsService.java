package vn.parindex.accounts;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the signed-in user for {@link PasswordAuthentication}; not a
 * {@code UserDetailsService} bean of its own, so that nothing signs in without the
 * counting of failures.
 */
@Service
class AccountUserDetailsService {

	private final Users users;

	AccountUserDetailsService(Users users) {
		this.users = users;
	}

	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(normalize(username))
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
