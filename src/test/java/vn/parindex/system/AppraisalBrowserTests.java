package vn.parindex.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appraiser reviews a submitted sheet in a real browser: adjusts one leaf with a
 * reason and accepts another (each saved with htmx, totals refreshed), accepts the rest
 * after confirming the count, and returns the sheet with a question.
 */
class AppraisalBrowserTests extends BrowserTest {

	@Autowired
	SheetFixture fixture;

	@Autowired
	Appraisal appraisal;

	@Autowired
	SelfAssessment assessment;

	/**
	 * An image attached to a leaf opens in the panel beside the leaves, framed by the
	 * page (the download allows our own pages to frame it).
	 */
	@Test
	void evidenceOpensBesideTheLeaf() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assessment.reopen(campaign, unit, "Bổ sung tài liệu", (CurrentUser) accounts.principal(scene.secretariat()));
		assessment.attach(campaign, unit, "1.1", "Ảnh biên bản.png", new ByteArrayInputStream(png()),
				(CurrentUser) accounts.principal(scene.officer()));
		assessment.submit(campaign, unit, (CurrentUser) accounts.principal(scene.leader()));
		UserView appraiser = accounts.create(Role.APPRAISER);
		appraisal.assign(campaign, appraiser.username(), unit, null,
				(CurrentUser) accounts.principal(scene.secretariat()));

		signIn(appraiser);
		browser.get(url("/appraisal/campaigns/" + campaign + "/units/" + unit));
		assertThat(browser.findElement(By.id("evidence-panel")).isDisplayed()).isFalse();
		browser.findElement(By.linkText("Ảnh biên bản.png")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-panel")));
		assertThat(browser.findElement(By.id("evidence-title")).getText()).isEqualTo("Ảnh biên bản.png");
		assertThat(browser.getWindowHandles()).hasSize(1);
		browser.switchTo().frame(browser.findElement(By.id("evidence-frame")));
		// a frame the browser refused shows its own error page instead of the 40 × 30
		// image
		wait((driver) -> Boolean.TRUE.equals(
				browser.executeScript("return location.pathname.includes('/evidence/') && document.images.length === 1"
						+ " && document.images[0].naturalWidth === 40")));
		browser.switchTo().defaultContent();
		browser.findElement(By.id("evidence-close")).click();
		assertThat(browser.findElement(By.id("evidence-panel")).isDisplayed()).isFalse();
	}

	private static byte[] png() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void anAppraiserDecidesLeavesAcceptsTheRestAndReturnsTheSheet() {
		SheetFixture.Scene scene = fixture.submitted();
		UserView appraiser = accounts.create(Role.APPRAISER);
		appraisal.assign(scene.campaign(), appraiser.username(), scene.unit().id(), null,
				(CurrentUser) accounts.principal(scene.secretariat()));
		String page = "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id();

		signIn(appraiser);
		browser.get(url(page));
		assertThat(browser.findElement(By.id("appraised-index")).getText()).isEqualTo("75,00%");
		browser.findElement(By.id("points-1-2")).sendKeys("1");
		browser.findElement(By.id("reason-1-2")).sendKeys("Chưa có báo cáo tổng kết");
		click(browser.findElement(By.id("adjust-1-2")));
		wait(ExpectedConditions.textToBe(By.id("appraised-1-2"), "1,00"));
		wait(ExpectedConditions.textToBe(By.id("appraised-index"), "66,67%"));
		assertThat(browser.findElement(By.id("self-index")).getText()).isEqualTo("75,00%");
		assertThat(browser.findElement(By.id("decision-1-2")).getText()).contains("Chưa có báo cáo tổng kết");

		click(browser.findElement(By.id("adjust-1-1")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("error-1-1")));
		assertThat(browser.findElement(By.id("appraised-1-1")).getText()).isEqualTo("—");
		click(browser.findElement(By.id("accept-1-1")));
		wait(ExpectedConditions.textToBe(By.id("appraised-1-1"), "3,00"));

		browser.findElement(By.id("accept-remaining")).click();
		assertThat(browser.findElement(By.id("bulk-question")).getText()).contains(" 2 ");
		click(browser.findElement(By.id("confirm-accept-remaining")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("decided-count"), "4/5"));

		browser.executeScript("arguments[0].open = true", browser.findElement(By.cssSelector("#leaf-1-3 details")));
		browser.findElement(By.id("question-1-3")).sendKeys("Căn cứ nào để tự đánh giá Tốt?");
		browser.executeScript("window.confirm = () => true");
		click(browser.findElement(By.id("return-sheet")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("returned-notice")));
		assertThat(browser.findElement(By.id("appraisal-status")).getText()).isEqualTo("Bị trả lại để giải trình");
	}

	/**
	 * One sheet from submitted to finalised with one return: the appraiser decides and
	 * returns with a question; the unit changes its points and answers; the leader
	 * resubmits; the appraiser sees what changed and decides; the chair finalises; the
	 * unit reads the outcome.
	 */
	@Test
	void aSheetGoesFromSubmittedToFinalisedThroughOneReturn() {
		SheetFixture.Scene scene = fixture.submitted();
		UserView appraiser = accounts.create(Role.APPRAISER);
		appraisal.assign(scene.campaign(), appraiser.username(), scene.unit().id(), null,
				(CurrentUser) accounts.principal(scene.secretariat()));
		String base = "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id();

		signIn(appraiser);
		browser.get(url(base));
		browser.findElement(By.id("points-1-1")).sendKeys("2,5");
		browser.findElement(By.id("reason-1-1")).sendKeys("Thiếu kế hoạch quý IV");
		click(browser.findElement(By.id("adjust-1-1")));
		wait(ExpectedConditions.textToBe(By.id("appraised-1-1"), "2,50"));
		click(browser.findElement(By.id("claim-accept-2-2")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("decision-2-2")));
		browser.findElement(By.id("accept-remaining")).click();
		click(browser.findElement(By.id("confirm-accept-remaining")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("decided-count"), "5/5"));
		browser.executeScript("arguments[0].open = true", browser.findElement(By.cssSelector("#leaf-1-3 details")));
		browser.findElement(By.id("question-1-3")).sendKeys("Căn cứ nào để tự đánh giá Tốt?");
		browser.executeScript("window.confirm = () => true");
		click(browser.findElement(By.id("return-sheet")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("returned-notice")));

		switchTo(scene.officer());
		browser.get(url(scene.sheet()));
		new Select(browser.findElement(By.id("in-1.3"))).selectByVisibleText("Đạt");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#leaf-1-3 .pi-points"), "1,00"));
		browser.get(url(base + "/explanations"));
		browser.findElement(By.id("answer-1-3")).sendKeys("Chưa đủ căn cứ; đơn vị tự chấm lại mức Đạt");
		click(browser.findElement(By.id("save-answer-1-3")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));

		switchTo(scene.leader());
		browser.get(url(base + "/explanations"));
		browser.executeScript("window.confirm = () => true");
		click(browser.findElement(By.id("resubmit-sheet")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));

		switchTo(appraiser);
		browser.get(url(base));
		assertThat(browser.findElement(By.id("diff-1-3")).getText()).contains("1,00");
		click(browser.findElement(By.id("accept-1-3")));
		wait(ExpectedConditions.textToBe(By.id("appraised-1-3"), "1,00"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("decided-count"), "5/5"));

		switchTo(accounts.create(Role.COUNCIL_CHAIR));
		browser.get(url(base + "/finalise"));
		assertThat(browser.findElement(By.id("all-decided")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("adjustments-table")).getText()).contains("Thiếu kế hoạch quý IV");
		browser.executeScript("window.confirm = () => true");
		click(browser.findElement(By.id("finalise-sheet")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("finalised")));

		switchTo(scene.officer());
		browser.get(url(scene.sheet()));
		browser.findElement(By.id("appraisal-outcome")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("council-adjustments")));
		assertThat(browser.findElement(By.id("appraised-index")).getText()).isEqualTo("62,50%");
		assertThat(browser.findElement(By.id("adjustments-table")).getText()).contains("Thiếu kế hoạch quý IV");
		browser.get(url(base + "/timeline"));
		assertThat(browser.findElement(By.id("council-timeline")).getText()).contains("Trả lại để giải trình",
				"Chưa đủ căn cứ", "Gửi lại sau giải trình", "Phê duyệt kết quả thẩm định");
	}

	private void switchTo(UserView user) {
		browser.manage().deleteAllCookies();
		signIn(user);
	}

	/** Submits the button's form as a click would, wherever the button is scrolled to. */
	private void click(WebElement button) {
		browser.executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

}
