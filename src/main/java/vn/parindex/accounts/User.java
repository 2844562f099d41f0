package vn.parindex.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who works in ParIndex (người dùng), with the roles she holds and the unit they
 * apply to.
 */
@Table("accounts_user")
class User {

	@Id
	private Long id;

	@Version
	private int version;

	private final String username;

	private String passwordHash;

	private String displayName;

	private String email;

	private Long unitId;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private final Instant createdAt;

	@MappedCollection(idColumn = "user_id")
	private Set<UserRole> roles = new HashSet<>();

	User(String username, String passwordHash, String displayName, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	Long unitId() {
		return unitId;
	}

	boolean enabled() {
		return enabled;
	}

	/**
	 * Whether the password was generated or set by an administrator and not yet changed.
	 */
	boolean mustChangePassword() {
		return mustChangePassword;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<Role> roles() {
		return roles.stream().map(UserRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	void describe(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * Unit roles need a unit, and a unit means nothing without a unit role.
	 */
	void assign(Set<Role> roles, Long unitId) {
		checkAssignment(roles, unitId);
		boolean unitScoped = roles.stream().anyMatch(Role::unitScoped);
		this.unitId = unitScoped ? unitId : null;
		this.roles = roles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
	}

	/**
	 * @param temporary whether somebody else knows it (generated, or set by an
	 * administrator), so that its owner must change it when she next signs in
	 */
	static void checkAssignment(Set<Role> roles, Long unitId) {
		if (roles.stream().anyMatch(Role::unitScoped) && unitId == null) {
			throw Refusal.badRequest("accounts.error.unitRequired");
		}
	}

	void changePassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

}
