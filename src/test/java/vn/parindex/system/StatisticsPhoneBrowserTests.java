package vn.parindex.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import vn.parindex.statistics.StatisticsBoardScene;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's officer on a phone: every statistics page she may open fits the screen's width
 * (wide tables scroll within themselves, the page does not), and the statistics index is
 * used with the keyboard alone.
 */
class StatisticsPhoneBrowserTests extends BrowserTest {

	@Autowired
	StatisticsBoardScene scenes;

	@Test
	void aUnitsOfficerReadsEveryStatisticsPageOnAPhone() {
		StatisticsBoardScene.Scene s = scenes.create();
		signIn(s.fellOfficer());
		browser.manage().window().setSize(new Dimension(400, 800));
		List<String> pages = List.of("/statistics", "/statistics/indicators",
				"/statistics/indicators/" + s.onTime().code(),
				"/statistics/observations?unit=" + s.fell().code() + "&indicator=" + s.onTime().code()
						+ "&period=2026-Q3",
				"/statistics/dossiers", "/campaigns/" + s.campaign(),
				"/campaigns/" + s.campaign() + "/statistics/board?quarter=2026-Q3",
				"/campaigns/" + s.campaign() + "/statistics/units/" + s.fell().id());
		for (String page : pages) {
			browser.get(url(page));
			browser.findElement(By.tagName("h1"));
			Number screen = (Number) browser.executeScript("return window.innerWidth;");
			Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
			assertThat(screen.intValue()).as("a phone's width").isLessThan(600);
			assertThat(content.intValue()).as("the width of " + page).isLessThanOrEqualTo(screen.intValue());
		}
	}

	@Test
	void theStatisticsIndexIsUsedWithTheKeyboard() {
		StatisticsBoardScene.Scene s = scenes.create();
		signIn(s.fellOfficer());
		browser.get(url("/statistics"));
		String reached = null;
		for (int i = 0; i < 60 && !"link-dossiers".equals(reached); i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			reached = browser.switchTo().activeElement().getAttribute("id");
		}
		assertThat(reached).as("Tab reaches the dossiers").isEqualTo("link-dossiers");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hồ sơ thủ tục hành chính");
	}

	@Test
	void anotherUnitsPagesSayWhyTheyAreRefused() {
		StatisticsBoardScene.Scene s = scenes.create();
		signIn(s.fellOfficer());
		browser.get(url("/campaigns/" + s.campaign() + "/statistics/units/" + s.rose().id()));
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("403")
			.contains(
					"Không xem được số liệu của đơn vị " + s.rose().code() + ": chỉ xem được số liệu của đơn vị mình.");
		browser.get(url("/statistics/observations?unit=" + s.rose().code() + "&indicator=" + s.onTime().code()
				+ "&period=2026-Q3"));
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("403")
			.contains("Không xem được số liệu của đơn vị " + s.rose().code());
		browser.get(url("/statistics/dossiers/list?unit=" + s.rose().code() + "&period=2026-Q3"));
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("403")
			.contains("Bạn chỉ xem được hồ sơ của đơn vị mình.");
		browser.get(url("/statistics/dossiers/list?unit=KHONG_CO_DON_VI&period=2026-Q3"));
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("404")
			.contains("Không có đơn vị mã \"KHONG_CO_DON_VI\".");
	}

}
