package vn.parindex.system;

import java.io.ByteArrayOutputStream;
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
 * A file above the upload limit (spring.servlet.multipart.*) gets the application's
 * answer, in the reader's language: problem+json on the API, a page that says so.
 */
@ServerTest
class UploadLimitTests {

	/** Above the configured 30MB request limit. */
	private static final int TOO_LARGE = 31 * 1024 * 1024;

	private static final String BOUNDARY = "----parindex-upload-limit";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void anApiUploadAboveTheLimitIsAProblemThatNamesTheLimit() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/units/import"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((secretariat.username() + ":" + TestAccounts.PASSWORD)
								.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(null)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("30MB");
	}

	@Test
	void aPageUploadAboveTheLimitShowsTheApplicationsMessage() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		HttpClient client = signedIn(secretariat);
		String form = client
			.send(HttpRequest.newBuilder(uri("/units/import")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/units/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Referer", uri("/units/import").toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf(form))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("30MB").doesNotContain("Tomcat");
	}

	/**
	 * A multipart body with the CSRF token (unless {@code null}) and a file too large.
	 */
	private static byte[] multipart(String csrf) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(
					("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
						+ "Content-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[TOO_LARGE]);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("CSRF token on the page").isTrue();
		return token.group(1);
	}

	/** A client that signed in through the login form, as a browser does. */
	private HttpClient signedIn(UserView user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = client
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=" + enc(user.username()) + "&password=" + enc(TestAccounts.PASSWORD) + "&_csrf="
				+ enc(csrf(loginPage));
		client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return client;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
