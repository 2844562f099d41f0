package vn.parindex.accounts;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's background save sent after its session has ended is asked to sign in again
 * (401, which the page's script turns into its "session expired" notice and a kept
 * draft), not refused as a forged request it cannot explain; a signed-in person's request
 * without its CSRF token is still refused.
 */
@IntegrationTest
class ExpiredSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aBackgroundSaveAfterTheSessionEndedIsAskedToSignInAgain() throws Exception {
		mvc.perform(post("/campaigns/1/sheets/1/leaves/1.1").header("HX-Request", "true").param("value", "1"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPageFormWithoutItsTokenAndASignedInBackgroundRequestWithoutItAreStillRefused() throws Exception {
		mvc.perform(post("/campaigns/1/sheets/1/leaves/1.1").param("value", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/campaigns/1/sheets/1/leaves/1.1").header("HX-Request", "true")
			.param("value", "1")
			.with(user(accounts.principal(accounts.create(Role.SECRETARIAT))))).andExpect(status().isForbidden());
	}

}
