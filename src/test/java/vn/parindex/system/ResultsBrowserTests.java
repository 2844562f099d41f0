package vn.parindex.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat reads a campaign's results in a real browser: the chart is drawn under
 * the page's CSP, the group filter swaps the ranking, a number leads to the unit's
 * profile.
 */
class ResultsBrowserTests extends BrowserTest {

	@Autowired
	SheetFixture fixture;

	@Test
	void theSecretariatFiltersTheRankingAndOpensAUnitsProfile() {
		SheetFixture.Scene scene = fixture.submitted();
		signIn(scene.secretariat());
		browser.get(url("/results/campaigns/" + scene.campaign()));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until((driver) -> Boolean.TRUE
			.equals(browser.executeScript("return !!(window.Chart && Chart.getChart('group-chart'));")));
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr[data-unit]"))).hasSize(2);

		new Select(browser.findElement(By.id("group"))).selectByValue("C");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ranking-table tbody tr[data-unit]"), 1));
		assertThat(browser.getCurrentUrl()).contains("group=C");

		browser.findElement(By.cssSelector("#ranking-table a.pi-index")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-index")));
		assertThat(browser.findElement(By.id("profile-index")).getText()).isEqualTo("75,00%");
	}

}
