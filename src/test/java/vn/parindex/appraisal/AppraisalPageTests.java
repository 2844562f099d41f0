package vn.parindex.appraisal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AppraisalPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts viewers;

	@Autowired
	TestAppraisals appraisals;

	@Autowired
	Reviews reviews;

	@Autowired
	Explanations explanations;

	@Test
	void theQueueShowsTheAssignedSubmittedSheetsInBothLanguages() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		TestAppraisals.Setup draft = appraisals.draft();
		String row = "queue-" + setup.scene().campaign() + "-" + setup.scene().unit().code();
		mvc.perform(get("/appraisal").with(as(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hàng chờ thẩm định")))
			.andExpect(content().string(containsString(row)))
			.andExpect(content().string(containsString("Đã thẩm định 0/5 tiêu chí")))
			.andExpect(content().string(not(containsString("queue-" + draft.scene().campaign() + "-"))));
		mvc.perform(get("/appraisal").param("lang", "en").with(as(setup.areaAppraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Appraisal queue")))
			.andExpect(content().string(containsString("0/2 criteria decided")));
		mvc.perform(get("/appraisal").with(as(setup.unassigned())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(row))));
		mvc.perform(get("/appraisal").param("campaign", String.valueOf(setup.scene().campaign()))
			.with(as(setup.scene().secretariat()))).andExpect(content().string(containsString(row)));
		mvc.perform(get("/appraisal").with(as(setup.scene().officer()))).andExpect(status().isForbidden());
	}

	@Test
	void theQueueLeadsTheCouncilToTheReportAndTheChairToBulkFinalisation() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		long campaign = setup.scene().campaign();
		String report = "/appraisal/campaigns/" + campaign + "/report";
		String finalise = "/appraisal/campaigns/" + campaign + "/finalise";
		mvc.perform(get("/appraisal").param("campaign", String.valueOf(campaign)).with(as(setup.chair())))
			.andExpect(content().string(containsString("href=\"" + report + "\"")))
			.andExpect(content().string(containsString("href=\"" + finalise + "\"")));
		mvc.perform(get("/appraisal").param("campaign", String.valueOf(campaign)).with(as(setup.scene().secretariat())))
			.andExpect(content().string(containsString("href=\"" + report + "\"")))
			.andExpect(content().string(not(containsString("href=\"" + finalise + "\""))));
		mvc.perform(get("/appraisal").with(as(setup.appraiser())))
			.andExpect(content().string(not(containsString("id=\"report-links\""))));
	}

	@Test
	void theReviewPageDecidesLeafByLeafWithHtmx() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		mvc.perform(get(setup.page()).with(as(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decide-1-1\"")))
			.andExpect(content().string(containsString("id=\"claim-reject-2-2\"")))
			.andExpect(content().string(containsString("id=\"appraised-index\"")))
			.andExpect(content().string(containsString("75,00%")))
			.andExpect(content().string(containsString("Kế hoạch số 15/KH-UBND")));
		mvc.perform(get(setup.page()).param("lang", "en").with(as(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Return the sheet for explanation")))
			.andExpect(content().string(containsString("75.00%")));
		mvc.perform(decision(setup, "1.2").param("action", "adjust").param("points", "1").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-1-2\"")))
			.andExpect(content().string(containsString("Phải ghi lý do")));
		mvc.perform(decision(setup, "1.2").param("action", "adjust")
			.param("points", "1,5")
			.param("reason", "Chưa có báo cáo tổng kết")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"appraisal-totals\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("id=\"bulk-area-1\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("Chấp nhận 2 tiêu chí còn lại")))
			.andExpect(content().string(containsString("Điều chỉnh")))
			.andExpect(content().string(containsString("70,83%")));
		mvc.perform(decision(setup, "2.2").param("action", "claim-reject")
			.param("points", "0")
			.header("HX-Request", "true")).andExpect(content().string(containsString("id=\"error-2-2\"")));
		mvc.perform(decision(setup, "2.2").param("action", "claim-reject")
			.param("points", "0")
			.param("reason", "Có 2 nhiệm vụ quá hạn")
			.header("HX-Request", "true"))
			.andExpect(content().string(containsString("Không chấp nhận không phát sinh")));
		mvc.perform(decision(setup, "1.3").header("HX-Request", "true"))
			.andExpect(content().string(containsString("id=\"error-1-3\"")));
		mvc.perform(decision(setup, "1.1").param("action", "accept"))
			.andExpect(redirectedUrl(setup.page() + "#leaf-1-1"))
			.andExpect(flash().attribute("flashSuccess", "appraisal.decision.saved"));
		Review review = reviews.review(setup.scene().campaign(), setup.scene().unit().id(),
				appraisals.principal(setup.appraiser()));
		assertThat(review.decision("1.1").kind()).isEqualTo(DecisionKind.ACCEPTED);
		assertThat(review.decision("1.2").appraisedPoints()).isEqualByComparingTo("1.5");
		assertThat(review.decision("1.3")).isNull();
		assertThat(review.decision("2.2").kind()).isEqualTo(DecisionKind.CLAIM_REJECTED);
	}

	@Test
	void bulkAcceptAsksFirstWithTheCount() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		mvc.perform(get(setup.page() + "/accept-remaining").param("area", "1").with(as(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Chấp nhận điểm tự chấm của 3 tiêu chí còn lại thuộc lĩnh vực 1.")))
			.andExpect(content().string(containsString("id=\"confirm-accept-remaining\"")));
		mvc.perform(get(setup.page() + "/accept-remaining").param("lang", "en").with(as(setup.appraiser())))
			.andExpect(content().string(containsString("Accept the self-assessed points of the 4 remaining criteria")))
			.andExpect(content().string(containsString("1 not-applicable claims are not accepted in bulk")));
		mvc.perform(
				post(setup.page() + "/accept-remaining").param("area", "1").with(as(setup.appraiser())).with(csrf()))
			.andExpect(redirectedUrl(setup.page()))
			.andExpect(flash().attribute("flashSuccess", "appraisal.bulk.done"));
		Review review = reviews.review(setup.scene().campaign(), setup.scene().unit().id(),
				appraisals.principal(setup.appraiser()));
		assertThat(review.decidedInScope()).isEqualTo(3);
		assertThat(review.decision("1.3").bulk()).isTrue();
	}

	@Test
	void aReturnFromThePageAndTheUnitsExplanationPage() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		mvc.perform(post(setup.page() + "/return").param("question.1.2", "Văn bản nào chứng minh?")
			.param("question.1.1", " ")
			.param("note", "Giải trình trước ngày 30")
			.with(as(setup.appraiser()))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "appraisal.return.done"));
		String explanationsPage = setup.page() + "/explanations";
		mvc.perform(get(setup.scene().sheet()).with(as(setup.scene().officer())))
			.andExpect(content().string(containsString("id=\"returned-notice\"")))
			.andExpect(content().string(containsString(explanationsPage)));
		// a reader of sheets sees that it was returned, with no link to questions she may
		// not read
		mvc.perform(get(setup.scene().sheet()).with(as(viewers.create(Role.VIEWER))))
			.andExpect(content().string(containsString("id=\"returned-notice\"")))
			.andExpect(content().string(not(containsString(explanationsPage))));
		mvc.perform(get(setup.scene().sheet()).with(as(setup.appraiser())))
			.andExpect(content().string(containsString(explanationsPage)));
		mvc.perform(get(explanationsPage).with(as(setup.scene().officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Văn bản nào chứng minh?")))
			.andExpect(content().string(containsString("id=\"answer-1-2\"")))
			.andExpect(content().string(containsString("id=\"edit-leaf-1-2\"")))
			.andExpect(content().string(containsString(setup.scene().sheet() + "#leaf-1-2")))
			.andExpect(content().string(not(containsString("id=\"answer-1-1\""))))
			.andExpect(content().string(not(containsString("id=\"resubmit-sheet\""))));
		mvc.perform(get(explanationsPage).param("lang", "en").with(as(setup.scene().leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Resubmit the sheet to the council")))
			.andExpect(content().string(containsString("1 questions are not answered yet")));
		mvc.perform(get(explanationsPage).with(as(setup.scene().otherOfficer()))).andExpect(status().isForbidden());
		mvc.perform(get(explanationsPage).with(as(setup.unassigned()))).andExpect(status().isForbidden());
		mvc.perform(get(explanationsPage).with(as(setup.appraiser()))).andExpect(status().isOk());

		long question = reviews
			.review(setup.scene().campaign(), setup.scene().unit().id(), appraisals.principal(setup.appraiser()))
			.openQuestions()
			.get(0)
			.id();
		mvc.perform(post(explanationsPage + "/resubmit").with(as(setup.scene().leader())).with(csrf()))
			.andExpect(flash().attribute("flashError", "appraisal.error.unanswered"));
		mvc.perform(post(explanationsPage + "/questions/" + question + "/answer").param("answer", "Quyết định 20/QĐ")
			.with(as(setup.scene().officer()))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "appraisal.explain.answerSaved"));
		mvc.perform(post(explanationsPage + "/resubmit").with(as(setup.scene().leader())).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "appraisal.explain.resubmitted"));
		mvc.perform(get(setup.page()).with(as(setup.appraiser())))
			.andExpect(content().string(containsString("id=\"diff-1-2\"")))
			.andExpect(content().string(containsString("Quyết định 20/QĐ")))
			.andExpect(content().string(containsString("id=\"filter-changed\"")))
			.andExpect(content().string(containsString("Vòng 2")));
	}

	@Test
	void pagesFollowThePermissions() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		mvc.perform(get(setup.page()).with(as(setup.unassigned()))).andExpect(status().isForbidden());
		mvc.perform(get(setup.page()).with(as(setup.scene().officer()))).andExpect(status().isForbidden());
		mvc.perform(get(setup.page()).with(as(setup.areaAppraiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decide-2-1\"")))
			.andExpect(content().string(not(containsString("id=\"decide-1-1\""))));
		mvc.perform(decision(setup, "1.1", setup.areaAppraiser()).param("action", "accept"))
			.andExpect(status().isForbidden());
		mvc.perform(decision(setup, "1.1", setup.scene().officer()).param("action", "accept"))
			.andExpect(status().isForbidden());
		Review review = reviews.review(setup.scene().campaign(), setup.scene().unit().id(),
				appraisals.principal(setup.appraiser()));
		assertThat(review.latest()).isEqualTo(Map.of());
	}

	@Test
	void draftAndFinalisedSheetsAreReadOnly() throws Exception {
		TestAppraisals.Setup draft = appraisals.draft();
		mvc.perform(get(draft.page()).with(as(draft.scene().secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"draft-notice\"")))
			.andExpect(content().string(not(containsString("id=\"decide-"))));
		TestAppraisals.Setup finalised = appraisals.submitted();
		sheets.finalise(finalised.scene().campaign(), finalised.scene().unit().id(), "test");
		mvc.perform(get(finalised.page()).param("lang", "en").with(as(finalised.chair())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"finalised-notice\"")))
			.andExpect(content().string(not(containsString("id=\"decide-"))))
			.andExpect(content().string(not(containsString("id=\"return-sheet\""))));
		mvc.perform(decision(finalised, "1.1", finalised.chair()).param("action", "accept"))
			.andExpect(flash().attribute("flashError", "appraisal.error.notUnderAppraisal"));
		mvc.perform(post(finalised.page() + "/explanations/resubmit").with(as(finalised.scene().leader())).with(csrf()))
			.andExpect(flash().attribute("flashError", "appraisal.error.notReturned"));
	}

	@Autowired
	vn.parindex.assessment.SheetReview sheets;

	@Test
	void theSecretariatAssignsAndRemovesAppraisers() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		String page = "/appraisal/campaigns/" + setup.scene().campaign() + "/assignments";
		mvc.perform(get(page).with(as(setup.scene().secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(setup.appraiser().username())))
			.andExpect(content().string(containsString("Lĩnh vực 2 (mọi đơn vị)")));
		mvc.perform(get(page).param("lang", "en").with(as(setup.scene().secretariat())))
			.andExpect(content().string(containsString("Area 2 (all units)")));
		mvc.perform(get(page).with(as(setup.appraiser()))).andExpect(status().isForbidden());
		mvc.perform(post(page).param("appraiser", setup.unassigned().username())
			.param("unitId", String.valueOf(setup.scene().unit().id()))
			.with(as(setup.scene().secretariat()))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "appraisal.assignments.added"));
		mvc.perform(get(setup.page()).with(as(setup.unassigned()))).andExpect(status().isOk());
		mvc.perform(post(page).param("appraiser", setup.scene().officer().username())
			.param("area", "1")
			.with(as(setup.scene().secretariat()))
			.with(csrf())).andExpect(flash().attribute("flashError", "appraisal.error.notAnAppraiser"));
		mvc.perform(post(page).param("appraiser", setup.unassigned().username())
			.param("area", "1")
			.param("unitId", String.valueOf(setup.scene().unit().id()))
			.with(as(setup.scene().secretariat()))
			.with(csrf())).andExpect(flash().attribute("flashError", "appraisal.error.assignmentTarget"));
		long id = reviewsOf(setup);
		mvc.perform(post(page + "/" + id + "/delete").with(as(setup.appraiser())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/" + id + "/delete").with(as(setup.scene().secretariat())).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "appraisal.assignments.removed"));
		mvc.perform(get(setup.page()).with(as(setup.unassigned()))).andExpect(status().isForbidden());
	}

	@Autowired
	Assignments assignments;

	private long reviewsOf(TestAppraisals.Setup setup) {
		return assignments.forCampaign(setup.scene().campaign())
			.stream()
			.filter((a) -> a.appraiser().equals(setup.unassigned().username()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decision(
			TestAppraisals.Setup setup, String leaf) {
		return decision(setup, leaf, setup.appraiser());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decision(
			TestAppraisals.Setup setup, String leaf, UserView user) {
		return post(setup.page() + "/leaves/" + leaf + "/decision").with(as(user)).with(csrf());
	}

	private RequestPostProcessor as(UserView user) {
		return user(appraisals.principal(user));
	}

}
