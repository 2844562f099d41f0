package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.units.UnitCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Named respondents without a mail server: letters only. */
@IntegrationTest
class RespondentImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitCatalog units;

	@Autowired
	RespondentStore respondents;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void importedRespondentsGetNamedTokensAndALetterEachToDownloadOnce() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		MockMultipartFile file = RespondentWorkbooks
			.file(List.of(List.of("Trần Thị Bình", "Giám đốc Sở Tư pháp", "binh.tt@sotuphap.gov.vn", "", "LD", unit),
					List.of("Lê Văn Cường", "", "", "0912.345.678", "ld", unit),
					List.of("Phạm Minh Dũng", "Giám đốc công ty", "dung@congty.vn", "(024) 3825 1234", "DN", unit)));
		String html = mvc
			.perform(multipart("/surveys/{sid}/respondents", s.survey()).file(file).with(as(s)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhập 3 người")))
			.andExpect(content().string(containsString("Chưa cấu hình máy chủ thư điện tử")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> pages = RespondentWorkbooks.pages(RespondentWorkbooks.letters(html));
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0)).contains("Trần Thị Bình", "Giám đốc Sở Tư pháp", "Khảo sát", "/s/");
		assertThat(pages.get(1)).contains("Lê Văn Cường");
		assertThat(pages.get(2)).contains("Phạm Minh Dũng");
		List<NamedRespondent> stored = respondents.list(s.survey());
		assertThat(stored).extracting(NamedRespondent::name)
			.containsExactlyInAnyOrder("Trần Thị Bình", "Lê Văn Cường", "Phạm Minh Dũng");
		assertThat(stored).allSatisfy((r) -> {
			assertThat(r.tokenState()).isEqualTo(Token.State.NEW);
			assertThat(r.invitedAt()).isNotNull();
		});
		assertThat(stored).extracting(NamedRespondent::phone).contains("0912345678", "02438251234");
		assertThat(stored).filteredOn((r) -> r.name().equals("Lê Văn Cường"))
			.extracting(NamedRespondent::group)
			.containsExactly("LD");
		assertThat(jdbc.queryForObject("""
				select count(*) from survey_token t join survey_respondent r on r.token_id = t.id
				where r.survey_id = ? and t.named""", Long.class, s.survey())).isEqualTo(3);
		assertThat(jdbc.queryForList("select action from survey_event where subject_id = ? order by id", String.class,
				s.survey()))
			.containsSubsequence(SurveyTrail.RESPONDENTS_IMPORTED, SurveyTrail.INVITATIONS_SENT);
		// the letters are not offered again: the page lists who was invited, not their
		// links
		mvc.perform(get("/surveys/{sid}/respondents", s.survey()).with(as(s)))
			.andExpect(content().string(containsString("Trần Thị Bình")))
			.andExpect(content().string(not(containsString("data:application/pdf"))))
			.andExpect(content().string(not(containsString("/s/"))));
	}

	@Test
	void aWorkbookWithErrorsIsRefusedWithEveryErrorAndNothingIsStored() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		String outside = units.ensure("KN" + s.survey(), "Tỉnh ngoài đợt " + s.survey(), "PROVINCE", null).code();
		importByApi(s,
				RespondentWorkbooks.file(List.of(List.of("Người đã mời", "", "da.moi@tinh.gov.vn", "", "LD", unit))))
			.andExpect(status().isOk());
		MockMultipartFile bad = RespondentWorkbooks
			.file(List.of(row("Đơn vị lạ", "", "a@tinh.gov.vn", "", "LD", "KHONGCO"), // row
																						// 2
					row("Ngoài đợt", "", "b@tinh.gov.vn", "", "LD", outside), // row 3
					row("Nhóm lạ", "", "c@tinh.gov.vn", "", "XX", unit), // row 4
					row("Không liên hệ", "", "", "", "LD", unit), // row 5
					row("Thư sai", "", "khong-phai-thu", "", "LD", unit), // row 6
					row("Số sai", "", "", "12ab", "LD", unit), // row 7
					row("Trùng A", "", "trung@tinh.gov.vn", "", "LD", unit), // row 8
					row("Trùng B", "", "TRUNG@tinh.gov.vn", "", "DN", unit), // row 9
					row("Đã mời rồi", "", "Da.Moi@tinh.gov.vn", "", "LD", unit), // row 10
					row("Có_x0000_NUL", "", "d@tinh.gov.vn", "", "LD", unit), // row 11:
																				// how an
																				// .xlsx
																				// holds a
																				// NUL
					row("Dài".repeat(100), "", "e@tinh.gov.vn", "", "LD", unit), // row 12
					row("", "", "f@tinh.gov.vn", "", "LD", unit))); // row 13
		importByApi(s, bad).andExpect(status().isBadRequest())
			.andExpect(error(2, "unit", "Không có đơn vị mã"))
			.andExpect(error(3, "unit", "không được đánh giá trong đợt"))
			.andExpect(error(4, "group", "không có trong bộ câu hỏi"))
			.andExpect(error(5, "email", "Cần ít nhất thư điện tử"))
			.andExpect(error(6, "email", "không phải là địa chỉ thư điện tử"))
			.andExpect(error(7, "phone", "không phải là số điện thoại"))
			.andExpect(error(9, "email", "đã có ở dòng 8"))
			.andExpect(error(10, "email", "đã có trong danh sách"))
			.andExpect(error(11, "name", "ký tự NUL"))
			.andExpect(error(12, "name", "dài quá 200"))
			.andExpect(error(13, "name", "không được để trống"))
			.andExpect(jsonPath("$.errors", hasSize(11)));
		assertThat(respondents.list(s.survey())).extracting(NamedRespondent::name).containsExactly("Người đã mời");
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class, s.survey()))
			.isEqualTo(1);
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedOnThePageWithItsReason() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		MockMultipartFile text = new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream",
				"Họ và tên;Nhóm".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/surveys/{sid}/respondents", s.survey()).file(text).with(as(s)).with(csrf()))
			.andExpect(content().string(containsString("không phải là tệp Excel")));
		assertThat(respondents.list(s.survey())).isEmpty();
	}

	@Test
	void twoOverlappingImportsAtOnceInviteNobodyTwice() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		MockMultipartFile first = RespondentWorkbooks.file(List.of(row("An", "", "an@tinh.gov.vn", "", "LD", unit),
				row("Bình", "", "binh@tinh.gov.vn", "", "LD", unit), row("Chung", "", "", "0901000111", "LD", unit)));
		MockMultipartFile second = RespondentWorkbooks.file(List.of(row("Bình", "", "BINH@tinh.gov.vn", "", "LD", unit),
				row("Dung", "", "dung@tinh.gov.vn", "", "DN", unit), row("Chung", "", "", "0901 000 111", "LD", unit)));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> calls = new ArrayList<>();
		for (MockMultipartFile file : List.of(first, second)) {
			calls.add(pool.submit(() -> {
				start.await();
				return importByApi(s, file).andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> call : calls) {
			statuses.add(call.get());
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 400);
		List<NamedRespondent> stored = respondents.list(s.survey());
		assertThat(stored).extracting(NamedRespondent::name).hasSize(3);
		assertThat(stored).extracting((r) -> RespondentSheet.contactKey(r.email(), r.phone())).doesNotHaveDuplicates();
	}

	@Test
	void aLostLetterIsReissuedWithANewLinkAndTheOldOneRevoked() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		importByApi(s,
				RespondentWorkbooks
					.file(List.of(row("Hoàng Thu Hà", "Phó Giám đốc", "ha@tinh.gov.vn", "", "LD", s.unit().code()))))
			.andExpect(status().isOk());
		NamedRespondent before = respondents.list(s.survey()).get(0);
		String html = mvc
			.perform(post("/surveys/{sid}/respondents/{rid}/reissue", s.survey(), before.id()).with(as(s)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã cấp đường link mới cho 1 người")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(RespondentWorkbooks.pages(RespondentWorkbooks.letters(html))).singleElement()
			.satisfies((page) -> assertThat(page).contains("Hoàng Thu Hà"));
		NamedRespondent after = respondents.list(s.survey()).get(0);
		assertThat(after.tokenId()).isNotEqualTo(before.tokenId());
		assertThat(after.tokenState()).isEqualTo(Token.State.NEW);
		assertThat(state(before.tokenId())).isEqualTo("REVOKED");
		jdbc.update("update survey_token set state = 'SUBMITTED' where id = ?", after.tokenId());
		mvc.perform(post("/surveys/{sid}/respondents/{rid}/reissue", s.survey(), before.id()).with(as(s)).with(csrf()))
			.andExpect(content().string(containsString("đã trả lời phiếu khảo sát")));
		assertThat(respondents.list(s.survey()).get(0).tokenId()).isEqualTo(after.tokenId());
	}

	@Test
	void theListTellsWhoAnsweredAndNothingOfWhatTheyAnswered() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		importByApi(s, RespondentWorkbooks.file(List.of(row("Người đã trả lời", "", "xong@tinh.gov.vn", "", "LD", unit),
				row("Người chưa trả lời", "", "chua@tinh.gov.vn", "", "LD", unit))))
			.andExpect(status().isOk());
		NamedRespondent done = respondents.list(s.survey())
			.stream()
			.filter((r) -> r.name().equals("Người đã trả lời"))
			.findFirst()
			.orElseThrow();
		jdbc.update("update survey_token set state = 'SUBMITTED' where id = ?", done.tokenId());
		jdbc.update("""
				insert into survey_response (id, survey_id, unit_id, group_code, channel, submitted_on, answers)
				values (gen_random_uuid(), ?, ?, 'LD', 'WEB', current_date, '{"Q4": "Góp ý bí mật 7391"}')""",
				s.survey(), s.unit().id());
		String responseId = jdbc.queryForObject("select id::text from survey_response where survey_id = ?",
				String.class, s.survey());
		String page = mvc.perform(get("/surveys/{sid}/respondents", s.survey()).with(as(s)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Người đã trả lời", "Người chưa trả lời", "Đã trả lời", "Chưa trả lời")
			.doesNotContain("Góp ý bí mật 7391", responseId);
		String json = mvc.perform(get("/api/v1/surveys/{sid}/respondents", s.survey()).with(as(s)))
			.andExpect(jsonPath("$[?(@.name == 'Người đã trả lời')].answered").value(true))
			.andExpect(jsonPath("$[?(@.name == 'Người chưa trả lời')].answered").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String board = mvc.perform(get("/api/v1/surveys/{sid}/board", s.survey()).with(as(s)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json + board).doesNotContain("Góp ý bí mật 7391", responseId, "Q4");
	}

	@Test
	void theRespondentTableAndTheResponseTableShareNoKey() {
		List<String> links = jdbc.queryForList("""
				select tc.table_name || ' -> ' || ccu.table_name
				from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.constraint_type = 'FOREIGN KEY'
				  and tc.table_name in ('survey_respondent', 'survey_response', 'survey_token')""", String.class);
		assertThat(links).doesNotContain("survey_respondent -> survey_response", "survey_response -> survey_respondent",
				"survey_response -> survey_token", "survey_token -> survey_response");
		List<String> responseColumns = jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'survey_response'",
				String.class);
		List<String> respondentColumns = jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'survey_respondent'",
				String.class);
		List<String> shared = new ArrayList<>(responseColumns);
		shared.retainAll(respondentColumns);
		// what both tables carry is what a response may: the survey, the unit and the
		// group
		assertThat(shared).containsExactlyInAnyOrder("id", "survey_id", "unit_id", "group_code");
		assertThat(jdbc.queryForObject(
				"select data_type from information_schema.columns where table_name = 'survey_response' and column_name = 'id'",
				String.class))
			.isEqualTo("uuid");
		assertThat(responseColumns).noneMatch((column) -> column.contains("token") || column.contains("respondent")
				|| column.contains("email") || column.contains("phone") || column.contains("name"));
	}

	@Test
	void aUnitOfficerMayNotSeeOrImportRespondents() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		RequestPostProcessor officer = user(accounts.principal(s.officer()));
		mvc.perform(get("/surveys/{sid}/respondents", s.survey()).with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/{sid}/respondents", s.survey()).with(officer))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/surveys/{sid}/respondents", s.survey())
			.file(RespondentWorkbooks.file(List.of(row("X", "", "x@tinh.gov.vn", "", "LD", s.unit().code()))))
			.with(officer)
			.with(csrf())).andExpect(status().isForbidden());
		RequestPostProcessor appraiser = user(accounts.principal(s.appraiser()));
		mvc.perform(get("/surveys/{sid}/respondents", s.survey()).with(appraiser)).andExpect(status().isForbidden());
		assertThat(respondents.list(s.survey())).isEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions importByApi(SurveyFixture.Scene s,
			MockMultipartFile file) throws Exception {
		return mvc
			.perform(multipart("/api/v1/surveys/{sid}/respondents", s.survey()).file(file).with(as(s)).with(csrf()));
	}

	private RequestPostProcessor as(SurveyFixture.Scene s) {
		return user(accounts.principal(s.secretariat()));
	}

	private String state(long tokenId) {
		return jdbc.queryForObject("select state from survey_token where id = ?", String.class, tokenId);
	}

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	private static org.springframework.test.web.servlet.ResultMatcher error(int row, String column, String says) {
		return jsonPath("$.errors[?(@.row == " + row + " && @.column == '" + column + "')].message")
			.value(org.hamcrest.Matchers.contains(containsString(says)));
	}

}
