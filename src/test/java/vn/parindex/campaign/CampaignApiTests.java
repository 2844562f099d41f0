package vn.parindex.campaign;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CampaignApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCampaigns test;

	@Autowired
	CampaignCatalog catalog;

	@Autowired
	JsonMapper json;

	@Test
	void theSecretariatOpensACampaignAndGetsItsId() throws Exception {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("PROVINCE");
		long framework = test.draftFramework();
		String body = mvc
			.perform(post("/api/v1/campaigns").with(basic(accounts.create(Role.SECRETARIAT)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(request("API", framework, List.of(a.code(), b.code()), """
						, "phases": [{"phase": "SELF_ASSESSMENT", "startsOn": "2026-01-05", "deadline": "2026-02-15"},
						             {"phase": "APPRAISAL", "startsOn": "2026-02-16", "deadline": "2026-03-15"}]""")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.*", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		mvc.perform(get("/api/v1/campaigns/{id}", id).with(basic(accounts.create(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.frameworkId").value(framework))
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.unitCodes", containsInAnyOrder(a.code(), b.code())))
			.andExpect(jsonPath("$.phases[0].phase").value("SELF_ASSESSMENT"))
			.andExpect(jsonPath("$.phases[0].startsOn").value("2026-01-05"))
			.andExpect(jsonPath("$.phases[1].deadline").value("2026-03-15"));
	}

	@Test
	void aViewerMayNotOpenACampaign() throws Exception {
		mvc.perform(post("/api/v1/campaigns").with(basic(accounts.create(Role.VIEWER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request("Cấm", test.draftFramework(), List.of(test.unit("PROVINCE").code()), "")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anInvalidRequestIsAProblemListingEachField() throws Exception {
		mvc.perform(post("/api/v1/campaigns").with(basic(accounts.create(Role.ADMIN)))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \" \", \"year\": 1900, \"unitCodes\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "year", "frameworkId", "unitCodes")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The year must be between 2000 and 2200.")));
	}

	@Test
	void badDatesAreAProblemInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/campaigns").with(basic(accounts.create(Role.SECRETARIAT)))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(request("Ngày sai", test.draftFramework(), List.of(test.unit("PROVINCE").code()), """
					, "phases": [{"phase": "APPRAISAL", "startsOn": "2026-03-01", "deadline": "2026-02-01"}]""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Phase Appraisal: the start date is after the deadline."));
	}

	@Test
	void anUnknownUnitCodeIsRefusedWithItsCode() throws Exception {
		mvc.perform(post("/api/v1/campaigns").with(basic(accounts.create(Role.SECRETARIAT)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request("Mã sai", test.draftFramework(), List.of("KHONG-CO"), "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Không có đơn vị mã KHONG-CO."));
	}

	@Test
	void aUnitOfficerSeesOnlyTheCampaignsOfHerUnit() throws Exception {
		UnitView own = test.unit("PROVINCE");
		long mine = test.campaign(Set.of(own.id()), List.of());
		long other = test.campaign(Set.of(test.unit("PROVINCE").id()), List.of());
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		mvc.perform(get("/api/v1/campaigns").with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", containsInAnyOrder((int) mine)));
		mvc.perform(get("/api/v1/campaigns/{id}", other).with(basic(officer)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/campaigns").with(basic(accounts.create(Role.VIEWER))))
			.andExpect(jsonPath("$[*].id", hasItem((int) other)));
	}

	@Test
	void phasesAndUnitsAreReplaced() throws Exception {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("PROVINCE");
		long id = test.campaign(Set.of(a.id()), List.of());
		RequestPostProcessor secretariat = basic(accounts.create(Role.SECRETARIAT));
		mvc.perform(put("/api/v1/campaigns/{id}/units", id).with(secretariat)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCodes\": [\"" + b.code() + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCodes", containsInAnyOrder(b.code())));
		mvc.perform(put("/api/v1/campaigns/{id}/phases", id).with(secretariat)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"phases": [{"phase": "SELF_ASSESSMENT", "startsOn": "2026-04-01", "deadline": "2026-04-30"}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phases[0].deadline").value("2026-04-30"));
		assertThat(catalog.get(id).unitIds()).containsExactly(b.id());
		mvc.perform(put("/api/v1/campaigns/{id}/units", id).with(basic(accounts.create(Role.UNIT_LEADER, b.id())))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCodes\": [\"" + a.code() + "\"]}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/campaigns/{id}", 987654321L).with(secretariat))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("987654321")))
			.andExpect(jsonPath("$.detail", not(containsString("987.654.321"))));
	}

	private static String request(String name, long framework, List<String> codes, String more) {
		String units = String.join("\", \"", codes);
		return "{\"name\": \"Kỳ " + name + " " + TestCampaigns.unique("") + "\", \"year\": 2025, \"frameworkId\": "
				+ framework + ", \"unitCodes\": [\"" + units + "\"]" + more + "}";
	}

	private RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
