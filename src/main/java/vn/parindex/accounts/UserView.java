package vn.parindex.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A user as administrators see her.
 */
public record UserView(long id, String username, String displayName, String email, Set<Role> roles, Long unitId,
		String unitName, boolean enabled, boolean locked, Instant createdAt) {
}
