package vn.parindex.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer fills her unit's sheet in a real browser, sees the points computed as she
 * types, uploads a PDF as evidence; her leader submits.
 */
class SelfAssessmentBrowserTests extends BrowserTest {

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

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

	/**
	 * She types a ratio's numerator, tabs and types the denominator at once; the first
	 * save, slow to be answered (the sheet is held by someone else's save), comes back
	 * while she is in the middle of the second field, which keeps what she typed and her
	 * focus; the points shown and stored are those of both fields.
	 */
	@Test
	void aRatioTypedThroughWithTheKeyboardKeepsBothFieldsAndShowsTheFinalPoints() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		countSaves();
		WebElement numerator = browser.findElement(By.id("in-2.1"));
		focus(numerator);
		try (HeldSheet held = hold(scene)) {
			numerator.sendKeys("90", Keys.TAB);
			browser.switchTo().activeElement().sendKeys("1");
			// the numerator's save has left and waits for its answer
			wait((driver) -> saves("sent") >= 1);
			browser.switchTo().activeElement().sendKeys("0");
		}
		wait((driver) -> saves("answered") >= 1);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("in-den-2.1");
		assertThat(browser.findElement(By.id("in-den-2.1")).getDomProperty("value")).isEqualTo("10");
		browser.switchTo().activeElement().sendKeys("0", Keys.TAB);
		awaitSaved();
		awaitPoints("leaf-2-1", "2,00");
		assertThat(browser.findElement(By.id("in-2.1")).getDomProperty("value")).isEqualTo("90");
		assertThat(browser.findElement(By.id("in-den-2.1")).getDomProperty("value")).isEqualTo("100");
		assertThat(browser.findElement(By.id("input-error-2-1")).isDisplayed()).isFalse();
		LeafEntry stored = stored(scene, "2.1");
		assertThat(stored.input()).isInstanceOfSatisfying(RuleInput.Ratio.class, (ratio) -> {
			assertThat(ratio.numerator()).isEqualByComparingTo("90");
			assertThat(ratio.denominator()).isEqualByComparingTo("100");
		});
		assertThat(stored.selfPoints()).isEqualByComparingTo("2");
		assertThat(browser.findElement(By.id("sheet-points")).getText()).startsWith("2,00 / 14,00");
	}

	/**
	 * She changes one leaf three times in a row while the server is slow to answer the
	 * first (the sheet is held by someone else's save): the last value is the one stored
	 * and the points shown are its points.
	 */
	@Test
	void severalQuickChangesToOneLeafEndWithTheLastStoredAndShown() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		countSaves();
		WebElement input = browser.findElement(By.id("in-1.1"));
		focus(input);
		try (HeldSheet held = hold(scene)) {
			int tried = 0;
			for (String value : new String[] { "1", "2", "3,5" }) {
				if (tried > 0) {
					browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
				}
				browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
				int before = tried;
				// the change has left for the server (or waits its turn)
				wait((driver) -> saves("tried") > before);
				tried = saves("tried");
			}
		}
		awaitSaved();
		awaitPoints("leaf-1-1", "3,50");
		assertThat(browser.findElement(By.id("in-1.1")).getDomProperty("value")).isEqualTo("3,5");
		assertThat(stored(scene, "1.1").selfPoints()).isEqualByComparingTo("3.5");
		assertThat(browser.findElement(By.id("sheet-points")).getText()).startsWith("3,50 / 14,00");
	}

	/**
	 * A save refused because her session has ended keeps what she typed in the browser:
	 * signed in again, the sheet restores it, saves it and forgets the draft once saved.
	 */
	@Test
	void aValueTypedWhenTheSessionHasExpiredIsRestoredAndSavedOnTheNextVisit() {
		SheetFixture.Scene scene = fixture.scene();
		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		browser.manage().deleteAllCookies();
		countSaves();
		WebElement input = browser.findElement(By.id("in-1.1"));
		focus(input);
		input.sendKeys("2,5", Keys.TAB);
		wait((driver) -> saves("answered") >= 1);
		// asked to sign in again (401), not refused as a forged request
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("session-expired")));
		assertThat(drafts()).isEqualTo(1);
		assertThat(stored(scene, "1.1").input()).isNull();

		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("drafts-restored")));
		awaitPoints("leaf-1-1", "2,50");
		assertThat(browser.findElement(By.id("in-1.1")).getDomProperty("value")).isEqualTo("2,5");
		wait((driver) -> drafts() == 0);
		assertThat(stored(scene, "1.1").selfPoints()).isEqualByComparingTo("2.5");
	}

	private long drafts() {
		return (Long) browser.executeScript(
				"return Object.keys(localStorage).filter((key) => key.startsWith('parindex-draft:')).length");
	}

	/**
	 * Puts the focus in the field, as tabbing to it would, wherever it is scrolled to.
	 */
	private void focus(WebElement field) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", field);
	}

	/** Counts the page's save attempts, requests sent and answers. */
	private void countSaves() {
		browser.executeScript("""
				window.piSaves = {tried: 0, sent: 0, answered: 0};
				document.addEventListener('htmx:confirm', () => window.piSaves.tried++);
				document.addEventListener('htmx:beforeRequest', () => window.piSaves.sent++);
				document.addEventListener('htmx:afterRequest', () => window.piSaves.answered++);
				""");
	}

	private int saves(String what) {
		return ((Number) browser.executeScript("return window.piSaves[arguments[0]]", what)).intValue();
	}

	/** Every save sent has been answered, none waits its turn. */
	private void awaitSaved() {
		wait((driver) -> saves("answered") >= 1 && saves("sent") == saves("answered"));
	}

	private LeafEntry stored(SheetFixture.Scene scene, String leaf) {
		return assessment.sheet(scene.campaign(), scene.unit().id(), (CurrentUser) accounts.principal(scene.officer()))
			.entry(leaf);
	}

	/**
	 * Holds the sheet's row as a save of someone else would, until closed: the saves sent
	 * meanwhile wait on the server.
	 */
	private HeldSheet hold(SheetFixture.Scene scene) throws InterruptedException {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		Future<?> holding = thread.submit(() -> transactions.executeWithoutResult((status) -> {
			jdbc.sql("select id from assessment_sheet where campaign_id = :campaign and unit_id = :unit for update")
				.param("campaign", scene.campaign())
				.param("unit", scene.unit().id())
				.query(Long.class)
				.single();
			held.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
		return () -> {
			release.countDown();
			holding.get(10, TimeUnit.SECONDS);
			thread.shutdown();
		};
	}

	private interface HeldSheet extends AutoCloseable {

		@Override
		void close() throws Exception;

	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
		browser.executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
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
