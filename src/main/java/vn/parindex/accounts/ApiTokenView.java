package vn.parindex.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as administrators see it: never its secret.
 */
public record ApiTokenView(long id, long userId, String username, String userDisplayName, String name, String prefix,
		Set<TokenScope> scopes, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
		Instant lastUsedAt, Status status) {

	public enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

}
