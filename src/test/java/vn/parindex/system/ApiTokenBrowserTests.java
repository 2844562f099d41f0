package vn.parindex.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator issues an API token for an integrator in a real browser, reads its
 * secret once, the integrator's program reads with it, and the administrator revokes it.
 */
class ApiTokenBrowserTests extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAdministratorIssuesATokenThatWorksUntilSheRevokesIt() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView feed = accounts.create(Role.VIEWER);
		signIn(admin);
		browser.get(url("/admin/tokens"));
		browser.findElement(By.id("new-token")).click();
		new Select(browser.findElement(By.id("userId"))).selectByValue(Long.toString(feed.id()));
		browser.findElement(By.id("name")).sendKeys("Nạp số liệu thống kê");
		browser.findElement(By.id("issue-token")).click();

		String secret = browser.findElement(By.id("token-secret")).getAttribute("value");
		assertThat(secret).startsWith("pi_");
		assertThat(call(secret)).isEqualTo(200);

		browser.findElement(By.id("back-to-tokens")).click();
		String table = browser.findElement(By.id("tokens-table")).getText();
		assertThat(table).contains("Nạp số liệu thống kê").contains(feed.username()).doesNotContain(secret);
		browser.executeScript("window.confirm = () => true");
		browser.findElement(By.cssSelector("#tokens-table button[id^='revoke-']")).click();
		browser.findElement(By.id("tokens-table"));
		assertThat(browser.findElements(By.cssSelector("#tokens-table button[id^='revoke-']"))).isEmpty();
		assertThat(call(secret)).isEqualTo(401);
	}

	private int call(String token) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/campaigns")))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
