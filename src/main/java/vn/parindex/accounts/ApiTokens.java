package vn.parindex.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByPrefix(String prefix);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

	/** Revokes once: a second revocation, even a concurrent one, changes nothing. */
	@Modifying
	@Query("update accounts_api_token set revoked_at = :now, revoked_by = :actor where id = :id and revoked_at is null")
	int revoke(@Param("id") long id, @Param("now") Instant now, @Param("actor") String actor);

	/**
	 * Notes a use, unless one was noted since {@code since}: most calls write nothing.
	 */
	@Modifying
	@Query("""
			update accounts_api_token set last_used_at = :now
			where id = :id and (last_used_at is null or last_used_at < :since)""")
	int used(@Param("id") long id, @Param("now") Instant now, @Param("since") Instant since);

}
