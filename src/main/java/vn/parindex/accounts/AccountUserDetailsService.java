package vn.parindex.accounts;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	AccountUserDetailsService(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(normalize(username))
			.map((user) -> new CurrentUser(user, user.lockedAt(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
