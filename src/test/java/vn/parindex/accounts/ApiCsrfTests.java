package vn.parindex.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only credentials that the request itself carries, and that are valid, spare it the CSRF
 * token; such a request never acts with, nor signs in, the session whose cookie it
 * happens to carry.
 */
@IntegrationTest
class ApiCsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService service;

	@Test
	void aBogusBearerDoesNotLetASessionPostWithoutItsCsrfToken() throws Exception {
		assertRefusedAndNothingCreated(
				createUser(signedIn(accounts.create(Role.ADMIN))).header(HttpHeaders.AUTHORIZATION, "Bearer junk"));
	}

	@Test
	void anotherSchemeDoesNotLetASessionPostWithoutItsCsrfToken() throws Exception {
		MockHttpServletRequestBuilder request = createUser(signedIn(accounts.create(Role.ADMIN)))
			.header(HttpHeaders.AUTHORIZATION, "Digest x");
		assertThat(assertRefusedAndNothingCreated(request).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aWrongPasswordForTheSessionsOwnUserDoesNotLetTheSessionThrough() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		assertRefusedAndNothingCreated(createUser(signedIn(admin)).header(HttpHeaders.AUTHORIZATION,
				basic(admin.username(), "not-the-password")));
	}

	@Test
	void aWrongPasswordForAnotherUserDoesNotLetTheSessionThrough() throws Exception {
		assertRefusedAndNothingCreated(createUser(signedIn(accounts.create(Role.ADMIN)))
			.header(HttpHeaders.AUTHORIZATION, basic("nobody-" + System.nanoTime(), "whatever-password")));
	}

	@Test
	void validBasicActsAsItsOwnUserNotAsTheSession() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		MockHttpServletRequestBuilder request = createUser(signedIn(accounts.create(Role.ADMIN)))
			.header(HttpHeaders.AUTHORIZATION, basic(viewer.username(), TestAccounts.PASSWORD));
		assertThat(assertRefusedAndNothingCreated(request).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void validBasicDoesNotSignInTheSessionItCarries() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).as("session cookie of the login page").isNotNull();
		mvc.perform(get("/api/v1/users").cookie(anonymous)
			.header(HttpHeaders.AUTHORIZATION, basic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/users").cookie(anonymous)).andExpect(status().isUnauthorized());
	}

	@Test
	void validBasicNeedsNoCsrfToken() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		String username = "csrf-free-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content(newUser(username))
			.header(HttpHeaders.AUTHORIZATION, basic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isCreated());
	}

	private String pending;

	private MockHttpServletRequestBuilder createUser(Cookie session) {
		pending = "csrf-victim-" + System.nanoTime();
		return post("/api/v1/users").cookie(session).contentType(MediaType.APPLICATION_JSON).content(newUser(pending));
	}

	private MvcResult assertRefusedAndNothingCreated(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isIn(401, 403);
		assertThat(service.exists(pending)).isFalse();
		return result;
	}

	private Cookie signedIn(UserView user) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie after signing in").isNotNull();
		mvc.perform(get("/api/v1/users").cookie(session)).andExpect(status().isOk());
		return session;
	}

	private static String newUser(String username) {
		return """
				{"username": "%s", "displayName": "Nạn nhân", "password": "Victim-Password-123", "roles": ["VIEWER"]}
				""".formatted(username);
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
