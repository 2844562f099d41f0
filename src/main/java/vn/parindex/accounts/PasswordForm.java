package vn.parindex.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user changing her own password.
 */
record PasswordForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword,
		@NotBlank String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
