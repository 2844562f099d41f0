package vn.parindex.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in through the form in a real browser, reads the home page in
 * Vietnamese, and switches to English.
 */
class SignInBrowserTests extends BrowserTest {

	@Autowired
	AccountService service;

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

	@Test
	void aResetPasswordLeadsToThePasswordPageUntilAStrongOneIsChosen() {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		String reset = service.resetPassword(viewer.id(), null, admin.username());
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(viewer.username());
		browser.findElement(By.id("password")).sendKeys(reset);
		browser.findElement(By.id("login-submit")).click();
		assertThat(browser.findElement(By.id("must-change")).getText()).isNotBlank();
		browser.get(url("/campaigns"));
		assertThat(browser.getCurrentUrl()).endsWith("/account/password");

		changePassword(reset, "matkhau123456");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Mật khẩu quá dễ đoán");
		assertThat(browser.findElements(By.id("must-change"))).isNotEmpty();

		changePassword(reset, "Sông Hồng chảy qua 36 phố");
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Xin chào, " + viewer.displayName());
	}

	private void changePassword(String current, String chosen) {
		browser.findElement(By.id("currentPassword")).sendKeys(current);
		browser.findElement(By.id("newPassword")).sendKeys(chosen);
		browser.findElement(By.id("confirmation")).sendKeys(chosen);
		browser.findElement(By.cssSelector("form[action$='/account/password'] button[type=submit]")).click();
	}

}
