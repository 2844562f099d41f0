package vn.parindex.accounts;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService service;

	@Test
	void withoutCredentialsTheApiAnswers401AsProblemJsonWithoutARedirect() throws Exception {
		mvc.perform(get("/api/v1/users"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"ParIndex\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Chưa xác thực"));
	}

	@Test
	void wrongCredentialsAnswer401() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(get("/api/v1/users").with(httpBasic(admin.username(), "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aUserWithoutTheRoleGets403AsProblemJson() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get("/api/v1/users").header("Accept-Language", "en")
			.with(httpBasic(viewer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.title").value("Forbidden"));
	}

	@Test
	void anAdministratorCreatesAUserOverTheApiWhoCanThenSignIn() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		String username = "api-user-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "displayName": "Trần Văn Thẩm", "password": "Api-User-Password-1",
					 "roles": ["APPRAISER"]}
					""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("APPRAISER"));
		mvc.perform(formLogin("/login").user(username).password("Api-User-Password-1"))
			.andExpect(authenticated().withRoles("APPRAISER"));
		mvc.perform(get("/api/v1/users").param("q", username).with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)));
	}

	@Test
	void invalidRequestsAreListedFieldByFieldAndCreateNothing() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "x", "displayName": "", "password": "short", "roles": []}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
		assertThat(service.exists("x")).isFalse();
	}

	@Test
	void aTakenUsernameIsAConflict() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "displayName": "Trùng", "password": "Some-Password-123", "roles": ["VIEWER"]}
					""".formatted(admin.username())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Tên đăng nhập „" + admin.username() + "“ đã được dùng."));
	}

	@Test
	void anUnknownUserIs404() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(get("/api/v1/users/{id}", Long.MAX_VALUE).with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theAuditLogIsReadableOverTheApi() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get("/api/v1/audit").param("q", viewer.username())
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].action").value("USER_CREATED"))
			.andExpect(jsonPath("$.entries[0].target").value(viewer.username()));
	}

}
