package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SurveyRoundPageTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Pattern LINKED_TOKEN = Pattern.compile("/s/([a-z2-7]{26})");

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SurveyStore surveys;

	@Autowired
	TokenStore tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theIndexListsEverySurveyWithItsPhaseInWords() throws Exception {
		SurveyFixture.Scene open = fixture.scene();
		SurveyFixture.Scene later = fixture.scene(fixture.today().plusDays(3), fixture.today().plusDays(9));
		String name = surveys.get(open.survey()).name();
		mvc.perform(get("/surveys").with(as(open.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString(surveys.get(later.survey()).name()),
					containsString("Đang mở"), containsString("Chưa mở"),
					containsString("/campaigns/" + open.campaign() + "/surveys"),
					containsString(DAY.format(fixture.today().plusDays(9))))));
		mvc.perform(get("/surveys").with(as(open.officer()))).andExpect(status().isForbidden());
	}

	@Test
	void theCampaignPageLeadsToItsSurveysWhereTheSecretariatCreatesOne() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(get("/campaigns/{id}", s.campaign()).with(as(s.secretariat())))
			.andExpect(content().string(containsString("/campaigns/" + s.campaign() + "/surveys")));
		mvc.perform(get("/campaigns/{id}", s.campaign()).with(as(s.officer())))
			.andExpect(content().string(not(containsString("/campaigns/" + s.campaign() + "/surveys"))));
		mvc.perform(get("/campaigns/{id}/surveys", s.campaign()).with(as(s.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"survey-form\"")));
		mvc.perform(get("/campaigns/{id}/surveys", s.campaign()).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
		mvc.perform(post("/campaigns/{id}/surveys", s.campaign()).with(as(s.secretariat()))
			.with(csrf())
			.param("instrumentId", String.valueOf(s.instrument()))
			.param("name", "Khảo sát SIPAS trang")
			.param("opensOn", "2026-09-01")
			.param("closesOn", "2026-09-30")
			.param("marginPercent", "2,5")
			.param("units", s.other().code())
			.param("_units", "on")).andExpect(redirectedUrlPattern("/surveys/*"));
		Survey created = surveys.ofCampaign(s.campaign()).get(1);
		assertThat(created.name()).isEqualTo("Khảo sát SIPAS trang");
		assertThat(created.margin()).isEqualByComparingTo("0.025");
		assertThat(surveys.units(created.id())).containsExactly(s.other().id());
		mvc.perform(post("/campaigns/{id}/surveys", s.campaign()).with(as(s.appraiser()))
			.with(csrf())
			.param("name", "Không được")).andExpect(status().isForbidden());
	}

	@Test
	void aBadFormComesBackWithEveryErrorAndNothingIsStored() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(post("/campaigns/{id}/surveys", s.campaign()).with(as(s.secretariat()))
			.with(csrf())
			.param("instrumentId", String.valueOf(s.instrument()))
			.param("name", "")
			.param("opensOn", "2026-09-30")
			.param("closesOn", "2026-09-01")
			.param("marginPercent", "150")
			.param("_units", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhập tên đợt khảo sát."),
					containsString("Ngày mở (30/09/2026) phải trước hoặc trùng ngày đóng (01/09/2026)."),
					containsString("Sai số e phải lớn hơn 0 và nhỏ hơn 100%."),
					containsString("Chọn ít nhất một đơn vị được đánh giá."))));
		assertThat(surveys.ofCampaign(s.campaign())).hasSize(1);
	}

	@Test
	void theOverviewShowsDatesInVietnameseLinksToEveryPartAndItsHistory() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(post("/surveys/{sid}", s.survey()).with(as(s.secretariat()))
			.with(csrf())
			.param("name", "Khảo sát đổi tên")
			.param("opensOn", fixture.today().minusDays(1).toString())
			.param("closesOn", fixture.today().plusDays(20).toString())
			.param("marginPercent", "5")
			.param("units", s.unit().code(), s.other().code())).andExpect(redirectedUrl("/surveys/" + s.survey()));
		String sid = "/surveys/" + s.survey();
		mvc.perform(get(sid).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Khảo sát đổi tên"),
					containsString(DAY.format(fixture.today().plusDays(20))), containsString(sid + "/populations"),
					containsString(sid + "/tokens"), containsString(sid + "/respondents"),
					containsString(sid + "/board"), containsString(sid + "/paper"), containsString(sid + "/results"),
					containsString(sid + "/quality"), containsString("Sửa đợt khảo sát"), containsString("Đang mở"),
					containsString(s.unit().name()), not(containsString("id=\"survey-form\"")))));
		mvc.perform(get(sid).with(as(s.officer()))).andExpect(status().isForbidden());
	}

	@Test
	void populationsAreTypedInATableWithTheirSamplesAndBadOnesChangeNothing() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String cell = SurveyRoundPages.CELL + s.unit().code() + ":LD";
		mvc.perform(get("/surveys/{sid}/populations", s.survey()).with(as(s.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"" + cell + "\""), containsString("n = 93"),
					containsString("n = 334"), containsString("data-margin=\"0.05\""))));
		mvc.perform(post("/surveys/{sid}/populations", s.survey()).with(as(s.secretariat()))
			.with(csrf())
			.param(cell, "1.200")
			.param(SurveyRoundPages.CELL + s.other().code() + ":DN", ""))
			.andExpect(redirectedUrl("/surveys/" + s.survey() + "/populations"));
		mvc.perform(get("/surveys/{sid}/populations", s.survey()).with(as(s.appraiser())))
			.andExpect(content().string(allOf(containsString("value=\"1200\""), containsString("n = 300"),
					not(containsString("id=\"populations-submit\"")))));
		List<SurveyStore.Population> before = surveys.populations(s.survey());
		mvc.perform(post("/surveys/{sid}/populations", s.survey()).with(as(s.secretariat()))
			.with(csrf())
			.param(cell, "5000")
			.param(SurveyRoundPages.CELL + s.unit().code() + ":DN", "-4")
			.param(SurveyRoundPages.CELL + s.other().code() + ":LD", "nhiều"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Tổng thể chưa hợp lệ (2 lỗi)"),
					containsString(s.unit().code() + ":DN: Tổng thể N phải là số nguyên"),
					containsString("value=\"5000\""))));
		assertThat(surveys.populations(s.survey())).isEqualTo(before);
		mvc.perform(post("/surveys/{sid}/margin", s.survey()).with(as(s.secretariat()))
			.with(csrf())
			.param("marginPercent", "10")).andExpect(redirectedUrl("/surveys/" + s.survey() + "/populations"));
		assertThat(surveys.get(s.survey()).margin()).isEqualByComparingTo("0.1");
		mvc.perform(
				post("/surveys/{sid}/populations", s.survey()).with(as(s.appraiser())).with(csrf()).param(cell, "10"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBatchIsPrintedOnceAsAPdfOfCardsCarryingEveryToken() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		MockHttpServletResponse response = mvc
			.perform(post("/surveys/{sid}/tokens", s.survey()).with(as(s.secretariat()))
				.with(csrf())
				.param("unit", s.unit().code())
				.param("group", "DN")
				.param("count", "12"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			List<String> printed = linked(text);
			assertThat(printed).hasSize(12).doesNotHaveDuplicates();
			for (String token : printed) {
				assertThat(tokens.find(token)).hasValueSatisfying((found) -> {
					assertThat(found.surveyId()).isEqualTo(s.survey());
					assertThat(found.group()).isEqualTo("DN");
				});
				assertThat(text).contains(TokenCards.grouped(token));
			}
			assertThat(text).contains(surveys.get(s.survey()).name(), "Doanh nghiệp", "Quét mã QR");
		}
		mvc.perform(get("/surveys/{sid}/tokens", s.survey()).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-batch=\"1\""), containsString("Đã phát"),
					not(containsString("id=\"tokens-form\"")))));
		mvc.perform(post("/surveys/{sid}/tokens/batches/1/revoke", s.survey()).with(as(s.secretariat())).with(csrf()))
			.andExpect(redirectedUrl("/surveys/" + s.survey() + "/tokens"));
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ? and state = 'REVOKED'",
				Long.class, s.survey()))
			.isEqualTo(12);
	}

	@Test
	void aLargeBatchIsLaidOutInPartsJoinedIntoOnePdf() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		int count = TokenCards.PER_PAGE * TokenCards.PAGES_PER_PART + 3;
		byte[] pdf = mvc
			.perform(post("/surveys/{sid}/tokens", s.survey()).with(as(s.secretariat()))
				.with(csrf())
				.param("unit", s.other().code())
				.param("group", "LD")
				.param("count", String.valueOf(count)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(TokenCards.PAGES_PER_PART + 1);
			assertThat(linked(new PDFTextStripper().getText(document))).hasSize(count).doesNotHaveDuplicates();
		}
	}

	@Test
	void aRefusedBatchShowsItsErrorsOnThePageAndIssuesNothing() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(post("/surveys/{sid}/tokens", s.survey()).with(as(s.secretariat()))
			.with(csrf())
			.param("unit", "")
			.param("group", "DN")
			.param("count", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Chọn đơn vị."), containsString("Số mã mỗi lô phải từ 1 đến 10.000."))));
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class, s.survey()))
			.isZero();
		mvc.perform(post("/surveys/{sid}/tokens", s.survey()).with(as(s.appraiser()))
			.with(csrf())
			.param("unit", s.unit().code())
			.param("group", "DN")
			.param("count", "3")).andExpect(status().isForbidden());
		mvc.perform(get("/surveys/{sid}/tokens", s.survey()).with(as(s.officer()))).andExpect(status().isForbidden());
	}

	private static List<String> linked(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = LINKED_TOKEN.matcher(text.replaceAll("\\s+", " ").replace("/s/ ", "/s/"));
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private RequestPostProcessor as(UserView who) {
		return user(accounts.principal(who));
	}

}
