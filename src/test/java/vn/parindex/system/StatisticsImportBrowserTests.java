package vn.parindex.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.Role;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat imports a CSV of figures on the statistics import page, in a real
 * browser: upload, preview (what is new), apply, and the figure is on the observations
 * page. (Here because the browser helper lives here.)
 */
class StatisticsImportBrowserTests extends BrowserTest {

	@Autowired
	UnitCatalog units;

	private Path file;

	@AfterEach
	void deleteFile() throws Exception {
		if (file != null) {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void theSecretariatUploadsPreviewsAndAppliesAFile() throws Exception {
		String code = "TKB" + System.nanoTime() % 1_000_000;
		UnitView unit = units.ensure(code, "Tỉnh trình duyệt " + code, "PROVINCE", null);
		file = Files.createTempFile("so-lieu", ".csv");
		Files.writeString(file,
				"Mã đơn vị;Mã chỉ tiêu;Kỳ;Tử số;Mẫu số\n" + unit.code() + ";TTHC_DUNG_HAN;2026-Q3;82978;86544\n",
				StandardCharsets.UTF_8);
		signIn(accounts.create(Role.SECRETARIAT));

		browser.get(url("/statistics"));
		browser.findElement(By.id("link-import")).click();
		browser.findElement(By.id("file")).sendKeys(file.toString());
		browser.findElement(By.id("import-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.id("apply-form")).isEmpty()
					|| !driver.findElements(By.id("workbook-errors")).isEmpty());
		assertThat(browser.findElements(By.id("workbook-errors"))).as("errors on the import page").isEmpty();
		assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("new-table")).getText()).contains(code).contains("82.978 / 86.544");

		browser.findElement(By.id("apply-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.id("applied")).isEmpty());
		assertThat(browser.findElements(By.id("apply-form"))).isEmpty();

		browser.get(url("/statistics/observations?unit=" + code + "&indicator=TTHC_DUNG_HAN&period=2026-Q3"));
		assertThat(browser.findElement(By.id("history-table")).getText()).contains("82.978 / 86.544")
			.contains("95,88%");
	}

}
