package vn.parindex.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.parindex.ServerTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test needs: the running application, a fresh headless Chromium per
 * test, accounts, and signing in through the form.
 */
@ServerTest
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Signs in through the login form and waits for the home page, so the session exists.
	 */
	void signIn(UserView user) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user.username());
		browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		browser.findElement(By.id("welcome"));
	}

}
