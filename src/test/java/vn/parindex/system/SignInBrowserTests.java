package vn.parindex.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in through the form in a real browser, reads the home page in
 * Vietnamese, and switches to English.
 */
class SignInBrowserTests extends BrowserTest {

	@Test
	void signsInSeesTheHomePageInVietnameseThenSwitchesToEnglish() {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

		browser.findElement(By.id("username")).sendKeys(secretariat.username());
		browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.id("login-submit")).click();

		assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Xin chào, " + secretariat.displayName());
		assertThat(browser.getPageSource()).contains("Thường trực / Tổ giúp việc").contains("Đơn vị");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

		browser.findElement(By.id("lang-en")).click();

		assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Welcome, " + secretariat.displayName());
		assertThat(browser.getPageSource()).contains("Secretariat").contains("Units");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void aWrongPasswordIsExplainedOnTheLoginPage() {
		UserView viewer = accounts.create(Role.VIEWER);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(viewer.username());
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.id("login-submit")).click();
		assertThat(browser.findElement(By.id("login-error")).getText())
			.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

}
