package vn.parindex.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.engine.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FrameworkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FrameworkCatalog catalog;

	@Autowired
	JsonMapper json;

	@Test
	void theSecretariatImportsAWorkbookAndReadsTheTreeWithItsTotals() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		mvc.perform(get("/api/v1/frameworks/{id}", id).with(basic(accounts.create(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Bộ chỉ số API"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.totals.areas").value(2))
			.andExpect(jsonPath("$.totals.maxPoints").value(10.0))
			.andExpect(jsonPath("$.nodes[0].code").value("1"))
			.andExpect(jsonPath("$.nodes[0].maxPoints").value(4.0))
			.andExpect(jsonPath("$.nodes[0].leaf").value(false))
			.andExpect(jsonPath("$.nodes[0].children[0].children[0].rule").value("MANUAL"));
		mvc.perform(get("/api/v1/frameworks").with(basic(secretariat)))
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
	}

	@Test
	void anExportReimportsToAnIdenticalFramework() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		byte[] exported = mvc.perform(get("/api/v1/frameworks/{id}/export", id).with(basic(secretariat)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String body = mvc
			.perform(multipart("/api/v1/frameworks").file(new MockMultipartFile("file", "x.xlsx", null, exported))
				.with(basic(secretariat)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long copy = json.readTree(body).get("id").asLong();
		FrameworkView original = catalog.get(id);
		FrameworkView reimported = catalog.get(copy);
		assertThat(reimported.tree().ordered()).isEqualTo(original.tree().ordered());
		assertThat(reimported.info().settings().name()).isEqualTo(original.info().settings().name());
		assertThat(catalog.compare(id, copy, java.util.Map.of()).identical()).isTrue();
	}

	@Test
	void aBadWorkbookIsRefusedWithEveryErrorAndNothingIsSaved() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		int before = catalog.list().size();
		byte[] bad = FrameworkWorkbookTests.xlsx(new String[][] { { "code", "parent", "name", "max_points" },
				{ "1", "", "Lĩnh vực", "" }, { "1.1", "1", "Một", "-2" }, { "1.1", "1", "Trùng", "1" } });
		mvc.perform(upload(bad, "Sai").with(basic(secretariat)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].row", hasItem(3)))
			.andExpect(jsonPath("$.errors[*].column", hasItem("max_points")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Mã „1.1“ bị trùng.")));
		mvc.perform(upload("not a workbook".getBytes(), "Sai").with(basic(secretariat)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Tệp tải lên không phải là tệp Excel (.xlsx hoặc .xls)."));
		assertThat(catalog.list()).hasSize(before);
	}

	@Test
	void onlyTheSecretariatAndAdministratorsWrite() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(upload(smallWorkbook(), "Không được").with(basic(viewer)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aFrozenFrameworkRefusesEveryChange() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		mvc.perform(post("/api/v1/frameworks/{id}/freeze", id).with(basic(secretariat)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FROZEN"));
		mvc.perform(put("/api/v1/frameworks/{id}/nodes/1.2", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "1", "name": "Tên mới", "maxPoints": 1, "ruleParams": "step=0.25"}
					"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Bộ chỉ số đang ở trạng thái FROZEN: không được thay đổi nội dung này."));
		assertThat(catalog.get(id).tree().node("1.2").name()).isEqualTo("Tiêu chí 1.2");
	}

	@Test
	void anActiveFrameworkAcceptsNewWordingButNotNewPoints() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		catalog.activate(id, "test");
		mvc.perform(put("/api/v1/frameworks/{id}/nodes/1.2", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "1", "name": "Tên mới", "maxPoints": 1, "rule": "MANUAL",
					 "ruleParams": "step=0.25", "part": "Thẩm định", "evidenceRequired": true}
					""")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/frameworks/{id}/nodes/1.2", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "1", "name": "Tên mới", "maxPoints": 2, "rule": "MANUAL",
					 "ruleParams": "step=0.25", "part": "Thẩm định", "evidenceRequired": true}
					""")).andExpect(status().isConflict());
		assertThat(catalog.get(id).tree().node("1.2").name()).isEqualTo("Tên mới");
		assertThat(catalog.get(id).tree().node("1.2").maxPoints()).isEqualByComparingTo("1");
	}

	@Test
	void theSettingsOfADraftCanChangeAndAreChecked() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		mvc.perform(put("/api/v1/frameworks/{id}", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Tên mới\", \"year\": 2026, \"targetGroup\": \"province\", \"bonusCap\": 3,"
					+ " \"penaltyCap\": 1.5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Tên mới"))
			.andExpect(jsonPath("$.targetGroup").value("PROVINCE"))
			.andExpect(jsonPath("$.bonusCap").value(3));
		mvc.perform(put("/api/v1/frameworks/{id}", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"year\": 1990, \"targetGroup\": \"PROVINCE\", \"bonusCap\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
		assertThat(catalog.get(id).info().name()).isEqualTo("Tên mới");
	}

	@Test
	void theRoundingOfComputedPointsIsAFormFieldAndASetting() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = created(mvc.perform(
				upload(smallWorkbook(), "Bộ chỉ số làm tròn").param("roundComputed", "true").with(basic(secretariat))));
		mvc.perform(get("/api/v1/frameworks/{id}", id).with(basic(secretariat)))
			.andExpect(jsonPath("$.roundComputed").value(true));
		mvc.perform(get("/api/v1/frameworks").with(basic(secretariat)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].roundComputed", hasItem(true)));
		mvc.perform(put("/api/v1/frameworks/{id}", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Không làm tròn\", \"year\": 2025, \"targetGroup\": \"PROVINCE\","
					+ " \"roundComputed\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roundComputed").value(false));
		assertThat(catalog.history(id)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("SETTINGS_CHANGED");
			assertThat(event.newValue()).contains("roundComputed=false");
		});
		assertThat(catalog.get(id).info().settings().roundComputed()).isFalse();
	}

	@Test
	void withoutTheFormFieldTheWorkbooksRoundingApplies() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		ByteArrayOutputStream rounding = new ByteArrayOutputStream();
		FrameworkWorkbook.write(new FrameworkSettings("Làm tròn", 2025, "PROVINCE", null, null, true),
				new FrameworkTree(Trees.small()), rounding);
		long fromWorkbook = created(mvc.perform(upload(rounding.toByteArray(), "Theo tệp").with(basic(secretariat))));
		assertThat(catalog.get(fromWorkbook).info().settings().roundComputed()).isTrue();
		assertThat(catalog.get(importSmall(secretariat)).info().settings().roundComputed()).isFalse();
	}

	@Test
	void thePreviewRoundsComputedPointsOnlyWhenTheFrameworkDoes() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long exact = importSmall(secretariat);
		long rounding = created(mvc.perform(
				upload(smallWorkbook(), "Bộ chỉ số làm tròn").param("roundComputed", "true").with(basic(secretariat))));
		String mean = "{\"mean\": 4.01}";
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.2/preview", exact).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(mean)).andExpect(status().isOk()).andExpect(jsonPath("$.points").value(1.505));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.2/preview", rounding).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(mean)).andExpect(status().isOk()).andExpect(jsonPath("$.points").value(1.51));
	}

	@Test
	void aCopyToTheNextYearKeepsTheRoundingOfComputedPoints() {
		long id = catalog.create(new FrameworkSettings("Làm tròn", 2025, "PROVINCE", null, null, true), Trees.small(),
				"test");
		long copy = catalog.copyToYear(id, 2026, "Làm tròn 2026", "test");
		assertThat(catalog.get(copy).info().settings().roundComputed()).isTrue();
	}

	@Test
	void aCopyToTheNextYearIsADraftRememberingItsOrigin() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		catalog.freeze(id, "test");
		String body = mvc
			.perform(post("/api/v1/frameworks/{id}/copy", id).with(basic(secretariat))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2026, \"name\": \"Bộ chỉ số 2026\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		FrameworkView copy = catalog.get(json.readTree(body).get("id").asLong());
		assertThat(copy.info().status()).isEqualTo(FrameworkStatus.DRAFT);
		assertThat(copy.info().year()).isEqualTo(2026);
		assertThat(copy.info().copiedFromId()).isEqualTo(id);
		assertThat(copy.tree().ordered()).isEqualTo(catalog.get(id).tree().ordered());
	}

	@Test
	void editsThatBreakTheTreeAreRefusedWithTheirReasons() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = importSmall(secretariat);
		mvc.perform(post("/api/v1/frameworks/{id}/nodes", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "7", "name": "", "maxPoints": 0}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("parent")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		assertThat(catalog.get(id).tree().ordered()).hasSize(8);
	}

	@Test
	void aFormulaLeafIsPreviewedFromEachVariablesValueAndRefusedClearly() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		java.util.List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("2.3", "2", "10", Source.STATISTIC, RuleKind.FORMULA,
				"A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; C=766.SO_HOA_HS; formula=6*A + min(2, 2.5*B) + 2.5*C"));
		nodes.add(Trees.leaf("2.4", "2", "1", Source.STATISTIC, RuleKind.FORMULA, "A=X; B=Y; formula=A / B"));
		long id = catalog.create(new FrameworkSettings("Công thức", 2026, "PROVINCE", null, null), nodes, "test");
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.3/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": {\"A\": 0.959, \"B\": 0.6, \"C\": 0.9}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points").value(9.504));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.3/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": {\"A\": 0.959, \"B\": null}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Chưa nhập giá trị để tính điểm."));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.3/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"numerator\": 1, \"denominator\": 2}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.4/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": {\"A\": 1, \"B\": 0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Công thức „A / B“ chia cho 0 với số liệu này nên không tính được điểm."));
	}

	@Test
	void thePreviewShowsWhatARuleGivesAnInput() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		long id = importSmall(accounts.create(Role.SECRETARIAT));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.1/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"numerator\": 82978, \"denominator\": 86544}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points").value(2.0));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes/2.1/preview", id).with(basic(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"numerator\": 1, \"denominator\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void comparingVersionsNamesEveryKindOfChange() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long before = importSmall(secretariat);
		long after = catalog.copyToYear(before, 2026, "Năm sau", "test");
		catalog.putNode(after, "1.2", new FrameworkNode("1.2", "1", "Tên mới", null, new BigDecimal("2"), Source.SELF,
				RuleKind.YES_NO, null, "Thẩm định", null, true), "test");
		catalog.removeNode(after, "2.2", "test");
		catalog.putNode(after, "2.1", Trees.leaf("2.5", "2", "4", Source.STATISTIC, RuleKind.RATIO_TIERS,
				"indicator=HO_SO_TRUC_TUYEN; linear"), "test");
		catalog.putNode(after, null, Trees.leaf("2.6", "2", "1"), "test");
		mvc.perform(get("/api/v1/frameworks/compare").param("from", String.valueOf(before))
			.param("to", String.valueOf(after))
			.param("map", "2.1:2.5")
			.with(basic(secretariat)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[?(@.kind == 'RENAMED')].oldCode", hasItem("1.2")))
			.andExpect(jsonPath("$.changes[?(@.kind == 'REWEIGHTED')].oldCode", hasItem("1.2")))
			.andExpect(jsonPath("$.changes[?(@.kind == 'RERULED')].oldCode", hasItem("1.2")))
			.andExpect(jsonPath("$.changes[?(@.kind == 'RERULED')].newCode", hasItem("2.5")))
			.andExpect(jsonPath("$.changes[?(@.kind == 'REMOVED')].oldCode", hasItem("2.2")))
			.andExpect(jsonPath("$.changes[?(@.kind == 'ADDED')].newCode", hasItem("2.6")));
		JsonNode changes = json
			.readTree(mvc.perform(get("/api/v1/frameworks/compare").param("from", String.valueOf(before))
				.param("to", String.valueOf(before))
				.with(basic(secretariat))).andReturn().getResponse().getContentAsString())
			.get("changes");
		assertThat(changes.size()).isZero();
	}

	private long importSmall(UserView secretariat) throws Exception {
		return created(mvc.perform(upload(smallWorkbook(), "Bộ chỉ số API").with(basic(secretariat))));
	}

	private long created(org.springframework.test.web.servlet.ResultActions upload) throws Exception {
		String body = upload.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/frameworks/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	private static MockMultipartHttpServletRequestBuilder upload(byte[] content, String name) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/frameworks")
			.file(new MockMultipartFile("file", "bo-chi-so.xlsx", null, content));
		request.param("name", name).param("year", "2025").param("targetGroup", "PROVINCE");
		return request;
	}

	static byte[] smallWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FrameworkWorkbook.write(new FrameworkSettings("Bộ chỉ số nhỏ", 2025, "PROVINCE", null, null),
				new FrameworkTree(Trees.small()), out);
		return out.toByteArray();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
