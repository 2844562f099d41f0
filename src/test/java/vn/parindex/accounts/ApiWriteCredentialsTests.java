package vn.parindex.accounts;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A write to the API needs credentials, and from a signed-in session also its CSRF token:
 * without credentials the caller is asked for them (401), a session without the token is
 * refused (403).
 */
@IntegrationTest
class ApiWriteCredentialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aWriteWithoutCredentialsIsAskedForThem() throws Exception {
		mvc.perform(newUnit("KTDN1"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"ParIndex\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aSignedInSessionWritesOnlyWithItsCsrfToken() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		String code = "KTDN" + secretariat.id();
		mvc.perform(newUnit(code).with(user(accounts.principal(secretariat))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(newUnit(code).with(user(accounts.principal(secretariat))).with(csrf()))
			.andExpect(status().isCreated());
	}

	private static MockHttpServletRequestBuilder newUnit(String code) {
		return post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"" + code + "\", \"name\": \"Tỉnh thử CSRF\", \"type\": \"PROVINCE\"}");
	}

}
