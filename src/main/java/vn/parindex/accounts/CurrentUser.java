package vn.parindex.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees her: id, roles and unit scope.
 * Other modules take it with {@code @AuthenticationPrincipal CurrentUser}.
 */
public final class CurrentUser implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final Long unitId;

	private final transient String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	CurrentUser(User user) {
		this.id = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.roles = Set.copyOf(user.roles());
		this.unitId = user.unitId();
		this.passwordHash = user.passwordHash();
		this.enabled = user.enabled();
		this.mustChangePassword = user.mustChangePassword();
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The unit a unit leader or officer works for; {@code null} for everybody else. */
	public Long unitId() {
		return unitId;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether this user may see the data of the given unit. */
	public boolean canSeeUnit(long unit) {
		return roles.stream().anyMatch(Role::seesAllUnits) || (unitId != null && unitId == unit);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * Whether her password was generated or set by an administrator: until she changes
	 * it, she can do nothing else.
	 */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
