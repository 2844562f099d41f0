package vn.parindex.units;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hierarchy page: the tree, the type filter with its counts, search, and the unit's
 * page with parent, children and lineage path.
 */
@IntegrationTest
class UnitHierarchyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Autowired
	UnitBrowser browser;

	@Test
	void aMinistryIsShownWithItsCucAndVuNestedUnderIt() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView ministry = units.ensure(p + "BO", "Bộ Cây " + p, "MINISTRY", null);
		units.ensure(p + "CUC", "Cục Lá " + p, "CUC", ministry.id());
		units.ensure(p + "VU", "Vụ Lá " + p, "VU", ministry.id());
		String html = page("/units", Role.VIEWER, "q", p);
		int ministryAt = html.indexOf("data-code=\"" + p + "BO\"");
		int nested = html.indexOf("pi-children", ministryAt);
		assertThat(ministryAt).isPositive();
		assertThat(nested).isGreaterThan(ministryAt);
		assertThat(html.indexOf("data-code=\"" + p + "CUC\"")).isGreaterThan(nested);
		assertThat(html.indexOf("data-code=\"" + p + "VU\"")).isGreaterThan(html.indexOf("data-code=\"" + p + "CUC\""));
	}

	@Test
	void theTypeFilterKeepsTheParentsAsContextAndCountsPerType() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView ministry = units.ensure(p + "BO", "Bộ Lọc " + p, "MINISTRY", null);
		units.ensure(p + "CUC1", "Cục Một " + p, "CUC", ministry.id());
		units.ensure(p + "CUC2", "Cục Hai " + p, "CUC", ministry.id());
		units.ensure(p + "VU", "Vụ Ba " + p, "VU", ministry.id());
		String html = page("/units", Role.VIEWER, "type", "CUC", "q", p);
		assertThat(html).contains("Cục Một " + p, "Cục Hai " + p, "2 đơn vị phù hợp")
			.doesNotContain("Vụ Ba " + p)
			.contains("pi-unit pi-context\" data-code=\"" + p + "BO\"");
		UnitBrowser.Result result = browser.browse(new UnitBrowser.Filter(p, null, true), (id) -> true);
		assertThat(result.counts()).containsExactly(java.util.Map.entry("MINISTRY", 1L), java.util.Map.entry("CUC", 2L),
				java.util.Map.entry("VU", 1L));
		assertThat(result.total()).isEqualTo(4);
	}

	@Test
	void searchFindsNamesWithoutDiacriticsAndHidesInactiveUnitsUnlessAsked() throws Exception {
		String p = TestWorkbooks.prefix();
		units.ensure(p + "DL", "Tỉnh Đắk Lắk " + p, "PROVINCE", null);
		UnitView closed = units.ensure(new UnitDetails(p + "OLD", "Tỉnh Đắk Cũ " + p, "PROVINCE", null, true), "t");
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/units/{id}/deactivate", closed.id())
			.with(user(accounts.principal(secretariat)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(page("/units", Role.VIEWER, "q", "dak lak " + p.toLowerCase())).contains("Tỉnh Đắk Lắk " + p);
		assertThat(page("/units", Role.VIEWER, "q", "dak " + p)).contains("Tỉnh Đắk Lắk " + p)
			.doesNotContain("Tỉnh Đắk Cũ " + p);
		assertThat(page("/units", Role.VIEWER, "q", "dak " + p, "inactive", "true")).contains("Tỉnh Đắk Cũ " + p);
	}

	@Test
	void theUnitPageShowsItsAncestorsAndChildren() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView ministry = units.ensure(p + "BO", "Bộ Gốc " + p, "MINISTRY", null);
		UnitView cuc = units.ensure(p + "CUC", "Cục Giữa " + p, "CUC", ministry.id());
		units.ensure(p + "PHONG", "Phòng Dưới " + p, "OTHER", cuc.id());
		String html = page("/units/" + cuc.id(), Role.VIEWER);
		assertThat(html).contains("Bộ Gốc " + p, "Phòng Dưới " + p, "Cục");
		assertThat(html.indexOf("Bộ Gốc " + p)).isLessThan(html.indexOf("id=\"unit-name\""));
	}

	@Test
	void aUnitOfficerSeesOnlyHerUnitInTheTree() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView ministry = units.ensure(p + "BO", "Bộ Ẩn " + p, "MINISTRY", null);
		UnitView own = units.ensure(p + "CUC", "Cục Của Tôi " + p, "CUC", ministry.id());
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		mvc.perform(get("/units").with(user(accounts.principal(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cục Của Tôi " + p)))
			.andExpect(content().string(not(containsString("Bộ Ẩn " + p))))
			.andExpect(content().string(not(containsString("id=\"new-unit\""))));
	}

	/** The page's HTML; {@code params} are names and values in turn. */
	private String page(String path, Role role, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(accounts.principal(accounts.create(role))));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
