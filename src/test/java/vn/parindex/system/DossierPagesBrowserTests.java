package vn.parindex.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.Role;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat sends a small file of dossier records on the dossier page, in a real
 * browser: the counts per unit, level and quarter are exact for the crafted records, a
 * count opens the dossiers behind it with each one's judgement and reason, and a bad file
 * is refused with every error listed and nothing changed.
 */
class DossierPagesBrowserTests extends BrowserTest {

	private static final String HEADER = "unit,dossier,procedure,level,channel,received_at,due_at,finished_at,status,"
			+ "supplement_requests,supplement_days\n";

	@Autowired
	UnitCatalog units;

	private final List<Path> files = new ArrayList<>();

	@AfterEach
	void deleteFiles() throws Exception {
		for (Path file : files) {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void theSecretariatUploadsCountsAndOpensTheDossiersBehindACount() throws Exception {
		String code = "HSB" + System.nanoTime() % 1_000_000;
		UnitView unit = units.ensure(code, "Tỉnh hồ sơ " + code, "PROVINCE", null);
		// 2026-Q1 is over: dossiers still open are judged on 31 March 2026
		Path good = file(HEADER
				// ends on its due day: on time
				+ code + ",D1,,PROVINCE,ONLINE,2026-03-02T08:00,2026-03-05T17:00,2026-03-05T16:00,FINISHED,0,0\n"
				// ends the day after: late
				+ code + ",D2,,Cấp tỉnh,DIRECT,2026-03-02,2026-03-05,2026-03-06T09:00,DA_TRA_KET_QUA,0,0\n"
				// two supplement requests: late whatever the dates
				+ code + ",D3,,PROVINCE,ONLINE,2026-03-02,2026-03-20,2026-03-04,FINISHED,2,1\n"
				// one supplement, one day waited, due on a Friday: on time the Monday
				// after
				+ code + ",D4,,COMMUNE,POSTAL,2026-03-02,2026-03-06,2026-03-09,FINISHED,1,1\n"
				// open on 31 March, due in April: in progress within time
				+ code + ",D5,,COMMUNE,ONLINE,2026-03-20,2026-04-03,,IN_PROGRESS,0,0\n"
				// open on 31 March, past its due day: overdue
				+ code + ",D6,,COMMUNE,ONLINE,2026-03-20,2026-03-25,,DANG_XU_LY,0,0\n");
		signIn(accounts.create(Role.SECRETARIAT));

		browser.get(url("/statistics"));
		browser.findElement(By.id("link-dossiers")).click();
		browser.findElement(By.id("file")).sendKeys(good.toString());
		browser.findElement(By.id("dossier-upload-submit")).click();
		wait(By.cssSelector(".alert-success"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.contains("Đã nhận 6 hồ sơ: 6 hồ sơ mới");

		showPeriod("2026-Q1");
		assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("Số hồ sơ kỳ Quý 1/2026");
		assertThat(browser.findElement(By.id("judged-on")).getText()).contains("31/03/2026");
		// on time, late, in progress within time, overdue, cannot judge; the on-time rate
		assertThat(counts(code, null)).containsExactly("2", "2", "1", "1", "0", "50,00%");
		assertThat(counts(code, "PROVINCE")).containsExactly("1", "2", "0", "0", "0", "33,33%");
		assertThat(counts(code, "COMMUNE")).containsExactly("1", "0", "1", "1", "0", "100,00%");
		assertThat(row(code, null).getText()).contains("Mọi cấp");
		assertThat(row(code, "PROVINCE").getText()).contains("Cấp tỉnh");

		// the dossiers behind "finished late" at the provincial level
		open(row(code, "PROVINCE").findElement(By.cssSelector("td[data-outcome='FINISHED_LATE'] a")));
		wait(By.id("dossier-list"));
		assertThat(browser.findElement(By.id("list-filter")).getText()).contains("Cấp tỉnh")
			.contains("Giải quyết trễ hạn")
			.contains("2 hồ sơ");
		assertThat(browser.findElements(By.cssSelector("#dossier-list tbody tr"))).hasSize(2);
		assertThat(dossier("D2")).contains("02/03/2026 00:00")
			.contains("05/03/2026 00:00")
			.contains("06/03/2026")
			.contains("Đã trả kết quả")
			.contains("Giải quyết trễ hạn")
			.contains("Kết thúc ngày 06/03/2026, sau hạn 05/03/2026.")
			.contains("Hạn = ngày hẹn trả 05/03/2026");
		assertThat(dossier("D3")).contains("Giải quyết trễ hạn")
			.contains("Yêu cầu bổ sung 2 lần: quá một lần là trễ hạn.");

		// and the overdue one at the communal level, back through the breadcrumb
		open(browser.findElement(By.linkText("Hồ sơ thủ tục hành chính")));
		wait(By.id("dossier-counts"));
		open(row(code, "COMMUNE").findElement(By.cssSelector("td[data-outcome='OPEN_OVERDUE'] a")));
		wait(By.id("dossier-list"));
		assertThat(browser.findElements(By.cssSelector("#dossier-list tbody tr"))).hasSize(1);
		assertThat(dossier("D6")).contains("Đang giải quyết quá hạn")
			.contains("Chưa kết thúc ngày 31/03/2026, đã quá hạn 25/03/2026.");

		// a bad file: every error listed by line and column, nothing stored
		Path bad = file(HEADER
				// would be a new on-time dossier: must not be stored
				+ code + ",D7,,PROVINCE,ONLINE,2026-03-02,2026-03-05,2026-03-04,FINISHED,0,0\n"
				+ "KHONG_CO_DON_VI,D8,,PROVINCE,ONLINE,2026-03-02,2026-03-05,2026-03-04,FINISHED,0,0\n" + code
				+ ",D9,,PROVINCE,ONLINE,2026-03-02,2026-03-05,,FINISHED,0,0\n" + code
				+ ",D1,,PROVINCE,ONLINE,ngày 2,2026-03-05,2026-03-04,FINISHED,0,0\n");
		browser.get(url("/statistics/dossiers"));
		browser.findElement(By.id("file")).sendKeys(bad.toString());
		browser.findElement(By.id("dossier-upload-submit")).click();
		wait(By.id("dossier-errors"));
		String errors = browser.findElement(By.id("dossier-errors")).getText();
		assertThat(errors).contains("Tệp hồ sơ có 3 lỗi, không hồ sơ nào được lưu")
			.contains("Không có đơn vị mã \"KHONG_CO_DON_VI\".")
			.contains("finished_at")
			.contains("received_at")
			.contains("\"ngày 2\" không phải ngày giờ ISO 8601");
		List<String> lines = browser.findElements(By.cssSelector("#dossier-errors tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(lines).containsExactly("3", "4", "5");
		showPeriod("2026-Q1");
		assertThat(counts(code, null)).containsExactly("2", "2", "1", "1", "0", "50,00%");
		assertThat(counts(code, "PROVINCE")).containsExactly("1", "2", "0", "0", "0", "33,33%");
	}

	private Path file(String content) throws Exception {
		Path file = Files.createTempFile("ho-so", ".csv");
		files.add(file);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** Types the period and presses Enter, as a person at a keyboard. */
	private void showPeriod(String period) {
		WebElement field = browser.findElement(By.id("period"));
		field.clear();
		field.sendKeys(period, Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> driver.getCurrentUrl().contains("period=" + period));
	}

	/** Follows a link from the keyboard: focus and Enter. */
	private void open(WebElement link) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", link);
		link.sendKeys(Keys.ENTER);
	}

	private WebElement row(String unit, String level) {
		return browser.findElements(By.cssSelector("#dossier-counts tbody tr[data-unit='" + unit + "']"))
			.stream()
			.filter((tr) -> {
				String attribute = tr.getAttribute("data-level");
				return (level == null) ? (attribute == null || attribute.isEmpty()) : level.equals(attribute);
			})
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + unit + " at " + level));
	}

	private List<String> counts(String unit, String level) {
		return row(unit, level).findElements(By.cssSelector("td.text-end")).stream().map(WebElement::getText).toList();
	}

	private String dossier(String id) {
		return browser.findElement(By.cssSelector("#dossier-list tr[data-dossier='" + id + "']")).getText();
	}

	private void wait(By what) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> !driver.findElements(what).isEmpty());
	}

}
