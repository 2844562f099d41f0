package vn.parindex.units;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's import page: upload, the template link, the table of errors.
 */
@IntegrationTest
class UnitImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void theImportPageOffersTheUploadAndTheTemplate() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(get("/units/import").with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("href=\"/units/import/template\"")))
			.andExpect(content().string(containsString("Mã đơn vị cấp trên")));
		mvc.perform(get("/units/import/template").with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-don-vi.xlsx")));
	}

	@Test
	void aGoodWorkbookIsImportedAndTheCountsAreShown() throws Exception {
		String p = TestWorkbooks.prefix();
		byte[] workbook = TestWorkbooks.xlsx("Units",
				new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại" }, { p + "A", "Tỉnh Trang A", "PROVINCE" } });
		mvc.perform(multipart("/units/import").file(TestWorkbooks.file(workbook))
			.with(user(accounts.principal(accounts.create(Role.ADMIN))))
			.with(csrf()))
			.andExpect(redirectedUrl("/units"))
			.andExpect(flash().attribute("flashSuccess", "units.import.done"));
		assertThat(units.byCode(p + "A")).isPresent();
	}

	@Test
	void theErrorsOfABadWorkbookAreListedByRowAndColumnOnThePage() throws Exception {
		String p = TestWorkbooks.prefix();
		byte[] workbook = TestWorkbooks.xlsx("Units", new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại" },
				{ p + "A", "Tỉnh A", "PROVINCE" }, { p + "B", null, "PROVINCE" } });
		mvc.perform(multipart("/units/import").file(TestWorkbooks.file(workbook))
			.with(user(accounts.principal(accounts.create(Role.SECRETARIAT))))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>name</td>")))
			.andExpect(content().string(containsString("Ô này không được để trống.")));
		assertThat(units.byCode(p + "A")).isEmpty();
	}

}
