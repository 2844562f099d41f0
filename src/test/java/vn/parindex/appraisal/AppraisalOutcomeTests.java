package vn.parindex.appraisal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AppraisalOutcomeTests {

	@Autowired
	CouncilFixture council;

	@Autowired
	Finalisation finalisation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theUnitSeesEveryAdjustmentAndItsReasonOnlyOnceFinalised() throws Exception {
		SheetFixture.Scene scene = council.decided();
		mvc.perform(get(api(scene)).with(basic(scene.officer())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Kết quả thẩm định của phiếu này chưa được phê duyệt."));
		mvc.perform(get(page(scene)).with(user(accounts.principal(scene.officer()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-finalised\"")))
			.andExpect(content().string(not(containsString("Thiếu kế hoạch quý IV"))));
		finalisation.finalise(scene.campaign(), scene.unit().id(), council.principal(council.chair()));
		mvc.perform(get(api(scene)).with(basic(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.finalised").value(true))
			.andExpect(jsonPath("$.self.points").value(9.0))
			.andExpect(jsonPath("$.self.maxPoints").value(12.0))
			.andExpect(jsonPath("$.appraised.points").value(9.5))
			.andExpect(jsonPath("$.appraised.maxPoints").value(14.0))
			.andExpect(jsonPath("$.adjustments.length()").value(2))
			.andExpect(jsonPath("$.adjustments[0].leaf").value("1.1"))
			.andExpect(jsonPath("$.adjustments[0].reason").value("Thiếu kế hoạch quý IV"))
			.andExpect(jsonPath("$.adjustments[0].decidedBy").value("thamdinh.a"))
			.andExpect(jsonPath("$.adjustments[0].lost").value(0.5))
			.andExpect(jsonPath("$.adjustments[1].leaf").value("2.2"))
			.andExpect(jsonPath("$.adjustments[1].claimedNotApplicable").value(true))
			.andExpect(jsonPath("$.adjustments[1].appraisedNotApplicable").value(false))
			.andExpect(jsonPath("$.adjustments[1].reason").value("Có 2 nhiệm vụ quá hạn"))
			.andExpect(jsonPath("$.areas[0].code").value("1"))
			.andExpect(jsonPath("$.undecided").isEmpty());
		mvc.perform(get(page(scene)).with(user(accounts.principal(scene.leader()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thiếu kế hoạch quý IV")))
			.andExpect(content().string(containsString("Không chấp nhận đề nghị")))
			.andExpect(content().string(containsString("67,86%")));
		mvc.perform(get(page(scene)).cookie(new Cookie("parindex-lang", "en"))
			.with(user(accounts.principal(scene.officer()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Appraisal outcome")))
			.andExpect(content().string(containsString("67.86%")));
		mvc.perform(get(scene.sheet()).with(user(accounts.principal(scene.officer()))))
			.andExpect(content().string(containsString("id=\"appraisal-outcome\"")));
	}

	@Test
	void aUnitNeverSeesAnotherUnitsOutcome() throws Exception {
		SheetFixture.Scene scene = council.decided();
		finalisation.finalise(scene.campaign(), scene.unit().id(), council.principal(council.chair()));
		mvc.perform(get(api(scene)).with(basic(scene.otherOfficer())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(page(scene)).with(user(accounts.principal(scene.otherOfficer()))))
			.andExpect(status().isForbidden());
		mvc.perform(get(api(scene).replace("/outcome", "/review")).with(basic(scene.officer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theChairsReviewPageAndTheBulkPageRenderInEnglish() throws Exception {
		SheetFixture.Scene scene = council.decided();
		UserView chair = council.chair();
		mvc.perform(get(page(scene).replace("/outcome", "/finalise")).cookie(new Cookie("parindex-lang", "en"))
			.with(user(accounts.principal(chair))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Finalise the appraisal")))
			.andExpect(content().string(containsString("id=\"all-decided\"")))
			.andExpect(content().string(containsString("Not-applicable claim rejected")));
		mvc.perform(
				get("/appraisal/campaigns/" + scene.campaign() + "/finalise").cookie(new Cookie("parindex-lang", "en"))
					.with(user(accounts.principal(chair))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulk finalisation")))
			.andExpect(content().string(containsString("1 sheets will be finalised, 0 skipped.")));
	}

	private static String page(SheetFixture.Scene scene) {
		return "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id() + "/outcome";
	}

	private static String api(SheetFixture.Scene scene) {
		return "/api/v1/campaigns/" + scene.campaign() + "/appraisal/sheets/" + scene.unit().code() + "/outcome";
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
