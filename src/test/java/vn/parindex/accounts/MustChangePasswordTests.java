package vn.parindex.accounts;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, point 12: a generated or reset password must be changed at first login; until
 * then every page leads to the password page and the API answers 403.
 */
@IntegrationTest
class MustChangePasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService service;

	@Autowired
	JsonMapper json;

	@Test
	void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		String reset = json.readTree(mvc
			.perform(post("/api/v1/users/{id}/password", viewer.id())
				.with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("password").asString();

		mvc.perform(get("/api/v1/campaigns").with(httpBasic(viewer.username(), reset)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("/account/password")));
		Cookie session = signIn(viewer.username(), reset);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/campaigns").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"must-change\"")));

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", reset)
			.param("newPassword", "Hoa-Ban-Tay-Bac-8")
			.param("confirmation", "Hoa-Ban-Tay-Bac-8")).andExpect(redirectedUrl("/"));

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/campaigns").with(httpBasic(viewer.username(), "Hoa-Ban-Tay-Bac-8")))
			.andExpect(status().isOk());
		assertThat(service.mustChangePassword(viewer.username())).isFalse();
	}

	@Test
	void anAccountCreatedWithoutAPasswordGetsAGeneratedOneToChange() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		String username = "generated-" + System.nanoTime();
		JsonNode created = json.readTree(mvc
			.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "Người mới", "roles": ["VIEWER"]}
						""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String password = created.get("password").asString();
		assertThat(password).hasSize(16);
		assertThat(service.mustChangePassword(username)).isTrue();
		mvc.perform(get("/").cookie(signIn(username, password))).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void aChosenPasswordAndADemoAccountNeedNoChange() throws Exception {
		UserView chosen = accounts.create(Role.VIEWER);
		mvc.perform(get("/").cookie(signIn(chosen.username(), TestAccounts.PASSWORD))).andExpect(status().isOk());
		String demo = "demo-" + System.nanoTime();
		service.createIllustrative(
				new NewUser(demo, "Người xem (minh họa)", null, "ParIndex@2026", Set.of(Role.VIEWER), null));
		mvc.perform(get("/").cookie(signIn(demo, "ParIndex@2026"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/campaigns").with(httpBasic(demo, "ParIndex@2026"))).andExpect(status().isOk());
	}

	private Cookie signIn(String username, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
