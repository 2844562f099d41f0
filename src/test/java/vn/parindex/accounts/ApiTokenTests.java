package vn.parindex.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens: issued by administrators, shown once, stored hashed, acting as
 * their user within their scopes until they expire or are revoked.
 */
@IntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService service;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private final UserView admin;

	ApiTokenTests(@Autowired TestAccounts accounts) {
		this.admin = accounts.create(Role.ADMIN);
	}

	@Test
	void anIssuedTokenWorksUntilItIsRevokedThenAnswers401() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		Issued issued = issue(viewer, "read");
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isOk());
		mvc.perform(delete("/api/v1/tokens/{id}", issued.id()).header(HttpHeaders.AUTHORIZATION, adminBasic()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
			.andExpect(jsonPath("$.detail").value("The API token has been revoked."));
		assertThat(auditLines(viewer)).anySatisfy((line) -> assertThat(line.action()).isEqualTo("TOKEN_ISSUED"))
			.anySatisfy((line) -> assertThat(line.action()).isEqualTo("TOKEN_REVOKED"))
			.allSatisfy((line) -> assertThat(String.valueOf(line.detail())).doesNotContain(secretPart(issued)));
	}

	@Test
	void anExpiredTokenAnswers401() throws Exception {
		Issued issued = issue(accounts.create(Role.VIEWER), "read");
		jdbc.sql(
				"""
						update accounts_api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
						where id = ?""")
			.param(issued.id())
			.update();
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Mã truy cập đã hết hạn; hãy đề nghị quản trị viên cấp mã mới."));
	}

	@Test
	void anUnknownOrMalformedTokenAnswers401() throws Exception {
		Issued issued = issue(accounts.create(Role.VIEWER), "read");
		String forged = issued.token().substring(0, issued.token().length() - 4) + "AAAA";
		for (String token : List.of(forged, "pi_000000000000_" + "A".repeat(43), "junk", "")) {
			mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(token)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("Mã truy cập không hợp lệ hoặc không tồn tại."));
		}
	}

	@Test
	void aReadTokenCannotPost() throws Exception {
		Issued issued = issue(accounts.create(Role.ADMIN), "read");
		String username = "by-read-token-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(username)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("(write)")));
		assertThat(service.exists(username)).isFalse();
	}

	@Test
	void aWriteTokenPostsWithoutACsrfTokenAsItsUser() throws Exception {
		Issued issued = issue(accounts.create(Role.ADMIN), "read", "write");
		String username = "by-write-token-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(username))).andExpect(status().isCreated());
		assertThat(service.exists(username)).isTrue();
	}

	@Test
	void aValidTokenActsAsItsUserNotAsTheSessionItCarries() throws Exception {
		Issued issued = issue(accounts.create(Role.VIEWER), "read", "write");
		Cookie adminSession = mvc.perform(formLogin("/login").user(admin.username()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String username = "through-session-" + System.nanoTime();
		mvc.perform(post("/api/v1/users").cookie(adminSession)
			.header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(username))).andExpect(status().isForbidden());
		assertThat(service.exists(username)).isFalse();
	}

	@Test
	void aTokenActsWithItsUsersCurrentRolesAndStopsWhenSheIsDisabled() throws Exception {
		UserView integrator = accounts.create(Role.ADMIN);
		Issued issued = issue(integrator, "read");
		MockHttpServletRequestBuilder users = get("/api/v1/users").header(HttpHeaders.AUTHORIZATION,
				bearer(issued.token()));
		mvc.perform(users).andExpect(status().isOk());
		service.update(integrator.id(),
				new UserChanges(integrator.displayName(), null, Set.of(Role.VIEWER), null, true), admin.username());
		mvc.perform(users).andExpect(status().isForbidden());
		service.update(integrator.id(),
				new UserChanges(integrator.displayName(), null, Set.of(Role.VIEWER), null, false), admin.username());
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Tài khoản của mã truy cập này đang bị vô hiệu hóa."));
	}

	@Test
	void theTokenIsStoredOnlyAsItsHash() throws Exception {
		Issued issued = issue(accounts.create(Role.VIEWER), "read");
		Map<String, Object> row = jdbc.sql("select * from accounts_api_token where id = ?")
			.param(issued.id())
			.query()
			.singleRow();
		assertThat(row.values()).allSatisfy((value) -> assertThat(text(value)).doesNotContain(secretPart(issued)));
		assertThat((byte[]) row.get("secret_hash"))
			.isEqualTo(MessageDigest.getInstance("SHA-256").digest(issued.token().getBytes(StandardCharsets.US_ASCII)));
		assertThat(issued.token()).startsWith(String.valueOf(row.get("prefix")) + "_");
	}

	@Test
	void aUseIsNoted() throws Exception {
		Issued issued = issue(accounts.create(Role.VIEWER), "read");
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/tokens/{id}", issued.id()).header(HttpHeaders.AUTHORIZATION, adminBasic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastUsedAt").isNotEmpty())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.scopes[0]").value("read"));
	}

	@Test
	void parallelCallsAllPassAndParallelRevocationsRevokeOnce() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		Issued issued = issue(viewer, "read");
		assertThat(inParallel(8,
				() -> mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
					.andReturn()
					.getResponse()
					.getStatus()))
			.containsOnly(200);
		assertThat(inParallel(8,
				() -> mvc
					.perform(delete("/api/v1/tokens/{id}", issued.id()).header(HttpHeaders.AUTHORIZATION, adminBasic()))
					.andReturn()
					.getResponse()
					.getStatus()))
			.containsOnly(204);
		assertThat(auditLines(viewer)).filteredOn((line) -> line.action().equals("TOKEN_REVOKED")).hasSize(1);
	}

	@Test
	void aTokenCannotManageTokens() throws Exception {
		Issued issued = issue(accounts.create(Role.ADMIN), "read", "write");
		mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isForbidden());
		mvc.perform(
				get(java.net.URI.create("/api/v1/%74okens")).header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isForbidden());
		mvc.perform(
				post(java.net.URI.create("/api/v1/%74okens")).header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))
					.contentType(MediaType.APPLICATION_JSON)
					.content(request(accounts.create(Role.VIEWER), LocalDate.now().plusDays(3), "read")))
			.andExpect(status().isForbidden());
		mvc.perform(
				delete("/api/v1/tokens/{id}", issued.id()).header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsIssueTokensAndNeverForMoreThanAYear() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(post("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, ApiCsrfTests.basic(viewer.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(viewer, LocalDate.now().plusDays(30), "read"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, adminBasic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(viewer, LocalDate.now().plusYears(1).plusDays(2), "read")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Ngày hết hạn phải từ hôm nay")));
		mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, adminBasic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"userId": %d, "name": "", "scopes": []}""".formatted(viewer.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdministratorIssuesSeesAndRevokesTokensOnThePages() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		var principal = accounts.principal(admin);
		mvc.perform(get("/admin/tokens/new").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"token-form\"")));
		String page = mvc
			.perform(post("/admin/tokens/new").with(user(principal))
				.with(csrf())
				.param("userId", String.valueOf(viewer.id()))
				.param("name", "Nguồn số liệu một cửa")
				.param("scopes", "WRITE")
				.param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("value=\"(pi_[^\"]+)\"").matcher(page);
		assertThat(shown.find()).as("the token shown once").isTrue();
		String token = shown.group(1);
		mvc.perform(get("/admin/tokens").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguồn số liệu một cửa")))
			.andExpect(content().string(not(containsString(token))));
		long id = jdbc.sql("select id from accounts_api_token where prefix = ?")
			.param(token.substring(0, 15))
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/tokens/{id}/revoke", id).with(user(principal)).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"));
		mvc.perform(get("/api/v1/frameworks").header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/tokens").with(user(accounts.principal(viewer)))).andExpect(status().isForbidden());
	}

	private Issued issue(UserView owner, String... scopes) throws Exception {
		String body = mvc
			.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, adminBasic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(request(owner, LocalDate.now().plusDays(30), scopes)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value(containsString("pi_")))
			.andExpect(jsonPath("$.apiToken.username").value(owner.username()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Issued(((Number) JsonPath.read(body, "$.apiToken.id")).longValue(), JsonPath.read(body, "$.token"));
	}

	private static List<Integer> inParallel(int count, Callable<Integer> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String request(UserView owner, LocalDate expiresOn, String... scopes) {
		String scopeList = String.join("\", \"", scopes);
		return """
				{"userId": %d, "name": "Thống kê một cửa", "scopes": ["%s"], "expiresOn": "%s"}
				""".formatted(owner.id(), scopeList, expiresOn);
	}

	private String adminBasic() {
		return ApiCsrfTests.basic(admin.username(), TestAccounts.PASSWORD);
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private static String secretPart(Issued issued) {
		return issued.token().substring(16);
	}

	private List<AuditEntry> auditLines(UserView target) {
		return audit.find(target.username(), "accounts", null, 0, 100).entries();
	}

	private static String text(Object value) {
		return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
	}

	private static String newUser(String username) {
		return """
				{"username": "%s", "displayName": "Qua mã", "password": "Token-Password-123", "roles": ["VIEWER"]}
				""".formatted(username);
	}

	record Issued(long id, String token) {
	}

}
