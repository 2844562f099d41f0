package vn.parindex.accounts;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The administrator's user form; the password is only asked for on creation, and an
 * unticked box sends no {@code enabled} at all.
 */
record UserForm(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*",
				message = "{accounts.validation.username}") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email, String password,
		@NotEmpty Set<Role> roles, Long unitId, Boolean enabled) {

	static UserForm empty() {
		return new UserForm("", "", "", "", EnumSet.noneOf(Role.class), null, true);
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.displayName(), user.email(), "", user.roles(), user.unitId(),
				user.enabled());
	}

	NewUser toNewUser() {
		return new NewUser(username, displayName, email, (password == null || password.isBlank()) ? null : password,
				roles, unitId);
	}

	UserChanges toChanges() {
		return new UserChanges(displayName, email, roles, unitId, Boolean.TRUE.equals(enabled));
	}

}
