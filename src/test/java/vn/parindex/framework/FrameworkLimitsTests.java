package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How deep and large a framework may be, and what a deep, long or huge input gets: a
 * refusal with a message, never an error 500.
 */
@IntegrationTest
class FrameworkLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FrameworkCatalog catalog;

	@Autowired
	JsonMapper json;

	@Test
	void aWorkbookDeeperThanTheLimitIsRefusedAtTheFirstNodeTooDeep() throws Exception {
		mvc.perform(upload(chain(13)).with(as(Role.SECRETARIAT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(14))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("12")));
		mvc.perform(upload(chain(1_000)).with(as(Role.SECRETARIAT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1));
		mvc.perform(upload(chain(12)).with(as(Role.SECRETARIAT))).andExpect(status().isCreated());
	}

	@Test
	void theApiRefusesANodeBelowTheDeepestLevel() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = created(mvc.perform(upload(chain(12)).with(basic(secretariat))));
		mvc.perform(post("/api/v1/frameworks/{id}/nodes", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "L13", "parent": "L12", "name": "Quá sâu", "maxPoints": 1}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("12")));
		assertThat(catalog.get(id).tree().ordered()).hasSize(12);
	}

	@Test
	void aHugeNumberIsRefusedInAFewWordsBeforeItIsComputedOrPrinted() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = created(mvc.perform(upload(FrameworkApiTests.smallWorkbook()).with(basic(secretariat))));
		for (String body : List.of("{\"mean\": 1e99999999}", "{\"mean\": \"1e99999999\"}", "{\"mean\": 1e-99999999}",
				"{\"mean\": 1e308}")) {
			MvcResult result = mvc
				.perform(post("/api/v1/frameworks/{id}/nodes/2.2/preview", id).with(basic(secretariat))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(2_000);
		}
		mvc.perform(put("/api/v1/frameworks/{id}", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Trần", "year": 2025, "targetGroup": "PROVINCE", "bonusCap": 1e308, "penaltyCap": 1}
					""")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/frameworks/{id}", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Trần", "year": 2025, "targetGroup": "PROVINCE", "bonusCap": 99999999, "penaltyCap": 1}
					""")).andExpect(status().isBadRequest());
		MvcResult page = mvc
			.perform(get("/frameworks/{id}/nodes/2.2/preview", id).with(user(accounts.principal(secretariat)))
				.header("HX-Request", "true")
				.param("mean", "1e99999999"))
			.andReturn();
		assertThat(page.getResponse().getStatus()).isLessThan(500);
		assertThat(page.getResponse().getContentAsByteArray()).hasSizeLessThan(200_000);
	}

	@Test
	void longTextsAndNulCharactersAreRefusedWithTheirField() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		long id = created(mvc.perform(upload(FrameworkApiTests.smallWorkbook()).with(basic(secretariat))));
		mvc.perform(put("/api/v1/frameworks/{id}/nodes/1.2", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "1", "name": "Tên\\u0000", "maxPoints": 1}
					""")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/frameworks/{id}/nodes/1.2", id).with(basic(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "1.2", "parent": "1", "name": "Tên", "guidance": "%s", "maxPoints": 1}
					""".formatted("x".repeat(20_000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("10")));
		mvc.perform(upload(FrameworkApiTests.smallWorkbook()).param("name", "Bộ\u0000").with(basic(secretariat)))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/v1/frameworks")
			.file(new MockMultipartFile("file", "bo\u0000.xlsx", null, FrameworkApiTests.smallWorkbook()))
			.param("name", "Bộ")
			.param("year", "2025")
			.param("targetGroup", "PROVINCE")
			.with(basic(secretariat))).andExpect(status().isBadRequest());
	}

	@Test
	void aWorkbookNamesEveryIndependentErrorAtOnceIncludingSumsOfUntouchedAreas() throws Exception {
		byte[] workbook = FrameworkWorkbookTests
			.xlsx(new String[][] { { "code", "parent", "name", "max_points" }, { "1", "", "Lĩnh vực có lỗi", "" },
					{ "1.1", "1", "", "2" }, { "2", "", "Lĩnh vực cộng sai", "5" }, { "2.1", "2", "Một", "2" },
					{ "2.2", "2", "Hai", "2" }, { "3", "", "Lĩnh vực đúng", "1" }, { "3.1", "3", "Ba", "1" } });
		assertThatThrownBy(() -> FrameworkWorkbook.read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(ex) -> assertThat(ex.errors())
					.extracting((error) -> error.location().get("row"), (error) -> error.location().get("column"),
							Refusal.FieldError::messageKey)
					.containsExactlyInAnyOrder(tuple(3, "name", "framework.error.nameRequired"),
							tuple(4, "max_points", "framework.error.parentSum")));
	}

	/** A framework workbook of one chain of nodes, each under the one before. */
	private static byte[] chain(int levels) throws Exception {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "code", "parent", "name", "max_points" });
		for (int level = 1; level <= levels; level++) {
			rows.add(new String[] { "L" + level, (level > 1) ? "L" + (level - 1) : "", "Cấp " + level,
					(level == levels) ? "1" : "" });
		}
		return FrameworkWorkbookTests.xlsx(rows.toArray(String[][]::new));
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			byte[] content) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/api/v1/frameworks")
			.file(new MockMultipartFile("file", "bo.xlsx", null, content))
			.param("name", "Bộ giới hạn")
			.param("year", "2025")
			.param("targetGroup", "PROVINCE");
	}

	private long created(org.springframework.test.web.servlet.ResultActions upload) throws Exception {
		String body = upload.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	private RequestPostProcessor as(Role role) {
		return basic(accounts.create(role));
	}

	private static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
