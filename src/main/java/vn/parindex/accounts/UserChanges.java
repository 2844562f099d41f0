package vn.parindex.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator may change on an existing account.
 */
public record UserChanges(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email,
		@NotEmpty Set<Role> roles, Long unitId, boolean enabled) {
}
