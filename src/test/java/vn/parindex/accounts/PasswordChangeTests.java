package vn.parindex.accounts;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aUserChangesHerPasswordAndSignsInWithTheNewOne() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(change(viewer, TestAccounts.PASSWORD, "Another-Good-Password", "Another-Good-Password"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashSuccess", "accounts.password.changed"));
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(viewer.username()).password("Another-Good-Password"))
			.andExpect(authenticated());
	}

	@Test
	void aWrongCurrentPasswordIsExplainedAndChangesNothing() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(change(viewer, "not-my-password", "Another-Good-Password", "Another-Good-Password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aShortOrMismatchedNewPasswordIsExplained() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(change(viewer, TestAccounts.PASSWORD, "short", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Độ dài phải từ 10 đến 128 ký tự.")));
		mvc.perform(change(viewer, TestAccounts.PASSWORD, "Another-Good-Password", "Another-Good-Passw0rd"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp.")));
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(authenticated());
	}

	private org.springframework.test.web.servlet.RequestBuilder change(UserView user, String current,
			String newPassword, String confirmation) {
		return post("/account/password").with(user(accounts.principal(user)))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmation", confirmation);
	}

}
