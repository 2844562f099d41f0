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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's unit pages: create, change, deactivate, with the change log; others
 * may not.
 */
@IntegrationTest
class UnitEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void theSecretariatCreatesAUnitUnderAParentAndTheLogSaysWho() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView ministry = units.ensure(p + "BO", "Bộ Cha", "MINISTRY", null);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", p + "CUC")
			.param("name", "Cục Con")
			.param("type", "CUC")
			.param("parent", p + "BO")
			.param("ranked", "true"))
			.andExpect(redirectedUrlPattern("/units/*"))
			.andExpect(flash().attribute("flashSuccess", "units.created"));
		UnitView created = units.byCode(p + "CUC").orElseThrow();
		assertThat(created.parentId()).isEqualTo(ministry.id());
		assertThat(created.ranked()).isTrue();
		mvc.perform(get("/units/{id}", created.id()).with(user(accounts.principal(secretariat))))
			.andExpect(content().string(containsString("Bộ Cha")))
			.andExpect(content().string(containsString("Tạo đơn vị")))
			.andExpect(content().string(containsString(secretariat.username())));
	}

	@Test
	void anUnknownParentATakenCodeAndAMissingNameAreShownOnTheForm() throws Exception {
		String p = TestWorkbooks.prefix();
		units.ensure(p + "TAKEN", "Đã Có", "PROVINCE", null);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", p + "NEW")
			.param("name", "Vụ Mới")
			.param("type", "VU")
			.param("parent", p + "NOWHERE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có đơn vị cấp trên mã „" + p + "NOWHERE“")));
		mvc.perform(post("/units/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", p + "TAKEN")
			.param("name", "Khác")
			.param("type", "PROVINCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị „" + p + "TAKEN“ đã được dùng.")));
		mvc.perform(post("/units/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", p + "NONAME")
			.param("name", " ")
			.param("type", "PROVINCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được để trống.")));
		assertThat(units.byCode(p + "NEW")).isEmpty();
		assertThat(units.byCode(p + "NONAME")).isEmpty();
	}

	@Test
	void editingLogsEachChangedFieldAndRefusesACycle() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView top = units.ensure(p + "TOP", "Bộ", "MINISTRY", null);
		UnitView child = units.ensure(p + "CHILD", "Cục Cũ", "CUC", top.id());
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/{id}/edit", child.id()).with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", child.code())
			.param("name", "Cục Mới")
			.param("type", "CUC")
			.param("parent", ""))
			.andExpect(redirectedUrl("/units/" + child.id()))
			.andExpect(flash().attribute("flashSuccess", "units.updated"));
		UnitView changed = units.byId(child.id()).orElseThrow();
		assertThat(changed.name()).isEqualTo("Cục Mới");
		assertThat(changed.parentId()).isNull();
		assertThat(changed.ranked()).as("an unticked box").isFalse();
		mvc.perform(get("/units/{id}", child.id()).with(user(accounts.principal(secretariat))))
			.andExpect(content().string(containsString("Cục Cũ")))
			.andExpect(content().string(containsString(p + "TOP")));

		units.ensure(p + "GRAND", "Vụ Cháu", "VU", child.id());
		mvc.perform(post("/units/{id}/edit", child.id()).with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("code", child.code())
			.param("name", "Cục Mới")
			.param("type", "CUC")
			.param("parent", p + "GRAND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể là cấp trên của chính nó")));
		assertThat(units.byId(child.id()).orElseThrow().parentId()).isNull();
	}

	@Test
	void theSecretariatDeactivatesAndReactivatesAUnit() throws Exception {
		UnitView unit = units.ensure(TestWorkbooks.prefix() + "U", "Sở Tạm", "DEPARTMENT", null);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/{id}/deactivate", unit.id()).with(user(accounts.principal(secretariat))).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "units.deactivated"));
		assertThat(units.byId(unit.id()).orElseThrow().active()).isFalse();
		assertThat(units.options()).noneMatch((option) -> option.id() == unit.id());
		mvc.perform(post("/units/{id}/activate", unit.id()).with(user(accounts.principal(secretariat))).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "units.activated"));
		assertThat(units.byId(unit.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void aUnitOfficerMayNeitherCreateNorEditNorDeactivate() throws Exception {
		UnitView own = units.ensure(TestWorkbooks.prefix() + "OWN", "Tỉnh Riêng", "PROVINCE", null);
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		mvc.perform(get("/units/new").with(user(accounts.principal(officer)))).andExpect(status().isForbidden());
		mvc.perform(get("/units/import").with(user(accounts.principal(officer)))).andExpect(status().isForbidden());
		mvc.perform(post("/units/{id}/edit", own.id()).with(user(accounts.principal(officer)))
			.with(csrf())
			.param("code", own.code())
			.param("name", "Đổi Tên")
			.param("type", "PROVINCE")).andExpect(status().isForbidden());
		mvc.perform(post("/units/{id}/deactivate", own.id()).with(user(accounts.principal(officer))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(units.byId(own.id())).contains(own);
	}

	@Test
	void aViewerReadsButDoesNotSeeTheEditingButtons() throws Exception {
		UnitView unit = units.ensure(TestWorkbooks.prefix() + "V", "Bộ Xem", "MINISTRY", null);
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get("/units/{id}", unit.id()).with(user(accounts.principal(viewer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bộ Xem")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"edit-unit\""))));
		mvc.perform(get("/units/{id}/edit", unit.id()).with(user(accounts.principal(viewer))))
			.andExpect(status().isForbidden());
	}

}
