package vn.parindex.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;

class ScreenshotTour extends BrowserTest {

	@Autowired
	SheetFixture fixture;

	@Test
	void tour() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		signIn(scene.officer());
		browser.get(url(scene.sheet()));
		browser.findElement(By.id("in-1.1")).sendKeys("3,5");
		browser.executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
				browser.findElement(By.id("in-1.1")));
		Thread.sleep(1500);
		shot("21-sheet");
		browser.manage().window().setSize(new Dimension(390, 844));
		shot("22-sheet-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.manage().deleteAllCookies();
		signIn(scene.secretariat());
		browser.get(url("/campaigns/" + scene.campaign() + "/progress"));
		shot("23-progress");
		browser.get(url("/campaigns"));
		shot("24-campaigns");
		browser.get(url("/campaigns/" + scene.campaign()));
		shot("25-campaign");
	}

	private void shot(String name) throws Exception {
		Files.createDirectories(Path.of("/tmp/shots"));
		Files.write(Path.of("/tmp/shots/" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
