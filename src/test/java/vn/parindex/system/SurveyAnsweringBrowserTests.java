package vn.parindex.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.survey.AnsweringFixture;
import vn.parindex.survey.SurveyFixture;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Respondents answer on a phone (375 × 812) in a real browser: a citizen one question per
 * screen, leaving and coming back another time to the same link; a leader with a named
 * invitation on one page, confirming she answers herself. (Here because the browser
 * helper lives here.)
 */
class SurveyAnsweringBrowserTests extends BrowserTest {

	@Autowired
	SurveyFixture surveys;

	@Autowired
	AnsweringFixture answering;

	void phone() {
		browser.manage().window().setSize(new Dimension(375, 812));
	}

	/**
	 * Clicks as a finger would: the element scrolled to the middle of the screen first.
	 */
	void tap(By by) {
		org.openqa.selenium.WebElement element = browser.findElement(by);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// a slow machine may still be laying the page out: the same click, by the
			// page
			browser.executeScript("arguments[0].click();", element);
		}
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	/**
	 * The element's text once it reads as expected (a tap may still be loading the next
	 * screen: the old one's elements go stale under the reader), or a timeout failing the
	 * test.
	 */
	String awaited(String id, String expected) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.id(id)).getText().equals(expected));
		return text(id);
	}

	void fitsThePhone() {
		Long overflow = (Long) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
	}

	@Test
	void aCitizenAnswersOneQuestionPerScreenLeavesComesBackAndSubmits() throws Exception {
		SurveyFixture.Scene scene = surveys.scene();
		answering.onePerScreen(scene);
		String token = surveys.tokens(scene, scene.unit().id(), "DN", 1).get(0);
		phone();
		browser.get(url("/s/" + token));
		assertThat(awaited("answering-position", "Câu 1/4")).isEqualTo("Câu 1/4");
		assertThat(text("context-Q1")).contains("Năm 2025 tỉnh ban hành 12 văn bản chỉ đạo.");
		assertThat(text("question-Q1")).contains("Không đủ thông tin để đánh giá");
		fitsThePhone();
		tap(By.cssSelector("label[for='a-Q1-4']"));
		tap(By.id("go-next"));
		assertThat(awaited("answering-position", "Câu 2/4")).isEqualTo("Câu 2/4");
		tap(By.id("a-Q3-A"));
		tap(By.id("a-Q3-C"));
		tap(By.id("go-next"));
		assertThat(awaited("answering-position", "Câu 3/4")).isEqualTo("Câu 3/4");

		// she leaves; another day, another browser, the same link: she resumes where she
		// was
		browser.quit();
		browser = Browser.start();
		phone();
		browser.get(url("/s/" + token));
		assertThat(awaited("answering-position", "Câu 3/4")).isEqualTo("Câu 3/4");
		tap(By.id("lang-en"));
		assertThat(awaited("answering-position", "Question 3/4")).isEqualTo("Question 3/4");
		tap(By.id("lang-vi"));
		browser.findElement(By.id("a-Q4")).sendKeys("Thủ tục nhanh hơn năm trước");
		tap(By.id("go-next"));
		tap(By.id("a-Q5-cj"));
		tap(By.id("go-next"));
		assertThat(text("answering-complete")).isEqualTo("Bạn đã trả lời tất cả các câu hỏi bắt buộc.");
		fitsThePhone();
		tap(By.id("go-submit"));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.id("state-title")).isEmpty());
		assertThat(text("state-title")).isEqualTo("Cảm ơn bạn!");
		assertThat(answering.answers(scene))
			.isEqualTo("{\"Q1\": 4, \"Q3\": [\"A\", \"C\"], \"Q4\": \"Thủ tục nhanh hơn năm trước\", \"Q5\": null}");

		browser.get(url("/s/" + token));
		assertThat(text("state-title")).isEqualTo("Phiếu đã được gửi");
	}

	@Test
	void aLeaderConfirmsSheAnswersHerselfAndSubmitsOnePage() {
		SurveyFixture.Scene scene = surveys.scene();
		String token = answering.namedToken(scene, scene.unit().id(), "LD");
		phone();
		browser.get(url("/s/" + token));
		assertThat(browser.findElements(By.cssSelector(".pi-question"))).hasSize(5);
		tap(By.cssSelector("label[for='a-Q1-5']"));
		tap(By.id("a-Q2-A"));
		// saved as she goes: the progress comes back from the server (the multiple choice
		// shown with nothing ticked is answered "none of these")
		assertThat(browser.executeScript("return typeof htmx;")).isEqualTo("object");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("answering-position")).getText().equals("Đã trả lời 3/5 câu"));
		tap(By.id("a-Q3-B"));
		tap(By.id("a-Q5-B"));
		tap(By.id("personal-yes"));
		fitsThePhone();
		tap(By.id("go-submit"));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.id("state-title")).isEmpty());
		assertThat(text("state-title")).isEqualTo("Cảm ơn bạn!");
		assertThat(answering.responseFlags(scene)).singleElement()
			.satisfies((flags) -> assertThat(flags).doesNotContain("NOT_PERSONAL"));
	}

}
