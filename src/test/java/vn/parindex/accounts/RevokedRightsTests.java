package vn.parindex.accounts;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, point 2: once an administrator changes a user's roles or unit, disables her
 * or resets her password, her open sessions (real Spring Session JDBC sessions, shared by
 * every node) act no more; a user changing her own password ends her other sessions.
 */
@IntegrationTest
class RevokedRightsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SheetFixture sheets;

	@Autowired
	AuditLog audit;

	@Test
	void aDemotedSecretariatsSessionNoLongerCreatesUnits() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		Cookie session = signIn(secretariat, TestAccounts.PASSWORD);
		String code = "REV" + System.nanoTime();
		mvc.perform(createUnit(session, code + "A")).andExpect(status().isCreated());

		mvc.perform(put("/api/v1/users/{id}", secretariat.id()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "Người xem", "roles": ["VIEWER"], "enabled": true}
					""")).andExpect(status().isOk());

		mvc.perform(createUnit(session, code + "B")).andExpect(status().isUnauthorized());
		assertThat(audit.find(secretariat.username(), "accounts", AuditAction.SESSIONS_ENDED.name(), 0, 10).entries())
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.detail()).isEqualTo("1 sessions ended");
				assertThat(entry.actor()).isEqualTo(admin.username());
			});
		// signed in again, she has the new rights only
		mvc.perform(createUnit(signIn(secretariat, TestAccounts.PASSWORD), code + "C"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOfficerMovedToAnotherUnitNoLongerWritesTheOldUnitsSheet() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		SheetFixture.Scene scene = sheets.scene();
		Cookie session = signIn(scene.officer(), TestAccounts.PASSWORD);
		mvc.perform(writeLeaf(session, scene)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{id}", scene.officer().id()).with(httpBasicSession(admin))
			.with(csrf())
			.param("username", scene.officer().username())
			.param("displayName", scene.officer().displayName())
			.param("roles", "UNIT_OFFICER")
			.param("unitId", String.valueOf(scene.other().id()))
			.param("enabled", "true")).andExpect(redirectedUrl("/admin/users/" + scene.officer().id()));

		mvc.perform(writeLeaf(session, scene)).andExpect(status().isUnauthorized());
		mvc.perform(writeLeaf(signIn(scene.officer(), TestAccounts.PASSWORD), scene)).andExpect(status().isForbidden());
	}

	@Test
	void disablingAUserEndsHerSessions() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		Cookie first = signIn(viewer, TestAccounts.PASSWORD);
		Cookie second = signIn(viewer, TestAccounts.PASSWORD);
		mvc.perform(get("/").cookie(first)).andExpect(status().isOk());

		mvc.perform(put("/api/v1/users/{id}", viewer.id()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "Người xem", "roles": ["VIEWER"], "enabled": false}
					""")).andExpect(status().isOk());

		mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login"));
		assertThat(audit.find(viewer.username(), "accounts", AuditAction.SESSIONS_ENDED.name(), 0, 10).entries())
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).isEqualTo("2 sessions ended"));
	}

	@Test
	void aPasswordResetEndsHerSessions() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		Cookie session = signIn(viewer, TestAccounts.PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/api/v1/users/{id}/password", viewer.id())
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingHerOwnPasswordEndsHerOtherSessionsButNotThisOne() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		Cookie here = signIn(viewer, TestAccounts.PASSWORD);
		Cookie elsewhere = signIn(viewer, TestAccounts.PASSWORD);

		mvc.perform(post("/account/password").cookie(here)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Sông-Hồng-mùa-lũ-7")
			.param("confirmation", "Sông-Hồng-mùa-lũ-7")).andExpect(redirectedUrl("/"));

		mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aChangeOfNameOnlyKeepsHerSessions() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		Cookie session = signIn(viewer, TestAccounts.PASSWORD);
		mvc.perform(put("/api/v1/users/{id}", viewer.id()).with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "Tên mới", "roles": ["VIEWER"], "enabled": true}
					""")).andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	private Cookie signIn(UserView user, String password) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(user.username()).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		return session;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicSession(UserView admin) {
		return (request) -> {
			try {
				request.setCookies(signIn(admin, TestAccounts.PASSWORD));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return request;
		};
	}

	private static org.springframework.test.web.servlet.RequestBuilder createUnit(Cookie session, String code) {
		return post("/api/v1/units").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Tỉnh %s", "type": "PROVINCE"}
				""".formatted(code, code));
	}

	private static org.springframework.test.web.servlet.RequestBuilder writeLeaf(Cookie session,
			SheetFixture.Scene scene) {
		return put(scene.api() + "/leaves/1.1").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 3}");
	}

}
