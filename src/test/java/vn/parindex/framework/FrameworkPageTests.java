package vn.parindex.framework;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FrameworkPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FrameworkCatalog catalog;

	private static final String FORMULA = "A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; C=766.SO_HOA_HS; "
			+ "formula=6*A + min(2, 2.5*B) + 2.5*C";

	@Test
	void aWorkbookImportedThroughThePageShowsItsTotals() throws Exception {
		UserDetails secretariat = principal(Role.SECRETARIAT);
		String location = mvc
			.perform(multipart("/frameworks/import")
				.file(new MockMultipartFile("file", "bo.xlsx", null, FrameworkApiTests.smallWorkbook()))
				.param("name", "Bộ chỉ số trang")
				.param("year", "2025")
				.param("targetGroup", "PROVINCE")
				.with(user(secretariat))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/frameworks/*"))
			.andExpect(flash().attribute("flashSuccess", "framework.imported"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bộ chỉ số trang")))
			.andExpect(content().string(containsString("id=\"summary-areas\">2<")))
			.andExpect(content().string(containsString("id=\"summary-max\">10,00<")))
			.andExpect(content().string(containsString("Dự thảo")));
	}

	@Test
	void aBadWorkbookShowsEveryErrorWithItsRowOnThePage() throws Exception {
		int before = catalog.list().size();
		byte[] bad = FrameworkWorkbookTests.xlsx(new String[][] { { "Mã", "Mã cha", "Tên", "Điểm tối đa" },
				{ "1", "", "Lĩnh vực", "" }, { "1.1", "9", "Cha sai", "1" } });
		mvc.perform(multipart("/frameworks/import").file(new MockMultipartFile("file", "bo.xlsx", null, bad))
			.param("name", "Sai")
			.param("year", "2025")
			.param("targetGroup", "PROVINCE")
			.with(user(principal(Role.SECRETARIAT)))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(containsString("Không có mã cha „9“.")))
			.andExpect(content().string(containsString("<td>3</td>")));
		assertThat(catalog.list()).hasSize(before);
	}

	@Test
	void theEditorExplainsAnInvalidNodeNextToItsField() throws Exception {
		UserDetails secretariat = principal(Role.SECRETARIAT);
		long id = catalog.create(new FrameworkSettings("Sửa", 2025, "PROVINCE", null, null), Trees.small(), "test");
		mvc.perform(post("/frameworks/{id}/nodes/{code}", id, "1.2").with(user(secretariat))
			.with(csrf())
			.param("code", "1.2")
			.param("parentCode", "1")
			.param("name", "Tiêu chí")
			.param("maxPoints", "1")
			.param("source", "SELF")
			.param("rule", "LEVELS")
			.param("ruleParams", "Tốt=500%; Kém=0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("id=\"node-form\"")));
		assertThat(catalog.get(id).tree().node("1.2").rule()).isEqualTo(RuleKind.MANUAL);
		mvc.perform(post("/frameworks/{id}/nodes/new", id).with(user(secretariat))
			.with(csrf())
			.param("code", "1.3")
			.param("parentCode", "1")
			.param("name", "Tiêu chí mới")
			.param("maxPoints", "0,5")
			.param("source", "SELF")
			.param("rule", "YES_NO")
			.param("evidenceRequired", "true")).andExpect(redirectedUrlPattern("/frameworks/*"));
		assertThat(catalog.get(id).tree().maxPoints("1")).isEqualByComparingTo("4.5");
	}

	@Test
	void aFrozenFrameworkShowsNoEditorAndRefusesChanges() throws Exception {
		UserDetails secretariat = principal(Role.SECRETARIAT);
		long id = catalog.create(new FrameworkSettings("Đã khóa", 2025, "PROVINCE", null, null), Trees.small(), "t");
		catalog.freeze(id, "test");
		mvc.perform(get("/frameworks/{id}", id).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã khóa")))
			.andExpect(content().string(not(containsString("/nodes/1.2\""))))
			.andExpect(content().string(not(containsString("id=\"freeze\""))));
		mvc.perform(post("/frameworks/{id}/nodes/1.2/delete", id).with(user(secretariat))
			.with(csrf())
			.header(HttpHeaders.REFERER, "http://localhost/frameworks/" + id))
			.andExpect(redirectedUrl("/frameworks/" + id))
			.andExpect(flash().attribute("flashError", "framework.error.notEditable"));
		assertThat(catalog.get(id).tree().find("1.2")).isPresent();
	}

	@Test
	void viewersReadButCannotImportOrEdit() throws Exception {
		UserDetails viewer = principal(Role.VIEWER);
		long id = catalog.create(new FrameworkSettings("Xem", 2025, "PROVINCE", null, null), Trees.small(), "t");
		mvc.perform(get("/frameworks/{id}", id).with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-area\""))));
		mvc.perform(post("/frameworks/{id}/nodes/1.2/delete", id).with(user(viewer)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/frameworks/{id}/nodes/1.2", id).with(user(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void theEditorOffersTheFormulaAndAddsAStatisticLeafComputedByOne() throws Exception {
		UserDetails secretariat = principal(Role.SECRETARIAT);
		long id = catalog.create(new FrameworkSettings("Công thức", 2026, "PROVINCE", null, null), Trees.small(), "t");
		mvc.perform(get("/frameworks/{id}/nodes/new", id).param("parent", "2").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"FORMULA\">Công thức</option>")));
		mvc.perform(post("/frameworks/{id}/nodes/new", id).with(user(secretariat))
			.with(csrf())
			.param("code", "2.3")
			.param("parentCode", "2")
			.param("name", "Chỉ số 766")
			.param("maxPoints", "10")
			.param("source", "SELF")
			.param("rule", "FORMULA")
			.param("ruleParams", FORMULA))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Cách tính Công thức chỉ dùng cho tiêu chí có nguồn Số liệu thống kê.")));
		mvc.perform(post("/frameworks/{id}/nodes/new", id).with(user(secretariat))
			.with(csrf())
			.param("code", "2.3")
			.param("parentCode", "2")
			.param("name", "Chỉ số 766")
			.param("maxPoints", "10")
			.param("source", "STATISTIC")
			.param("rule", "FORMULA")
			.param("ruleParams", "A=766.HS_DUNG_HAN; formula=6*A + B"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Công thức dùng „B“ nhưng chưa khai báo biến này; các biến đã khai báo: A.")));
		mvc.perform(post("/frameworks/{id}/nodes/new", id).with(user(secretariat))
			.with(csrf())
			.param("code", "2.3")
			.param("parentCode", "2")
			.param("name", "Chỉ số 766")
			.param("maxPoints", "10")
			.param("source", "STATISTIC")
			.param("rule", "FORMULA")
			.param("ruleParams", FORMULA)).andExpect(redirectedUrlPattern("/frameworks/*"));
		assertThat(catalog.get(id).tree().node("2.3").indicators()).containsExactly(
				java.util.Map.entry("A", "766.HS_DUNG_HAN"), java.util.Map.entry("B", "766.HS_TRUC_TUYEN"),
				java.util.Map.entry("C", "766.SO_HOA_HS"));
		mvc.perform(get("/frameworks/{id}", id).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu thống kê</span> ·")))
			.andExpect(content().string(containsString("name=\"v_A\"")))
			.andExpect(content().string(containsString("<code>766.SO_HOA_HS</code>")));
	}

	@Test
	void theFormulaPreviewTakesEachVariableAndExplainsWhatItCannotCompute() throws Exception {
		UserDetails viewer = principal(Role.VIEWER);
		java.util.List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("2.3", "2", "10", vn.parindex.engine.Source.STATISTIC, RuleKind.FORMULA, FORMULA));
		nodes.add(Trees.leaf("2.4", "2", "1", vn.parindex.engine.Source.STATISTIC, RuleKind.FORMULA,
				"A=X; B=Y; formula=A / B"));
		long id = catalog.create(new FrameworkSettings("Xem trước", 2026, "PROVINCE", null, null), nodes, "t");
		mvc.perform(get("/frameworks/{id}/nodes/2.3/preview", id).param("v_A", "0,959")
			.param("v_B", "0.6")
			.param("v_C", "0,9")
			.with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Được 9,504 điểm")));
		mvc.perform(get("/frameworks/{id}/nodes/2.3/preview", id).param("v_A", "1")
			.param("v_B", "1")
			.param("v_C", "1")
			.with(user(viewer))).andExpect(content().string(containsString("Được 10,00 điểm")));
		mvc.perform(get("/frameworks/{id}/nodes/2.3/preview", id).param("v_A", "0.5")
			.param("v_B", "0.5")
			.with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy nhập đủ dữ liệu để tính điểm.")));
		mvc.perform(get("/frameworks/{id}/nodes/2.3/preview", id).param("v_A", "abc")
			.param("v_B", "1")
			.param("v_C", "1")
			.with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("„abc“ không phải là số.")));
		mvc.perform(
				get("/frameworks/{id}/nodes/2.4/preview", id).param("v_A", "1").param("v_B", "0").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Công thức „A / B“ chia cho 0 với số liệu này nên không tính được điểm.")));
	}

	@Test
	void thePreviewFragmentShowsThePoints() throws Exception {
		long id = catalog.create(new FrameworkSettings("Thử", 2025, "PROVINCE", null, null), Trees.small(), "t");
		mvc.perform(get("/frameworks/{id}/nodes/2.2/preview", id).param("mean", "4").with(user(principal(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Được 1,50 điểm")));
		mvc.perform(get("/frameworks/{id}/nodes/2.1/preview", id).param("numerator", "5")
			.with(user(principal(Role.VIEWER))))
			.andExpect(content().string(containsString("Hãy nhập đủ dữ liệu để tính điểm.")));
	}

	@Test
	void theRoundingOfComputedPointsIsATickBoxOnImportAndInTheSettings() throws Exception {
		UserDetails secretariat = principal(Role.SECRETARIAT);
		mvc.perform(get("/frameworks").with(user(secretariat)))
			.andExpect(
					content().string(matchesPattern("(?s).*<input[^>]*type=\"checkbox\"[^>]*id=\"roundComputed\".*")))
			.andExpect(content().string(containsString("<label class=\"form-check-label\" for=\"roundComputed\">"
					+ "Làm tròn điểm tính toán đến 2 chữ số thập phân</label>")));
		String location = mvc
			.perform(multipart("/frameworks/import")
				.file(new MockMultipartFile("file", "bo.xlsx", null, FrameworkApiTests.smallWorkbook()))
				.param("name", "Bộ chỉ số làm tròn")
				.param("year", "2025")
				.param("targetGroup", "PROVINCE")
				.param("roundComputed", "true")
				.param("_roundComputed", "on")
				.with(user(secretariat))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/frameworks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(catalog.get(id).info().settings().roundComputed()).isTrue();
		mvc.perform(get(location).with(user(secretariat)))
			.andExpect(content().string(matchesPattern("(?s).*<input[^>]*id=\"settings-round\"[^>]*checked.*")))
			.andExpect(content().string(containsString("làm tròn 2 chữ số thập phân")));
		mvc.perform(post("/frameworks/{id}/settings", id).with(user(secretariat))
			.with(csrf())
			.param("name", "Bộ chỉ số làm tròn")
			.param("year", "2025")
			.param("targetGroup", "PROVINCE")
			.param("_roundComputed", "on")).andExpect(flash().attribute("flashSuccess", "framework.settings.saved"));
		assertThat(catalog.get(id).info().settings().roundComputed()).as("unticked").isFalse();
		mvc.perform(get(location).with(user(secretariat)))
			.andExpect(content().string(not(matchesPattern("(?s).*<input[^>]*id=\"settings-round\"[^>]*checked.*"))))
			.andExpect(content().string(containsString("giữ 4 chữ số thập phân")));
	}

	@Test
	void thePreviewFragmentShowsComputedPointsAsTheFrameworkKeepsThem() throws Exception {
		long exact = catalog.create(new FrameworkSettings("Chính xác", 2025, "PROVINCE", null, null), Trees.small(),
				"t");
		long rounding = catalog.create(new FrameworkSettings("Làm tròn", 2025, "PROVINCE", null, null, true),
				Trees.small(), "t");
		UserDetails viewer = principal(Role.VIEWER);
		mvc.perform(get("/frameworks/{id}/nodes/2.2/preview", exact).param("mean", "4.01").with(user(viewer)))
			.andExpect(content().string(containsString("Được 1,505 điểm")));
		mvc.perform(get("/frameworks/{id}/nodes/2.2/preview", rounding).param("mean", "4.01").with(user(viewer)))
			.andExpect(content().string(containsString("Được 1,51 điểm")));
	}

	@Test
	void theComparisonPageListsChanges() throws Exception {
		long before = catalog.create(new FrameworkSettings("Trước", 2024, "PROVINCE", null, null), Trees.small(), "t");
		long after = catalog.copyToYear(before, 2025, "Sau", "t");
		catalog.removeNode(after, "2.2", "t");
		mvc.perform(get("/frameworks/compare").param("from", String.valueOf(before))
			.param("to", String.valueOf(after))
			.with(user(principal(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bỏ")))
			.andExpect(content().string(containsString("Tiêu chí 2.2")));
	}

	private UserDetails principal(Role role) {
		UserView user = accounts.create(role);
		return accounts.principal(user);
	}

}
