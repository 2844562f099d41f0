package vn.parindex.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, points 5 and 8: failed logins are counted exactly under concurrency, per
 * account and source; a source that fails too often waits while the account opens from
 * elsewhere; no answer tells an unknown, disabled or waiting account from a wrong
 * password; an over-long login name is refused cleanly and recorded cut.
 */
@IntegrationTest
class LoginThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountService service;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyParallelWrongPasswordsAreAllRefusedCountedAndAuditedAndOnlyTheirSourceWaits() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		String attacker = "10.66.0." + (System.nanoTime() % 200 + 1);
		List<Callable<MvcResult>> attempts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String password = "wrong-password-" + i;
			attempts.add(() -> mvc.perform(login(viewer.username(), password, attacker)).andReturn());
		}
		List<MvcResult> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			for (Future<MvcResult> result : pool.invokeAll(attempts)) {
				results.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
		});
		assertThat(audit.find(viewer.username(), "accounts", AuditAction.LOGIN_FAILED.name(), 0, 100).total())
			.isEqualTo(50);
		assertThat(jdbc.sql("select failures from accounts_login_failure where username = ? and source = ?")
			.params(viewer.username(), attacker)
			.query(Integer.class)
			.single()).isEqualTo(50);
		assertThat(audit.find(viewer.username(), "accounts", AuditAction.ACCOUNT_LOCKED.name(), 0, 100).total())
			.isEqualTo(1);

		// the attacking source must wait, even with the right password, and is told
		// nothing new
		mvc.perform(login(viewer.username(), TestAccounts.PASSWORD, attacker))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		// the person herself, elsewhere, signs in
		mvc.perform(login(viewer.username(), TestAccounts.PASSWORD, "10.77.0.1"))
			.andExpect(authenticated().withUsername(viewer.username()));
		assertThat(service.get(viewer.id()).locked()).isTrue();
	}

	@Test
	void unknownDisabledWaitingAndWrongAreAnsweredAlike() throws Exception {
		UserView wrong = accounts.create(Role.VIEWER);
		UserView disabled = accounts.create(Role.VIEWER);
		service.update(disabled.id(), new UserChanges(disabled.displayName(), null, disabled.roles(), null, false),
				"test");
		UserView waiting = accounts.create(Role.VIEWER);
		String source = "10.88.0." + (System.nanoTime() % 200 + 1);
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(waiting.username(), "wrong-" + i, source));
		}
		List<String> answers = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String[] attempt : new String[][] { { wrong.username(), "not-the-password" },
				{ "nobody-" + System.nanoTime(), TestAccounts.PASSWORD },
				{ disabled.username(), TestAccounts.PASSWORD }, { waiting.username(), TestAccounts.PASSWORD } }) {
			MvcResult page = mvc.perform(login(attempt[0], attempt[1], source))
				.andExpect(unauthenticated())
				.andReturn();
			answers.add(page.getResponse().getStatus() + " " + page.getResponse().getRedirectedUrl());
			MvcResult api = mvc
				.perform(get("/api/v1/campaigns").with(httpBasic(attempt[0], attempt[1])).with(from(source)))
				.andExpect(status().isUnauthorized())
				.andReturn();
			problems.add(api.getResponse().getContentAsString());
		}
		assertThat(answers).containsOnly("302 /login?error=bad");
		assertThat(problems).hasSize(4).allSatisfy((problem) -> assertThat(problem).isEqualTo(problems.get(0)));
		assertThat(audit.find(disabled.username(), "accounts", AuditAction.LOGIN_FAILED.name(), 0, 10).entries())
			.anySatisfy((entry) -> assertThat(entry.detail()).contains("disabled account"));
		assertThat(audit.find(waiting.username(), "accounts", AuditAction.LOGIN_FAILED.name(), 0, 10).entries())
			.anySatisfy((entry) -> assertThat(entry.detail()).contains("source must wait"));
	}

	@Test
	void anOverLongLoginNameIsRefusedCleanlyAndAuditedCut() throws Exception {
		String prefix = "long-" + System.nanoTime() + "-";
		String name = prefix + "x".repeat(10_000);
		mvc.perform(formLogin("/login").user(name).password("whatever-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		mvc.perform(get("/api/v1/campaigns").with(httpBasic(name, "whatever-password")))
			.andExpect(status().isUnauthorized());
		assertThat(audit.find(prefix, "accounts", AuditAction.LOGIN_FAILED.name(), 0, 10).entries()).hasSize(2)
			.allSatisfy((entry) -> {
				assertThat(entry.target()).startsWith(prefix).endsWith("…").hasSize(LoginAttempts.NAME_LIMIT);
				assertThat(entry.detail()).contains("login name too long");
			});
	}

	@Test
	void aSuccessForgetsTheSourcesFailures() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		String source = "10.99.0." + (System.nanoTime() % 200 + 1);
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(viewer.username(), "wrong-" + i, source));
		}
		mvc.perform(login(viewer.username(), TestAccounts.PASSWORD, source)).andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(viewer.username(), "wrong-" + i, source));
		}
		mvc.perform(login(viewer.username(), TestAccounts.PASSWORD, source)).andExpect(authenticated());
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String source) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(source));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
