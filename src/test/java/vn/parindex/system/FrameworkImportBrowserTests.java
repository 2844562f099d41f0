package vn.parindex.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat officer downloads the template, imports it through the page, and reads
 * the framework's totals; then tries the formula rule in the preview.
 */
class FrameworkImportBrowserTests extends BrowserTest {

	@Test
	void importsAFrameworkWorkbookAndSeesItsTotals() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		Path workbook = Files.createTempFile("bo-chi-so", ".xlsx");
		Files.write(workbook, template(secretariat));

		signIn(secretariat);
		browser.get(url("/frameworks"));
		browser.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
		browser.findElement(By.id("name")).sendKeys("Bộ chỉ số thử nghiệm trình duyệt");
		browser.findElement(By.id("import-form")).submit();

		assertThat(browser.findElement(By.id("framework-name")).getText())
			.isEqualTo("Bộ chỉ số thử nghiệm trình duyệt");
		assertThat(browser.findElement(By.id("summary-areas")).getText()).isEqualTo("2");
		assertThat(browser.findElement(By.id("summary-criteria")).getText()).isEqualTo("10");
		assertThat(browser.findElement(By.id("summary-sub-criteria")).getText()).isEqualTo("2");
		assertThat(browser.findElement(By.id("summary-max")).getText()).isEqualTo("26,50");
		assertThat(browser.findElements(By.cssSelector("#framework-tree tbody tr"))).hasSize(16);

		// the template's formula leaf (2.4: 6*A + min(2, 2.5*B) + 2.5*C), previewed from
		// each variable's figure
		WebElement details = browser.findElement(By.cssSelector("#node-2\\.4 details"));
		browser.executeScript("arguments[0].open = true; arguments[0].scrollIntoView({block: 'center'})", details);
		browser.findElement(By.id("pv-v-2.4-A")).sendKeys("0,959");
		browser.findElement(By.id("pv-v-2.4-B")).sendKeys("0.6");
		browser.findElement(By.id("pv-v-2.4-C")).sendKeys("0,9");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("preview-2-4")).getText().contains("Được 9,504 điểm"));
	}

	private byte[] template(UserView user) throws Exception {
		String credentials = user.username() + ":" + TestAccounts.PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/frameworks/template")))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
	}

}
