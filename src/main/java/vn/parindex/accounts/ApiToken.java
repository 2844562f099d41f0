package vn.parindex.accounts;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token (mã truy cập API) an administrator issued for a program acting
 * as one user: found by its public prefix, checked against the SHA-256 of the whole
 * token, valid until it expires or is revoked.
 */
@Table("accounts_api_token")
class ApiToken {

	@Id
	private Long id;

	private final long userId;

	private final String name;

	private final String prefix;

	private final byte[] secretHash;

	private final String scopes;

	private final String createdBy;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant revokedAt;

	private String revokedBy;

	private Instant lastUsedAt;

	ApiToken(long userId, String name, String prefix, byte[] secretHash, String scopes, String createdBy,
			Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.scopes = scopes;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Long id() {
		return id;
	}

	long userId() {
		return userId;
	}

	String name() {
		return name;
	}

	String prefix() {
		return prefix;
	}

	byte[] secretHash() {
		return secretHash.clone();
	}

	Set<TokenScope> scopes() {
		return TokenScope.split(scopes);
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	ApiTokenView.Status statusAt(Instant now) {
		if (revokedAt != null) {
			return ApiTokenView.Status.REVOKED;
		}
		return expiresAt.isAfter(now) ? ApiTokenView.Status.ACTIVE : ApiTokenView.Status.EXPIRED;
	}

}
