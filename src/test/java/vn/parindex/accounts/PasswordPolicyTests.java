package vn.parindex.accounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.problem.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11, point 12: passwords are checked against common and easily guessed ones and
 * the user's own login, name and address, not only their length.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy("");

	@ParameterizedTest
	@ValueSource(strings = { "matkhau123", "MatKhau@2026", "Mật-khẩu-123", "123456789a@", "ParIndex@2026",
			"parindex2026!", "P@ssw0rd2024!", "Password123", "qwerty12345", "1qaz2wsx3edc", "1234567890", "abcdefghijk",
			"aaaaaaaaaaaa", "Abcd1234!!", "adminadmin1", "anhyeuem2026", "Iloveyou!!", "zxcvbnm,./1", "hanoi123456",
			"Welcome@2026", "a1234567890" })
	void commonAndEasilyGuessedPasswordsAreRefused(String password) {
		assertThatThrownBy(() -> policy.check(password, "someone", "Trần Thị Bích", null)).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).messageKey())
			.isEqualTo("accounts.error.passwordCommon");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Correct-Horse-42", "Sông-Hồng-mùa-lũ-7", "Tr0ub4dor&3-xyz", "hoa-sen-trong-ao-99",
			"Quan-Tri-Test-2026", "kdP9vQ2mXr7LtZ" })
	void passwordsNobodyGuessesAreAccepted(String password) {
		assertThatCode(() -> policy.check(password, "someone", "Trần Thị Bích", "bich@example.vn"))
			.doesNotThrowAnyException();
	}

	@Test
	void theUsersLoginNameAndAddressAreRefused() {
		assertThatThrownBy(() -> policy.check("xx-nguyenvan-2026", "nguyenvan", "Nguyễn Văn An", null))
			.extracting((ex) -> ((Refusal) ex).messageKey())
			.isEqualTo("accounts.error.passwordContainsUsername");
		assertThatThrownBy(() -> policy.check("Nguyen-Van-An-2026", "nvan", "Nguyễn Văn An", null))
			.extracting((ex) -> ((Refusal) ex).messageKey())
			.isEqualTo("accounts.error.passwordContainsName");
		assertThatThrownBy(() -> policy.check("Phuongthao!-2026", "pthao", "Lê Phương Thảo", null))
			.extracting((ex) -> ((Refusal) ex).messageKey())
			.isEqualTo("accounts.error.passwordContainsName");
		assertThatThrownBy(() -> policy.check("x-tranbich88-x", "tb", "Trần Bích", "tranbich88@example.vn"))
			.extracting((ex) -> ((Refusal) ex).messageKey())
			.isEqualTo("accounts.error.passwordContainsName");
	}

	@Test
	void anOperatorsDenylistRefusesItsPasswordsPlainOrAsSha1(@TempDir Path directory) throws Exception {
		Path list = directory.resolve("breached.txt");
		String sha1 = HexFormat.of()
			.withUpperCase()
			.formatHex(MessageDigest.getInstance("SHA-1").digest("Tiger-Lily-Pond-3".getBytes(StandardCharsets.UTF_8)));
		Files.writeString(list, "Sunflower-Garden-77\n" + sha1 + ":1234\n");
		PasswordPolicy withList = new PasswordPolicy(list.toString());
		for (String breached : new String[] { "Sunflower-Garden-77", "Tiger-Lily-Pond-3" }) {
			assertThatThrownBy(() -> withList.check(breached, "someone", "Trần Thị Bích", null))
				.extracting((ex) -> ((Refusal) ex).messageKey())
				.isEqualTo("accounts.error.passwordBreached");
		}
		assertThatCode(() -> withList.check("Correct-Horse-42", "someone", "Trần Thị Bích", null))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new PasswordPolicy(directory.resolve("missing.txt").toString()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void generatedPasswordsPass() {
		for (int i = 0; i < 200; i++) {
			assertThat(policy.isWeak(PasswordPolicy.generate())).isFalse();
		}
	}

}
