package vn.parindex.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account an administrator creates, from the page or the API; without a password, one
 * is generated, which its owner must change at first login.
 */
public record NewUser(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*",
				message = "{accounts.validation.username}") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email,
		@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
		@NotEmpty Set<Role> roles, Long unitId) {
}
