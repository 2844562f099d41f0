package vn.parindex.accounts;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles. Query methods run in a (read-only) transaction: a user is read
 * with her roles by a second query while the first is open, which outside a transaction
 * would take a second connection, and under load (many parallel logins) could wait for
 * one forever.
 */
@Transactional(readOnly = true)
interface Users extends ListCrudRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

}
