package vn.parindex.accounts;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
	}

	@Test
	void pagesAllowScriptsOnlyFromTheApplication() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
	}

	@Test
	void theFirstAdministratorSignsInWithTheConfiguredPassword() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aUserSignsInAndTheLoginIsAudited() throws Exception {
		UserView officer = accounts.create(Role.VIEWER);
		mvc.perform(formLogin("/login").user(officer.username()).password(TestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(officer.username()))
			.andExpect(redirectedUrl("/"));
		assertThat(actions(officer.username())).contains(AuditAction.LOGIN);
	}

	@Test
	void aWrongPasswordIsRefusedAndAudited() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(formLogin("/login").user(viewer.username()).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		assertThat(actions(viewer.username())).contains(AuditAction.LOGIN_FAILED);
	}

	@Test
	void anUnknownUserIsRefusedLikeAWrongPassword() throws Exception {
		mvc.perform(formLogin("/login").user("nobody-" + System.nanoTime()).password("whatever-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void repeatedFailuresMakeTheirSourceWaitEvenForTheRightPasswordAndSayNothingMore() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(formLogin("/login").user(viewer.username()).password("wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		assertThat(actions(viewer.username())).contains(AuditAction.ACCOUNT_LOCKED);
		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("mật khẩu không đúng")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("tạm khóa"))));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(post("/admin/users/{id}", viewer.id()).with(user(accounts.principal(accounts.create(Role.ADMIN))))
			.with(csrf())
			.param("username", viewer.username())
			.param("displayName", viewer.displayName())
			.param("roles", "VIEWER")
			.param("enabled", "false")).andExpect(redirectedUrl("/admin/users/" + viewer.id()));
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void logoutEndsTheSessionAndIsAudited() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(post("/logout").with(user(accounts.principal(viewer))).with(csrf()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(actions(viewer.username())).contains(AuditAction.LOGOUT);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRejectedAndChangesNothing() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(post("/account/password").with(user(accounts.principal(viewer)))
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "A-brand-new-password")
			.param("confirmation", "A-brand-new-password")).andExpect(status().isForbidden());
		mvc.perform(formLogin("/login").user(viewer.username()).password(TestAccounts.PASSWORD))
			.andExpect(authenticated());
	}

	private java.util.List<AuditAction> actions(String username) {
		return audit.find(username, "accounts", null, 0, 100)
			.entries()
			.stream()
			.map(AuditEntry::action)
			.map(AuditAction::valueOf)
			.toList();
	}

}
