package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The instruments API: a workbook imported whole or refused with every error and nothing
 * stored, exported so that it imports back the same, replaced as JSON with optimistic
 * locking, refused once frozen, copied and made from templates.
 */
@IntegrationTest
class InstrumentApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String API = "/api/v1/surveys/instruments";

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

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

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aGoodWorkbookIsStoredWithItsGroupsAndQuestions() throws Exception {
		long id = importGood("Bộ câu hỏi lãnh đạo 2025");

		Instrument stored = instruments.get(id);
		Instrument expected = SurveyFixture.instrument("x");
		assertThat(stored.name()).isEqualTo("Bộ câu hỏi lãnh đạo 2025");
		assertThat(stored.year()).isEqualTo(2025);
		assertThat(stored.groups()).isEqualTo(expected.groups());
		assertThat(stored.questions().subList(0, 2)).isEqualTo(expected.questions().subList(0, 2));
		assertThat(stored.questions().get(3)).isEqualTo(expected.questions().get(3));
		assertThat(stored.question("Q5").orElseThrow().groups()).containsExactly("DN");
		assertThat(stored.question("Q3").orElseThrow().groups()).containsExactlyInAnyOrder("LD", "DN");

		mvc.perform(get(API + "/" + id).with(as(Role.APPRAISER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Bộ câu hỏi lãnh đạo 2025"))
			.andExpect(jsonPath("$.frozen").value(false))
			.andExpect(jsonPath("$.groups[0].code").value("LD"))
			.andExpect(jsonPath("$.groups[0].weight").value(2))
			.andExpect(jsonPath("$.questions[0].scale").value(5))
			.andExpect(jsonPath("$.questions[1].choices[1].label").value("Tốt"))
			.andExpect(jsonPath("$.questions[1].choices[1].percent").value(60))
			.andExpect(jsonPath("$.questions[1].satisfied[0]").value("A"))
			.andExpect(jsonPath("$.questions[0].context").value("Năm 2025 tỉnh ban hành 12 văn bản chỉ đạo."));
		mvc.perform(get(API).with(as(Role.COUNCIL_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].questions").value(5))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].frozen").value(false));
		assertThat(actions(id)).containsExactly("INSTRUMENT_IMPORTED");
	}

	@Test
	void everyBadCellIsListedBySheetRowAndColumnAndNothingIsStored() throws Exception {
		String name = "Bộ câu hỏi lỗi " + System.nanoTime();
		byte[] workbook = InstrumentWorkbooks.xlsx(
				InstrumentWorkbooks
					.groups(new Object[][] { InstrumentWorkbooks.GROUP_HEADERS_VI, { "LD", "Lãnh đạo", 0 },
							{ "ld", "Trùng mã", 1 }, { "DN", null, "nhiều" }, { "CD", "Công dân", -1 } }),
				InstrumentWorkbooks.questions(new Object[][] { InstrumentWorkbooks.QUESTION_HEADERS_EN,
						{ "Q1", "LD,ZZ", "Câu một", "SCALE", "scale=5", null, null, null, null, null },
						{ "q1", null, "Trùng mã", "TEXT", null, null, null, null, null, null },
						{ "Q3", null, null, "CHOICE", "A. Tốt; B. Kém", null, null, null, null, null },
						{ "Q4", null, "Thang", "SCALE", "scale=5", null, null, null, "6", null },
						{ "Q5", null, "Lựa chọn", "CHOICE", "A. Tốt=100%; B. Kém=0%", null, null, null, "A,C", null },
						{ "Q6", null, "Có ký tự _x0000_ rỗng", "TEXT", null, null, null, null, null, null },
						{ "Q7", null, "x".repeat(10_001), "TEXT", null, null, null, null, null, null },
						{ "Q8", null, "Loại lạ", "RATING", null, null, null, null, null, null },
						{ "Q9", null, "Thang một mức", "SCALE", "scale=1", null, null, null, null, null } }));

		importAs(Role.SECRETARIAT, workbook, name, "2025").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Tệp Excel có 15 lỗi; chưa có dữ liệu nào được nhập."))
			.andExpect(jsonPath("$.errors.length()").value(15))
			.andExpect(error(0, "Groups", 2, "weight", "Trọng số „0“ phải lớn hơn 0."))
			.andExpect(error(1, "Groups", 3, "code", "Mã nhóm „ld“ bị lặp."))
			.andExpect(error(2, "Groups", 4, "name", "Không được để trống."))
			.andExpect(error(3, "Groups", 4, "weight", "„nhiều“ không phải là số."))
			.andExpect(error(4, "Groups", 5, "weight", "Trọng số „-1“ phải lớn hơn 0."))
			.andExpect(error(5, "Questions", 2, "groups", "Nhóm „ZZ“ không có trong trang tính nhóm đối tượng."))
			.andExpect(error(6, "Questions", 3, "code", "Mã câu hỏi „q1“ bị lặp."))
			.andExpect(error(7, "Questions", 4, "text", "Không được để trống."))
			.andExpect(error(8, "Questions", 4, "options", "Phương án \"A. Tốt\" chưa ghi tỷ lệ điểm (ví dụ =60%)."))
			.andExpect(error(9, "Questions", 5, "satisfied",
					"„6“ ở cột Hài lòng không phải là một mức từ 1 đến 5 của thang điểm."))
			.andExpect(
					error(10, "Questions", 6, "satisfied", "„C“ ở cột Hài lòng không phải là phương án của câu hỏi."))
			.andExpect(jsonPath("$.errors[11].column").value("text"))
			.andExpect(jsonPath("$.errors[11].message").value(org.hamcrest.Matchers.containsString("NUL")))
			.andExpect(error(12, "Questions", 8, "text", "Văn bản dài quá 10.000 ký tự (có 10.001 ký tự)."))
			.andExpect(error(13, "Questions", 9, "type",
					"Loại câu hỏi „RATING“ không hợp lệ; hãy dùng một trong: SCALE, CHOICE, MULTI, TEXT."))
			.andExpect(error(14, "Questions", 10, "options", "Thang điểm phải có từ 2 đến 11 mức."));
		assertThat(jdbc.queryForObject("select count(*) from survey_instrument where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void theRestOfTheBadRowsAreListedToo() throws Exception {
		byte[] workbook = InstrumentWorkbooks.xlsx(
				InstrumentWorkbooks
					.groups(new Object[][] { InstrumentWorkbooks.GROUP_HEADERS_VI, { "LD", "Lãnh đạo", null } }),
				InstrumentWorkbooks.questions(new Object[][] { InstrumentWorkbooks.QUESTION_HEADERS_VI,
						{ "Q10", null, "Không đọc được", "CHOICE", "A. Tốt=100%; B Kém", "có lẽ", null, null, null,
								null },
						{ "Q11", null, "Tự luận", "TEXT", "A. Có=100%; B. Không=0%", null, null, null, "A", null },
						{ "Q 12", null, "Mã có dấu cách", "MULTI", "A. Một; A. Hai", null, "x".repeat(40), null, null,
								null } }));

		importAs(Role.SECRETARIAT, workbook, "Bộ câu hỏi lỗi", "1999").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("Năm phải từ 2000 đến 2200."))
			.andExpect(error(1, "Questions", 2, "options",
					"Không đọc được phương án \"B Kém\": cần dạng \"A. Rất tốt=100%\"."))
			.andExpect(error(2, "Questions", 2, "cannot_judge", "„có lẽ“ không phải là Y hoặc N."))
			.andExpect(error(3, "Questions", 3, "options", "Câu hỏi tự luận không có phương án trả lời."))
			.andExpect(error(4, "Questions", 3, "satisfied", "Câu hỏi tự luận không có câu trả lời „hài lòng“ („A“)."))
			.andExpect(error(5, "Questions", 4, "code", org.hamcrest.Matchers.startsWith("Mã „Q 12“ không hợp lệ")))
			.andExpect(error(6, "Questions", 4, "options", "Phương án A bị lặp."))
			.andExpect(error(7, "Questions", 4, "leaf", "Văn bản dài quá 32 ký tự (có 40 ký tự)."));
	}

	@Test
	void aFileThatIsNoWorkbookOrLacksASheetOrAColumnIsRefused() throws Exception {
		importAs(Role.SECRETARIAT, "không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Bộ",
				"2025")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Tệp tải lên không phải là tệp Excel (.xlsx hoặc .xls)."));
		byte[] onlyQuestions = InstrumentWorkbooks
			.xlsx(InstrumentWorkbooks.questions(new Object[][] { { "code", "text" }, { "Q1", "Một câu hỏi" } }));
		importAs(Role.SECRETARIAT, onlyQuestions, null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].field").value("year"))
			.andExpect(error(2, "Groups", null, null, "Tệp thiếu trang tính „Groups“ (hoặc „Nhóm“)."))
			.andExpect(error(3, "Questions", 1, "type", "Thiếu cột bắt buộc „Loại“ (type)."));
	}

	@Test
	void theExportImportsBackToTheSameInstrument() throws Exception {
		long id = importGood("Bộ câu hỏi xuất nhập");
		byte[] exported = mvc.perform(get(API + "/" + id + "/export").with(as(Role.COUNCIL_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		long again = created(importAs(Role.ADMIN, exported, "Bộ câu hỏi nhập lại", "2026"));

		assertThat(instruments.get(again).groups()).isEqualTo(instruments.get(id).groups());
		assertThat(instruments.get(again).questions()).isEqualTo(instruments.get(id).questions());
	}

	@Test
	void aFrozenInstrumentRefusesEveryChange() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		JsonNode body = read(scene.instrument());
		assertThat(body.get("frozen").booleanValue()).isTrue();
		((ObjectNode) body).put("name", "Đổi tên khi đã khóa");

		mvc.perform(put(API + "/" + scene.instrument()).with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Bộ câu hỏi đã được dùng")));

		assertThat(instruments.get(scene.instrument()).name()).isNotEqualTo("Đổi tên khi đã khóa");
	}

	@Test
	void twoSavesOfTheSameVersionAtOnceOneWinsTheOtherIsToldOfTheConflict() throws Exception {
		long id = importGood("Bộ câu hỏi sửa cùng lúc");
		JsonNode body = read(id);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> saves = new ArrayList<>();
		for (String name : List.of("Tên của người thứ nhất", "Tên của người thứ hai")) {
			ObjectNode changed = (ObjectNode) body.deepCopy();
			changed.put("name", name);
			Callable<Integer> save = () -> {
				start.await();
				return mvc
					.perform(put(API + "/" + id).with(as(Role.SECRETARIAT))
						.contentType(MediaType.APPLICATION_JSON)
						.content(changed.toString()))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			saves.add(pool.submit(save));
		}
		start.countDown();

		List<Integer> statuses = List.of(saves.get(0).get(), saves.get(1).get());
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		JsonNode after = read(id);
		assertThat(after.get("version").intValue()).isEqualTo(body.get("version").intValue() + 1);
		assertThat(after.get("name").stringValue()).isIn("Tên của người thứ nhất", "Tên của người thứ hai");
		assertThat(actions(id)).containsExactly("INSTRUMENT_CHANGED", "INSTRUMENT_IMPORTED");

		((ObjectNode) body).put("name", "Bản cũ");
		mvc.perform(put(API + "/" + id).with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Bộ câu hỏi vừa được người khác")));
	}

	@Test
	void aReplacementIsCheckedWholeAndItsErrorsAreLocated() throws Exception {
		long id = importGood("Bộ câu hỏi thay thế");
		ObjectNode body = (ObjectNode) read(id);
		((ObjectNode) body.get("groups").get(1)).put("weight", -2);
		((ObjectNode) body.get("questions").get(1)).put("options", "A. Tốt");
		((ObjectNode) body.get("questions").get(2)).putArray("groups").add("KHONG_CO");

		mvc.perform(put(API + "/" + id).with(as(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("groups[1].weight"))
			.andExpect(jsonPath("$.errors[1].field").value("questions[1].options"))
			.andExpect(jsonPath("$.errors[2].field").value("questions[2].groups"));
		assertThat(instruments.get(id).group("DN").orElseThrow().weight()).isEqualTo(BigDecimal.ONE);

		((ObjectNode) body.get("groups").get(1)).put("weight", 0.5);
		((ObjectNode) body.get("questions").get(1)).put("options", "A. Đạt=100%; B. Không đạt=0%");
		((ObjectNode) body.get("questions").get(2)).putArray("groups").add("DN");
		((ObjectNode) body.get("questions").get(1)).putArray("satisfied").add("A");
		body.put("layout", "ONE_PER_SCREEN");
		mvc.perform(put(API + "/" + id).with(as(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.layout").value("ONE_PER_SCREEN"))
			.andExpect(jsonPath("$.groups[1].weight").value(0.5))
			.andExpect(jsonPath("$.questions[1].choices.length()").value(2));
	}

	@Test
	void aCopyIsANewInstrumentForTheYearThatCanBeEdited() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		long copy = created(mvc.perform(post(API + "/" + scene.instrument() + "/copy").with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2026}")));

		Instrument original = instruments.get(scene.instrument());
		Instrument copied = instruments.get(copy);
		assertThat(copied.year()).isEqualTo(2026);
		assertThat(copied.questions()).isEqualTo(original.questions());
		assertThat(copied.name()).isEqualTo(original.name() + " (2026)");
		JsonNode body = read(copy);
		assertThat(body.get("frozen").booleanValue()).isFalse();
		assertThat(actions(copy)).containsExactly("INSTRUMENT_COPIED");
		mvc.perform(post(API + "/" + scene.instrument() + "/copy").with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 3000}")).andExpect(status().isBadRequest());
	}

	@Test
	void templatesMakeValidInstrumentsWhoseExportImportsBack() throws Exception {
		for (String template : List.of("SIPAS", "leaders")) {
			long id = created(mvc.perform(post(API + "/templates/" + template).with(as(Role.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2026}")));
			Instrument made = instruments.get(id);
			assertThat(made.template()).isEqualTo(template.toUpperCase(java.util.Locale.ROOT));
			assertThat(made.year()).isEqualTo(2026);
			assertThat(actions(id)).containsExactly("INSTRUMENT_CREATED");
			byte[] exported = mvc.perform(get(API + "/" + id + "/export").with(as(Role.SECRETARIAT)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			long again = created(importAs(Role.SECRETARIAT, exported, "Nhập lại mẫu", "2026"));
			assertThat(instruments.get(again).groups()).isEqualTo(made.groups());
			assertThat(instruments.get(again).questions()).isEqualTo(made.questions());
			assertThat(instruments.get(again).layout()).isEqualTo(made.layout());
			assertThat(instruments.get(again).satisfaction()).isEqualTo(made.satisfaction());
		}
		mvc.perform(post(API + "/templates/KHAC").with(as(Role.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2026}")).andExpect(status().isNotFound());
	}

	@Test
	void theSipasTemplateHasTheFiveElementsAndTheNinePolicyGroups() {
		Instrument sipas = InstrumentTemplates.sipas(2026);
		assertThat(sipas.groups()).extracting(RespondentGroup::code).containsExactly("NGUOI_DAN", "TO_CHUC");
		assertThat(sipas.questions().stream().map(Question::element).filter(java.util.Objects::nonNull).distinct())
			.containsExactly("Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết công việc",
					"Kết quả giải quyết", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
					"Đánh giá dịch vụ hành chính công", "Chính sách công");
		assertThat(sipas.questions().stream().filter((q) -> "Chính sách công".equals(q.element()))).hasSize(9);
		assertThat(sipas.questions().stream().filter((q) -> "Đánh giá dịch vụ hành chính công".equals(q.element())))
			.hasSize(8);
		Question first = sipas.questions().get(0);
		assertThat(first.choices()).hasSize(5);
		assertThat(first.satisfied()).containsExactlyInAnyOrder("A", "B");
		assertThat(InstrumentRules.check(sipas).ok()).isTrue();
		Instrument leaders = InstrumentTemplates.leaders(2026);
		assertThat(leaders.groups()).hasSize(4);
		assertThat(leaders.questions().stream().filter((q) -> q.type().scored())).allMatch(Question::cannotJudge)
			.allMatch((q) -> q.context() != null && q.context().startsWith("[Ban Thư ký"));
		assertThat(leaders.questions().stream().map(Question::element).filter(java.util.Objects::nonNull).distinct())
			.hasSize(8);
		assertThat(InstrumentRules.check(leaders).ok()).isTrue();
	}

	@Test
	void aUnitOfficerMayNeitherReadNorWriteAndTheCouncilOnlyReads() throws Exception {
		long id = importGood("Bộ câu hỏi quyền");
		UserView officer = fixture.scene().officer();
		RequestPostProcessor asOfficer = httpBasic(officer.username(), TestAccounts.PASSWORD);
		mvc.perform(get(API).with(asOfficer)).andExpect(status().isForbidden());
		mvc.perform(get(API + "/" + id).with(asOfficer)).andExpect(status().isForbidden());
		mvc.perform(multipart(API).file(InstrumentWorkbooks.file(InstrumentWorkbooks.good()))
			.param("name", "Bộ")
			.param("year", "2025")
			.with(asOfficer)).andExpect(status().isForbidden());
		importAs(Role.APPRAISER, InstrumentWorkbooks.good(), "Bộ", "2025").andExpect(status().isForbidden());
		mvc.perform(post(API + "/" + id + "/copy").with(as(Role.COUNCIL_CHAIR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2026}")).andExpect(status().isForbidden());
	}

	private long importGood(String name) throws Exception {
		return created(importAs(Role.SECRETARIAT, InstrumentWorkbooks.good(), name, "2025"));
	}

	private ResultActions importAs(Role role, byte[] workbook, String name, String year) throws Exception {
		var request = multipart(API).file(InstrumentWorkbooks.file(workbook)).with(as(role));
		if (name != null) {
			request.param("name", name);
		}
		if (year != null) {
			request.param("year", year);
		}
		return mvc.perform(request);
	}

	private long created(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").longValue();
	}

	private JsonNode read(long id) throws Exception {
		return json.readTree(mvc.perform(get(API + "/" + id).with(as(Role.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> actions(long id) {
		return jdbc.queryForList(
				"select action from survey_event where subject_id = ? and action like 'INSTRUMENT%' order by id desc",
				String.class, id);
	}

	private RequestPostProcessor as(Role role) {
		UserView user = accounts.create(role);
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

	private static org.springframework.test.web.servlet.ResultMatcher error(int index, String sheet, Integer row,
			String column, Object message) {
		String at = "$.errors[" + index + "].";
		return (result) -> {
			jsonPath(at + "sheet").value(sheet).match(result);
			jsonPath(at + "row").value(row).match(result);
			jsonPath(at + "column").value(column).match(result);
			if (message instanceof org.hamcrest.Matcher<?> matcher) {
				jsonPath(at + "message").value(matcher).match(result);
			}
			else {
				jsonPath(at + "message").value(message).match(result);
			}
		};
	}

}
