package vn.parindex.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.parindex.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS reverse proxy on a trusted address (here: loopback), the application knows
 * it is served over https from the proxy's {@code X-Forwarded-*} headers: cookies are
 * Secure and HSTS is sent. Redirects are relative, so no Host header a client sends ever
 * reaches a Location. Raw HTTP, since a client library would not send a forged Host.
 */
@ServerTest
class ReverseProxyTests {

	private static final String PROXIED = """
			Host: attacker.example
			X-Forwarded-Proto: https
			X-Forwarded-Host: parindex.example
			X-Forwarded-Port: 443
			X-Forwarded-For: 203.0.113.7
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void behindTheProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
		Response login = send("GET /login", PROXIED, null);
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.cookie("SESSION")).hasValueSatisfying((cookie) -> assertThat(cookie).contains("; Secure"));
		assertThat(login.header("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
	}

	@Test
	void signingInBehindTheProxyRedirectsRelativelyWithASecureCookie() throws IOException {
		UserView viewer = accounts.create(Role.VIEWER);
		Response page = send("GET /login", PROXIED, null);
		String session = page.cookie("SESSION").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + enc(viewer.username()) + "&password=" + enc(TestAccounts.PASSWORD) + "&_csrf="
				+ enc(csrf.group(1));
		Response login = send("POST /login",
				PROXIED + "Content-Type: application/x-www-form-urlencoded\nCookie: " + session + "\n", form);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).hasValue("/");
		assertThat(login.cookie("SESSION")).hasValueSatisfying((cookie) -> assertThat(cookie).contains("; Secure"));
	}

	@Test
	void theLoginRedirectNeverNamesTheRequestsHost() throws IOException {
		for (String headers : List.of(PROXIED, "Host: attacker.example\n")) {
			Response home = send("GET /", headers, null);
			assertThat(home.status()).isEqualTo(302);
			assertThat(home.header("Location")).hasValue("/login");
		}
	}

	@Test
	void theLanguageCookieIsSecureBehindTheProxyOnly() throws IOException {
		assertThat(send("GET /login?lang=en", PROXIED, null).cookie("parindex-lang"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("parindex-lang=en").contains("; Secure"));
		assertThat(send("GET /login?lang=en", "Host: parindex.example\nX-Forwarded-Proto: http\n", null)
			.cookie("parindex-lang"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("parindex-lang=en").doesNotContain("Secure"));
	}

	@Test
	void plainHttpFromTheProxyGetsNeitherSecureCookiesNorHsts() throws IOException {
		Response login = send("GET /login", "Host: parindex.example\nX-Forwarded-Proto: http\n", null);
		assertThat(login.cookie("SESSION")).hasValueSatisfying((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(login.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void pagesApiAndAssetsSendReferrerAndPermissionsPolicies() throws IOException {
		for (String path : List.of("/login", "/api/v1/users", "/static/css/parindex.css")) {
			Response response = send("GET " + path, PROXIED, null);
			assertThat(response.header("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(response.header("Permissions-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
			assertThat(response.header("Strict-Transport-Security")).as(path).isPresent();
		}
	}

	private Response send(String requestLine, String headers, String body) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
		headers.lines().forEach((line) -> request.append(line).append("\r\n"));
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Response(int status, List<String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			List<String> lines = List.of(raw.substring(0, end).split("\r\n"));
			int status = Integer.parseInt(lines.get(0).split(" ")[1]);
			return new Response(status, new ArrayList<>(lines.subList(1, lines.size())), raw.substring(end + 4));
		}

		Optional<String> header(String name) {
			return all(name).stream().findFirst();
		}

		Optional<String> cookie(String name) {
			return all("Set-Cookie").stream().filter((cookie) -> cookie.startsWith(name + "=")).findFirst();
		}

		private List<String> all(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

	}

}
