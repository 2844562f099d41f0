package vn.parindex.audit;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's audit log shows the workflow events the modules record in their own
 * trails, next to the account events.
 */
@IntegrationTest
class AdministratorAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture sheets;

	@Autowired
	TestAccounts accounts;

	@Test
	void theAuditPageShowsASheetsSubmission() throws Exception {
		SheetFixture.Scene scene = sheets.submitted();
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(get("/admin/audit").param("q", scene.leader().username())
			.param("module", "assessment")
			.with(user(accounts.principal(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-action=\"SUBMITTED\"")))
			.andExpect(content().string(containsString("<option value=\"SUBMITTED\"")))
			.andExpect(content().string(containsString("<option value=\"LOGIN_FAILED\"")))
			.andExpect(content().string(containsString("Gửi phiếu")))
			.andExpect(content().string(containsString("Tự đánh giá")));
	}

	@Test
	void theAuditApiListsASheetsSubmissionWithItsModuleAndCampaign() throws Exception {
		SheetFixture.Scene scene = sheets.submitted();
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(get("/api/v1/audit").param("q", scene.leader().username())
			.param("module", "assessment")
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.entries[0].action").value("SUBMITTED"))
			.andExpect(jsonPath("$.entries[0].module").value("assessment"))
			.andExpect(jsonPath("$.entries[0].actor").value(scene.leader().username()))
			.andExpect(jsonPath("$.entries[0].scopeId").value(scene.campaign()))
			.andExpect(jsonPath("$.entries[0].newValue").value("SUBMITTED"))
			.andExpect(jsonPath("$.entries[0].label").doesNotExist());
	}

	@Test
	void filtersNarrowTheLogByModuleAndAction() throws Exception {
		SheetFixture.Scene scene = sheets.submitted();
		UserView admin = accounts.create(Role.ADMIN);
		String leader = scene.leader().username();
		mvc.perform(get("/api/v1/audit").param("q", leader).with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/audit").param("q", leader)
			.param("action", "SUBMITTED")
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD))).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/audit").param("q", leader)
			.param("module", "accounts")
			.with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.entries[0].action").value("USER_CREATED"))
			.andExpect(jsonPath("$.total").value(1));
	}

}
