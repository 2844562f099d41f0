package vn.parindex.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.parindex.ServerTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container's error dispatch shows: friendly pages in both languages,
 * and problem+json under {@code /api/}.
 */
@ServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void anUnknownPageShowsAFriendlyPageInVietnameseOrEnglish() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		HttpResponse<String> vietnamese = get("/no-such-page", viewer, null);
		assertThat(vietnamese.statusCode()).isEqualTo(404);
		assertThat(vietnamese.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(vietnamese.body()).contains("Không tìm thấy trang").contains("Về trang chủ");
		HttpResponse<String> english = get("/no-such-page", viewer, "parindex-lang=en");
		assertThat(english.body()).contains("Page not found").contains("Back to home");
	}

	@Test
	void aForbiddenPageExplainsItselfInBothLanguages() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		HttpResponse<String> vietnamese = get("/admin/users", viewer, null);
		assertThat(vietnamese.statusCode()).isEqualTo(403);
		assertThat(vietnamese.body()).contains("Không có quyền truy cập");
		assertThat(get("/admin/users", viewer, "parindex-lang=en").body()).contains("Access denied");
	}

	@Test
	void anUnknownApiPathIsA404ProblemNotAPage() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		HttpResponse<String> response = get("/api/v1/no-such-thing", viewer, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("Không tìm thấy");
	}

	private HttpResponse<String> get(String path, UserView user, String cookie) throws Exception {
		HttpClient client = signedIn(user);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (path.startsWith("/api/")) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user.username() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A client that signed in through the login form, as a browser does. */
	private HttpClient signedIn(UserView user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = client
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(token.find()).as("CSRF token on the login page").isTrue();
		String form = "username=" + enc(user.username()) + "&password=" + enc(TestAccounts.PASSWORD) + "&_csrf="
				+ enc(token.group(1));
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValue("/");
		return client;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
