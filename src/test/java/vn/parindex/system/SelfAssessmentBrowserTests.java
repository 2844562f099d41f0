package vn.parindex.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer fills her unit's sheet in a real browser, sees the points computed as she
 * types, uploads a PDF as evidence; her leader submits.
 */
class SelfAssessmentBrowserTests extends BrowserTest {

	@Autowired
	SheetFixture fixture;

	@Test
	void anOfficerFillsTheSheetAndTheLeaderSubmitsIt() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Path pdf = Files.createTempFile("ke-hoach", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());

		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		type("in-1.1", "3,5");
		awaitPoints("leaf-1-1", "3,50");
		assertThat(browser.findElement(By.id("sheet-points")).getText()).startsWith("3,50 / 14,00");
		new Select(browser.findElement(By.id("in-1.2"))).selectByValue("true");
		awaitPoints("leaf-1-2", "2,00");
		new Select(browser.findElement(By.id("in-1.3"))).selectByVisibleText("Tốt");
		awaitPoints("leaf-1-3", "2,00");
		type("in-2.1", "82978");
		type("in-den-2.1", "86544");
		awaitPoints("leaf-2-1", "2,00");
		type("in-2.2", "0");
		awaitPoints("leaf-2-2", "2,00");
		browser.findElement(By.id("file-1.1")).sendKeys(pdf.toAbsolutePath().toString());
		click(browser.findElement(By.cssSelector("#leaf-1-1 form[hx-encoding] button")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("leaf-1-1"), pdf.getFileName().toString()));
		assertThat(browser.findElement(By.id("sheet-index")).getText()).isEqualTo("82,14%");
		assertThat(browser.findElement(By.id("ready")).getText()).isNotBlank();

		browser.manage().deleteAllCookies();
		signIn(scene.leader());
		browser.get(url(scene.sheet()));
		browser.executeScript("window.confirm = () => true");
		// the page may still be swapping a part in (htmx) when it is first found: find it
		// again
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> {
				click(driver.findElement(By.id("submit-sheet")));
				return true;
			});
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-status"), "Đã gửi"));
		assertThat(browser.findElement(By.id("sheet-status")).getText()).isEqualTo("Đã gửi");
		assertThat(browser.findElement(By.id("locked")).getText()).isNotBlank();
		Files.deleteIfExists(pdf);
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
		browser.executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
		// the leaf's form is swapped by its answer, sent 150 ms after the change: the
		// next
		// field is typed once it is back (a loaded machine answers the two fields of a
		// ratio out of order otherwise)
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		wait((driver) -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.querySelectorAll('.htmx-request').length === 0")));
	}

	/** Submits the button's form as a click would, wherever the button is scrolled to. */
	private void click(WebElement button) {
		browser.executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
	}

	private void awaitPoints(String leafId, String points) {
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + leafId + " .pi-points"), points));
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

}
