package vn.parindex.system;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.Role;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat opens a campaign in a real browser, finding a unit by typing its name
 * without accents, ticking it, and sending the form from the keyboard. (Here because the
 * browser helper lives here.)
 */
class CampaignBrowserTests extends BrowserTest {

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	UnitCatalog units;

	@Test
	void theSecretariatOpensACampaignPickingAUnitFoundWithoutAccents() {
		String tag = String.valueOf(System.nanoTime() % 1_000_000);
		UnitView unit = units.ensure("DB" + tag, "Tỉnh Điện Biên Thử " + tag, "PROVINCE", null);
		long framework = frameworks.create(
				new FrameworkSettings("Bộ chỉ số trình duyệt " + tag, 2025, "PROVINCE", null, null),
				List.of(new FrameworkNode("1", null, "Lĩnh vực", null, null, null, null, null, null, null, false),
						new FrameworkNode("1.1", "1", "Tiêu chí", null, BigDecimal.TEN, null, null, "step=0.25", null,
								null, false)),
				"test");
		signIn(accounts.create(Role.SECRETARIAT));

		browser.get(url("/campaigns/new"));
		browser.findElement(By.id("name")).sendKeys("Kỳ trình duyệt " + tag);
		new Select(browser.findElement(By.id("frameworkId"))).selectByValue(String.valueOf(framework));
		browser.findElement(By.id("unit-search")).sendKeys("dien bien thu " + tag);
		List<WebElement> shown = browser.findElements(By.cssSelector("[data-search]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(shown).singleElement().satisfies((row) -> assertThat(row.getText()).contains(unit.code()));
		browser.findElement(By.id("unit-" + unit.code())).click();
		assertThat(browser.findElement(By.cssSelector("[data-unit-count]")).getText()).isEqualTo("Đã chọn 1 đơn vị");
		browser.executeScript("document.getElementById('phase-0-start').value = '2026-01-05';"
				+ "document.getElementById('phase-0-deadline').value = '2026-02-15';");
		browser.findElement(By.id("name")).sendKeys(Keys.ENTER);

		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.id("campaign-name")).isEmpty()
					|| !driver.findElements(By.cssSelector(".alert-danger, .is-invalid")).isEmpty());
		assertThat(browser.findElement(By.id("campaign-name")).getText()).isEqualTo("Kỳ trình duyệt " + tag);
		assertThat(browser.findElement(By.id("participant-list")).getText()).contains("Tỉnh Điện Biên Thử " + tag);
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("15/02/2026");
	}

}
