package vn.parindex.system;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat user imports a units workbook through the page, in a real browser, and
 * finds the units in the hierarchy: the ministry with its Cục under it. (Here rather than
 * with the units tests because the browser helper lives here.)
 */
class UnitImportBrowserTests extends BrowserTest {

	private Path workbook;

	@AfterEach
	void deleteWorkbook() throws Exception {
		if (workbook != null) {
			Files.deleteIfExists(workbook);
		}
	}

	@Test
	void theSecretariatImportsAWorkbookAndSeesTheUnitsInTheHierarchy() throws Exception {
		String code = "BR" + System.nanoTime() % 1_000_000;
		workbook = workbook(new String[][] { { "Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên" },
				{ code + "-CUC", "Cục Trình Duyệt " + code, "CUC", code },
				{ code, "Bộ Trình Duyệt " + code, "MINISTRY", "" } });
		signIn(accounts.create(Role.SECRETARIAT));

		browser.get(url("/units"));
		browser.findElement(By.id("import-units")).click();
		browser.findElement(By.id("file")).sendKeys(workbook.toString());
		browser.findElement(By.id("import-submit")).click();

		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> driver.getCurrentUrl().endsWith("/units")
				|| !driver.findElements(By.id("workbook-errors")).isEmpty());
		assertThat(browser.findElements(By.id("workbook-errors"))).as("errors on the import page").isEmpty();
		assertThat(browser.getCurrentUrl()).endsWith("/units");
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
			.contains("Đã nhập tệp: 2 đơn vị mới, 0 đơn vị được cập nhật.");
		WebElement ministry = browser.findElement(By.xpath("//details[summary/span[@data-code='" + code + "']]"));
		// a large shared test database shows the tree folded
		browser.executeScript("arguments[0].open = true", ministry);
		assertThat(ministry.findElement(By.cssSelector(".pi-children [data-code='" + code + "-CUC']")).getText())
			.contains("Cục Trình Duyệt " + code);
	}

	private static Path workbook(String[][] rows) throws Exception {
		Path file = Files.createTempFile("don-vi", ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("Units");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
		}
		return file;
	}

}
