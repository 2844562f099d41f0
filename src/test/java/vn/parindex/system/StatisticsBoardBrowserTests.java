package vn.parindex.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.parindex.accounts.Role;
import vn.parindex.statistics.StatisticsBoardScene;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly statistics board in a real browser: the secretariat switches quarter and
 * sees the unit that fell below a tier, its chart drawn under the page's CSP; a unit's
 * officer sees her own unit's line only.
 */
class StatisticsBoardBrowserTests extends BrowserTest {

	@Autowired
	StatisticsBoardScene scenes;

	@Test
	void theSecretariatSwitchesQuarterAndSeesTheUnitBelowATier() {
		StatisticsBoardScene.Scene s = scenes.create();
		signIn(scenes.user(Role.SECRETARIAT));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get(url("/campaigns/" + s.campaign() + "/statistics/board?quarter=2026-Q2"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
		assertThat(browser.findElement(By.id("provisional")).getText()).isEqualTo("Tạm tính");
		assertThat(browser.findElements(By.cssSelector("#board tbody tr[data-unit]"))).hasSize(4);
		assertThat(browser.findElements(By.id("no-falls"))).hasSize(1);

		browser.findElement(By.id("quarter-2026-Q3")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#falls li.fall")));
		assertThat(browser.getCurrentUrl()).contains("quarter=2026-Q3");
		assertThat(browser.findElement(By.id("board-quarter")).getText()).contains("Quý 3/2026", "Quý 2/2026");
		WebElement fall = browser.findElement(By.cssSelector("#falls li.fall"));
		assertThat(fall.getAttribute("data-unit")).isEqualTo(s.fell().code());
		assertThat(fall.getText()).contains("90,00%", "70,00%", "80%");
		WebElement row = browser.findElement(By.cssSelector("#board tr[data-unit='" + s.fell().code() + "']"));
		assertThat(row.getAttribute("class")).contains("table-danger");
		assertThat(row.findElement(By.cssSelector("td[data-leaf='1.1'] .rate")).getText()).isEqualTo("70,00%");
		assertThat(row.findElement(By.cssSelector(".projected-index")).getText()).isEqualTo("5,00%");
		// the chart is drawn: one line of the on-time leaf with its three quarters
		assertThat(browser.findElements(By.cssSelector("#campaign-chart g[data-leaf='1.1'] circle"))).hasSize(3);
		Number width = (Number) browser
			.executeScript("return document.getElementById('campaign-chart').getBoundingClientRect().width;");
		assertThat(width.doubleValue()).isGreaterThan(100);
	}

	@Test
	void aUnitsOfficerSeesHerOwnUnitOnly() {
		StatisticsBoardScene.Scene s = scenes.create();
		signIn(s.roseOfficer());
		browser.get(url("/campaigns/" + s.campaign() + "/statistics/board?quarter=2026-Q3"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
		assertThat(browser.findElements(By.cssSelector("#board tbody tr[data-unit]"))).singleElement()
			.extracting((row) -> row.getAttribute("data-unit"))
			.isEqualTo(s.rose().code());
		assertThat(browser.findElements(By.id("campaign-chart"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain(s.fell().code());
	}

}
