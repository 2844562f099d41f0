package vn.parindex.survey;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The instruments' pages: the list with its import and templates, the edit page with its
 * settings, groups and questions, read-only for the council and once frozen, and a save
 * on top of someone else's refused with a clear message.
 */
@IntegrationTest
class InstrumentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	InstrumentStore instruments;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListShowsInstrumentsWithTheirStateAndOffersTheImportAndTheTemplatesToTheSecretariat() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		mvc.perform(get("/surveys/instruments").with(as(Role.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-instrument=\"" + scene.instrument() + "\""),
					containsString("Đã khóa"), containsString("id=\"import-form\""),
					containsString("id=\"template-SIPAS\""), containsString("id=\"template-LEADERS\""))));
		mvc.perform(get("/surveys/instruments").with(as(Role.COUNCIL_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-instrument=\"" + scene.instrument() + "\""),
					not(containsString("id=\"import-form\"")))));
		mvc.perform(get("/surveys/instruments").with(user(accounts.principal(scene.officer()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/instruments/" + scene.instrument()).with(user(accounts.principal(scene.officer()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWorkbookImportedOnThePageOpensTheNewInstrumentAndABadOneListsItsErrors() throws Exception {
		String location = mvc
			.perform(multipart("/surveys/instruments/import").file(InstrumentWorkbooks.file(InstrumentWorkbooks.good()))
				.param("name", "Bộ câu hỏi nhập trên trang")
				.param("year", "2025")
				.with(as(Role.SECRETARIAT))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/surveys/instruments/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(instruments.get(id).questions()).hasSize(5);

		String name = "Bộ câu hỏi hỏng " + System.nanoTime();
		byte[] bad = InstrumentWorkbooks.xlsx(
				InstrumentWorkbooks
					.groups(new Object[][] { InstrumentWorkbooks.GROUP_HEADERS_VI, { "LD", "Lãnh đạo", "hai" } }),
				InstrumentWorkbooks.questions(new Object[][] { InstrumentWorkbooks.QUESTION_HEADERS_VI,
						{ "Q1", "XX", "Câu hỏi", "SCALE", "scale=5", null, null, null, null, null } }));
		mvc.perform(multipart("/surveys/instruments/import").file(InstrumentWorkbooks.file(bad))
			.param("name", name)
			.param("year", "2025")
			.with(as(Role.SECRETARIAT))
			.with(csrf()))
			.andExpect(content()
				.string(allOf(containsString("id=\"workbook-errors\""), containsString("„hai“ không phải là số."),
						containsString("Nhóm „XX“ không có trong trang tính nhóm đối tượng."),
						containsString("id=\"instruments-table\""))));
		assertThat(jdbc.queryForObject("select count(*) from survey_instrument where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void aTemplateMakesAnInstrumentToAdapt() throws Exception {
		String location = mvc
			.perform(post("/surveys/instruments/templates").param("template", "LEADERS")
				.param("year", "2026")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(Role.APPRAISER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mẫu khảo sát lãnh đạo, quản lý (cần điều chỉnh)"),
					containsString("[Ban Thư ký thay đoạn này bằng số liệu"), containsString("Bạn chỉ có quyền xem"),
					not(containsString("id=\"add-question\"")))));
		mvc.perform(get(location + "/export").with(as(Role.COUNCIL_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void questionsAreAddedChangedMovedAndRemovedOnThePageAndEachChangeIsInTheHistory() throws Exception {
		long id = importGood();
		RequestPostProcessor secretariat = as(Role.SECRETARIAT);
		mvc.perform(get("/surveys/instruments/" + id).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"add-question\""),
					containsString("id=\"question-Q5\""), containsString("Nhập bộ câu hỏi từ tệp Excel"),
					containsString("href=\"/surveys/instruments/" + id + "/preview\""))));
		mvc.perform(get("/surveys/instruments/" + id + "/questions/new").with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"question-form\"")));

		mvc.perform(post("/surveys/instruments/" + id + "/questions/new").with(secretariat)
			.with(csrf())
			.param("version", "0")
			.param("code", "Q6")
			.param("type", "CHOICE")
			.param("text", "Mức độ công khai ngân sách")
			.param("options", "A. Rất tốt=100%; B. Tốt")
			.param("groups", "LD")
			.param("satisfied", "A,E"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phương án &quot;B. Tốt&quot; chưa ghi tỷ lệ điểm"),
					containsString("is-invalid"))));
		assertThat(instruments.get(id).question("Q6")).isEmpty();

		mvc.perform(post("/surveys/instruments/" + id + "/questions/new").with(secretariat)
			.with(csrf())
			.param("version", "0")
			.param("code", "Q6")
			.param("type", "CHOICE")
			.param("text", "Mức độ công khai ngân sách")
			.param("options", "A. Rất tốt=100%; B. Tốt=50%; C. Kém=0%")
			.param("groups", "LD")
			.param("cannotJudge", "true")
			.param("leaf", "2.1")
			.param("satisfied", "A")
			.param("context", "Tỉnh công khai 4 báo cáo ngân sách năm 2025.")).andExpect(status().is3xxRedirection());
		Question added = instruments.get(id).question("Q6").orElseThrow();
		assertThat(added.groups()).containsExactly("LD");
		assertThat(added.cannotJudge()).isTrue();
		assertThat(added.context()).isEqualTo("Tỉnh công khai 4 báo cáo ngân sách năm 2025.");

		mvc.perform(post("/surveys/instruments/" + id + "/questions/Q6/move").with(secretariat)
			.with(csrf())
			.param("version", "1")
			.param("direction", "-1")).andExpect(status().is3xxRedirection());
		assertThat(instruments.get(id).questions()).extracting(Question::code)
			.containsExactly("Q1", "Q2", "Q3", "Q4", "Q6", "Q5");
		mvc.perform(post("/surveys/instruments/" + id + "/questions/Q2").with(secretariat)
			.with(csrf())
			.param("version", "2")
			.param("code", "Q2")
			.param("type", "SCALE")
			.param("text", "Công khai thủ tục hành chính")
			.param("options", "scale=7")
			.param("satisfied", "6,7")).andExpect(status().is3xxRedirection());
		assertThat(instruments.get(id).question("Q2").orElseThrow().scale()).isEqualTo(7);
		mvc.perform(post("/surveys/instruments/" + id + "/questions/Q4/delete").with(secretariat)
			.with(csrf())
			.param("version", "3")).andExpect(status().is3xxRedirection());
		assertThat(instruments.get(id).questions()).extracting(Question::code)
			.containsExactly("Q1", "Q2", "Q3", "Q6", "Q5");
		assertThat(jdbc.queryForList(
				"select item from survey_event where subject_id = ? and action = 'INSTRUMENT_CHANGED' order by id",
				String.class, id))
			.containsExactly("Q6", "order", "Q2", "Q4");
	}

	@Test
	void settingsAndGroupsAreSavedAndAGroupStillAskedCannotBeRemoved() throws Exception {
		long id = importGood();
		RequestPostProcessor secretariat = as(Role.SECRETARIAT);
		mvc.perform(post("/surveys/instruments/" + id + "/settings").with(secretariat)
			.with(csrf())
			.param("version", "0")
			.param("name", "Bộ câu hỏi đổi tên")
			.param("year", "2026")
			.param("layout", "ONE_PER_SCREEN")
			.param("satisfaction", "MEAN")).andExpect(status().is3xxRedirection());
		Instrument changed = instruments.get(id);
		assertThat(changed.name()).isEqualTo("Bộ câu hỏi đổi tên");
		assertThat(changed.layout()).isEqualTo(Layout.ONE_PER_SCREEN);
		assertThat(changed.satisfaction()).isEqualTo(Satisfaction.MEAN);

		mvc.perform(post("/surveys/instruments/" + id + "/groups").with(secretariat)
			.with(csrf())
			.param("version", "1")
			.param("rows[0].code", "LD")
			.param("rows[0].name", "Lãnh đạo sở")
			.param("rows[0].weight", "3")
			.param("rows[1].code", "DN")
			.param("rows[1].name", "Doanh nghiệp")
			.param("rows[1].remove", "true")
			.param("rows[2].code", "")
			.param("rows[3].code", "CD")
			.param("rows[3].name", "Công dân")
			.param("rows[3].weight", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhóm „DN“ không có trong trang tính nhóm đối tượng."),
					containsString("Trọng số „0“ phải lớn hơn 0."))));
		assertThat(instruments.get(id).groups()).hasSize(2);

		mvc.perform(post("/surveys/instruments/" + id + "/groups").with(secretariat)
			.with(csrf())
			.param("version", "1")
			.param("rows[0].code", "LD")
			.param("rows[0].name", "Lãnh đạo sở")
			.param("rows[0].weight", "3")
			.param("rows[1].code", "DN")
			.param("rows[1].name", "Doanh nghiệp")
			.param("rows[2].code", "CD")
			.param("rows[2].name", "Công dân")
			.param("rows[2].weight", "0,5")).andExpect(status().is3xxRedirection());
		assertThat(instruments.get(id).groups()).extracting(RespondentGroup::code).containsExactly("LD", "DN", "CD");
		assertThat(instruments.get(id).group("CD").orElseThrow().weight()).isEqualByComparingTo("0.5");
	}

	@Test
	void aSaveOnTopOfSomeoneElsesIsRefusedWithAClearMessage() throws Exception {
		long id = importGood();
		mvc.perform(post("/surveys/instruments/" + id + "/settings").with(as(Role.SECRETARIAT))
			.with(csrf())
			.param("version", "0")
			.param("name", "Tên do người thứ nhất lưu")
			.param("year", "2025")
			.param("layout", "ONE_PAGE")
			.param("satisfaction", "SHARE")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/surveys/instruments/" + id + "/settings").with(as(Role.ADMIN))
			.with(csrf())
			.param("version", "0")
			.param("name", "Tên do người thứ hai lưu")
			.param("year", "2025")
			.param("layout", "ONE_PAGE")
			.param("satisfaction", "SHARE"))
			.andExpect(content().string(allOf(containsString("Bộ câu hỏi vừa được người khác lưu thay đổi"),
					containsString("do người thứ hai lưu"))));
		assertThat(instruments.get(id).name()).isEqualTo("Tên do người thứ nhất lưu");
	}

	@Test
	void twoPagesSavingTheSameVersionAtOnceOneWinsAndTheOtherIsToldWhy() throws Exception {
		long id = importGood();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<String>> saves = new java.util.ArrayList<>();
			for (String code : List.of("Q7", "Q8")) {
				RequestPostProcessor secretariat = as(Role.SECRETARIAT);
				saves.add(pool.submit(() -> {
					start.await();
					var response = mvc
						.perform(post("/surveys/instruments/" + id + "/questions/new").with(secretariat)
							.with(csrf())
							.param("version", "0")
							.param("code", code)
							.param("type", "TEXT")
							.param("text", "Câu hỏi thêm " + code))
						.andReturn()
						.getResponse();
					return response.getStatus() + " " + response.getContentAsString();
				}));
			}
			start.countDown();
			List<String> answers = List.of(saves.get(0).get(), saves.get(1).get());
			assertThat(answers).filteredOn((answer) -> answer.startsWith("302")).hasSize(1);
			assertThat(answers).filteredOn((answer) -> answer.contains("Bộ câu hỏi vừa được người khác lưu"))
				.hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(instruments.get(id).questions()).hasSize(6);
	}

	@Test
	void aFrozenInstrumentIsShownReadOnlyAndRefusesChanges() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		RequestPostProcessor secretariat = user(accounts.principal(scene.secretariat()));
		mvc.perform(get("/surveys/instruments/" + scene.instrument()).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"frozen-notice\""), not(containsString("id=\"add-question\"")),
						not(containsString("id=\"settings-submit\"")), containsString("id=\"copy\""))));
		mvc.perform(post("/surveys/instruments/" + scene.instrument() + "/questions/Q1/delete").with(secretariat)
			.with(csrf())
			.param("version", "0")
			.header("Referer", "http://localhost/surveys/instruments/" + scene.instrument()))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getFlashMap().get("flashError"))
				.isEqualTo("survey.instruments.frozen"));
		assertThat(instruments.get(scene.instrument()).question("Q1")).isPresent();
		mvc.perform(post("/surveys/instruments/" + scene.instrument() + "/settings").with(secretariat)
			.with(csrf())
			.param("version", "0")
			.param("name", "Đổi tên")
			.param("year", "2025")
			.param("layout", "ONE_PAGE")
			.param("satisfaction", "SHARE"))
			.andExpect(content().string(containsString("Bộ câu hỏi đã được dùng cho một đợt khảo sát đã mở")));
	}

	private long importGood() throws Exception {
		String location = mvc
			.perform(multipart("/surveys/instruments/import").file(InstrumentWorkbooks.file(InstrumentWorkbooks.good()))
				.param("name", "Bộ câu hỏi trang sửa " + System.nanoTime())
				.param("year", "2025")
				.with(as(Role.SECRETARIAT))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private RequestPostProcessor as(Role role) {
		return user(accounts.principal(accounts.create(role)));
	}

}
