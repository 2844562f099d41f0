package vn.parindex.units;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units over the API: shapes, filters, problems, permissions.
 */
@IntegrationTest
class UnitApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void theSecretariatCreatesReadsAndChangesAUnitByCode() throws Exception {
		String p = TestWorkbooks.prefix();
		units.ensure(p + "BO", "Bộ Cha", "MINISTRY", null);
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sVU", "name": "Vụ Pháp chế", "type": "vu", "parent": "%sBO", "ranked": false}
				""".formatted(p, p)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/units/" + p + "VU"))
			.andExpect(content().json("""
					{"code": "%sVU", "name": "Vụ Pháp chế", "type": "VU", "parent": "%sBO", "ranked": false,
					 "active": true}
					""".formatted(p, p), false))
			.andExpect(jsonPath("$.id").isNumber());
		mvc.perform(put("/api/v1/units/{code}", p + "VU").with(as(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Vụ Pháp chế và Thanh tra", "type": "VU", "parent": null, "active": false}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Vụ Pháp chế và Thanh tra"))
			.andExpect(jsonPath("$.parent").doesNotExist())
			.andExpect(jsonPath("$.ranked").value(true))
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/units/{code}", p + "VU").with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(p + "VU"))
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void theListFiltersByTypeAndByTextIgnoringDiacritics() throws Exception {
		String p = TestWorkbooks.prefix();
		units.ensure(p + "HN", "Thành phố Hà Nội Thử", "PROVINCE", null);
		units.ensure(p + "DL", "Tỉnh Đắk Lắk Thử", "PROVINCE", null);
		units.ensure(p + "SNV", "Sở Nội vụ Hà Nội Thử", "DEPARTMENT", null);
		mvc.perform(get("/api/v1/units").param("q", p.toLowerCase() + "hn").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value(p + "HN"));
		mvc.perform(get("/api/v1/units").param("q", "ha noi thu").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(p + "HN", p + "SNV")));
		mvc.perform(get("/api/v1/units").param("q", "ha noi thu").param("type", "department").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains(p + "SNV")));
		mvc.perform(get("/api/v1/units").param("q", "dak lak thu").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains(p + "DL")));
	}

	@Test
	void refusalsAreProblemsInTheCallersLanguage() throws Exception {
		String p = TestWorkbooks.prefix();
		units.ensure(p + "X", "Tỉnh X", "PROVINCE", null);
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sX", "name": "Tỉnh X lần hai", "type": "PROVINCE"}
				""".formatted(p)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Mã đơn vị „" + p + "X“ đã được dùng."));
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%sY", "name": "Tỉnh Y", "type": "STATE"}
					""".formatted(p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no unit type \"STATE\"; the types in use are: MINISTRY, "
					+ "PROVINCE, CUC, VU, OFFICE, INSPECTORATE, DEPARTMENT, DISTRICT, COMMUNE, OTHER."));
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sZ", "type": "PROVINCE"}
				""".formatted(p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/api/v1/units/{code}", p + "NOWHERE").with(as(Role.VIEWER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị có mã „" + p + "NOWHERE“."));
		assertThat(units.byCode(p + "Y")).isEmpty();
	}

	@Test
	void aUnitOfficerReadsOnlyHerUnitAndWritesNothing() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView own = units.ensure(p + "OWN", "Tỉnh Của Tôi", "PROVINCE", null);
		units.ensure(p + "OTHER", "Tỉnh Khác", "PROVINCE", null);
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		RequestPostProcessor asOfficer = httpBasic(officer.username(), TestAccounts.PASSWORD);
		mvc.perform(get("/api/v1/units").with(asOfficer))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains(p + "OWN")));
		mvc.perform(get("/api/v1/units/{code}", p + "OTHER").with(asOfficer))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/units/{code}", p + "OWN").with(asOfficer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Tên Khác", "type": "PROVINCE"}
					"""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(post("/api/v1/units").with(asOfficer).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sNEW", "name": "Mới", "type": "PROVINCE"}
				""".formatted(p))).andExpect(status().isForbidden());
		assertThat(units.byCode(p + "OWN")).contains(own);
		assertThat(units.byCode(p + "NEW")).isEmpty();
	}

	private RequestPostProcessor as(Role role) {
		return httpBasic(accounts.create(role).username(), TestAccounts.PASSWORD);
	}

}
