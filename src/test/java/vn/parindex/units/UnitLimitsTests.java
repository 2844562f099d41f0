package vn.parindex.units;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How deep a hierarchy may grow, and what a deep or hostile input gets: a refusal with a
 * message, never a broken page.
 */
@IntegrationTest
class UnitLimitsTests {

	private static final String[] HEADERS = { "Loại", "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWorkbookDeeperThanTheLimitIsRefusedAtTheRowThatGoesTooDeep() throws Exception {
		String p = TestWorkbooks.prefix();
		Object[][] rows = new Object[22][];
		rows[0] = HEADERS;
		for (int level = 1; level <= 21; level++) {
			rows[level] = new Object[] { "OTHER", p + level, "Cấp " + level, (level > 1) ? p + (level - 1) : null };
		}
		mvc.perform(multipart("/api/v1/units/import")
			.file(new MockMultipartFile("file", "units.xlsx", null, TestWorkbooks.xlsx("Units", rows)))
			.with(as(Role.SECRETARIAT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(22))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("20")));
		assertThat(units.byCode(p + "1")).isEmpty();
	}

	@Test
	void theApiRefusesAUnitOrAMoveThatMakesTheTreeTooDeep() throws Exception {
		String p = TestWorkbooks.prefix();
		Long parent = null;
		for (int level = 1; level <= 20; level++) {
			parent = units.ensure(p + level, "Cấp " + level, "OTHER", parent).id();
		}
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s21", "name": "Cấp 21", "type": "OTHER", "parent": "%s20"}
				""".formatted(p, p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("20")));
		mvc.perform(post("/units/new").with(page(Role.SECRETARIAT))
			.with(csrf())
			.param("code", p + "F21")
			.param("name", "Cấp 21")
			.param("type", "OTHER")
			.param("parent", p + "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20")))
			.andExpect(content().string(containsString("sâu hơn giới hạn")));
		assertThat(units.byCode(p + "F21")).isEmpty();
		units.ensure(p + "TOP", "Gốc", "OTHER", null);
		units.ensure(p + "CHILD", "Con", "OTHER", units.byCode(p + "TOP").orElseThrow().id());
		mvc.perform(put("/api/v1/units/{code}", p + "TOP").with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Gốc", "type": "OTHER", "parent": "%s19"}
					""".formatted(p))).andExpect(status().isBadRequest());
		assertThat(units.byCode(p + "TOP").orElseThrow().parentId()).isNull();
	}

	@Test
	void theHierarchyPageAndTheExportStillWorkOverADeepTreeStoredBeforeTheLimit() throws Exception {
		String p = TestWorkbooks.prefix();
		Long parent = null;
		for (int level = 1; level <= 1_500; level++) {
			parent = jdbc.sql("""
					insert into units_unit (code, name, type, parent_id, ranked, active, version)
					values (:code, :name, 'OTHER', :parent, true, false, 0) returning id""")
				.param("code", p + level)
				.param("name", "Sâu " + level)
				.param("parent", parent)
				.query(Long.class)
				.single();
		}
		mvc.perform(get("/units").param("q", p).param("inactive", "true").with(page(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sâu 1500")));
		mvc.perform(get("/api/v1/units/export").with(as(Role.ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/units").param("q", p).with(as(Role.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void twoParallelCreationsOfOneCodeMakeOneUnitAndOneConflict() throws Exception {
		String p = TestWorkbooks.prefix();
		RequestPostProcessor secretariat = as(Role.SECRETARIAT);
		for (int round = 0; round < 5; round++) {
			String code = p + "R" + round;
			Callable<Integer> create = () -> mvc
				.perform(post("/api/v1/units").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
						{"code": "%s", "name": "Tỉnh Song Song", "type": "PROVINCE"}
						""".formatted(code)))
				.andReturn()
				.getResponse()
				.getStatus();
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					answers.add(pool.submit(create));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(statuses).containsOnlyOnce(201).doesNotContain(500);
				assertThat(statuses).filteredOn((status) -> status != 201).containsOnly(409);
			}
			finally {
				pool.shutdown();
			}
			assertThat(jdbc.sql("select count(*) from units_unit where code = :code")
				.param("code", code)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void aNulCharacterOrAnOverlongNameIsABadRequestWithAMessage() throws Exception {
		String p = TestWorkbooks.prefix();
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sNUL", "name": "Tỉnh\\u0000Nul", "type": "PROVINCE"}
				""".formatted(p))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(post("/api/v1/units").with(as(Role.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%sLONG", "name": "%s", "type": "PROVINCE"}
				""".formatted(p, "x".repeat(100_000)))).andExpect(status().isBadRequest());
		mvc.perform(post("/units/new").with(page(Role.SECRETARIAT))
			.with(csrf())
			.param("code", p + "FORM")
			.param("name", "Tỉnh\u0000Form")
			.param("type", "PROVINCE"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isLessThan(500));
		assertThat(units.byCode(p + "NUL")).isEmpty();
		assertThat(units.byCode(p + "FORM")).isEmpty();
	}

	private RequestPostProcessor page(Role role) {
		return user(accounts.principal(accounts.create(role)));
	}

	private RequestPostProcessor as(Role role) {
		return httpBasic(accounts.create(role).username(), TestAccounts.PASSWORD);
	}

}
