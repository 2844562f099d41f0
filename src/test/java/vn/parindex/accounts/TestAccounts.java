package vn.parindex.accounts;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for tests with unique names, so that tests sharing a database never
 * collide.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "Correct-Horse-42";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final AccountService accounts;

	private final AccountUserDetailsService userDetails;

	TestAccounts(AccountService accounts, AccountUserDetailsService userDetails) {
		this.accounts = accounts;
		this.userDetails = userDetails;
	}

	public UserView create(Role role) {
		return create(role, null);
	}

	public UserView create(Role role, Long unitId) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + sequence.incrementAndGet() + "-"
				+ ProcessHandle.current().pid();
		return accounts.create(new NewUser(username, "Người dùng " + username, null, PASSWORD, Set.of(role), unitId),
				"test");
	}

	/** The principal a signed-in user has, for MockMvc's {@code user(…)}. */
	public UserDetails principal(UserView user) {
		return userDetails.loadUserByUsername(user.username());
	}

}
