package vn.parindex.appraisal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DecisionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAppraisals appraisals;

	@Autowired
	SheetReview review;

	@Test
	void decisionsKeepBothValuesAndUpdateTheAppraisedTotals() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		decide(setup, setup.appraiser(), "1.1", "{\"accept\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.kind").value("ACCEPTED"))
			.andExpect(jsonPath("$.selfPoints").value(3.0))
			.andExpect(jsonPath("$.appraisedPoints").value(3.0));
		decide(setup, setup.appraiser(), "1.2", "{\"points\": 1, \"reason\": \"Chỉ có kế hoạch, chưa có báo cáo\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.kind").value("ADJUSTED"))
			.andExpect(jsonPath("$.decision.selfPoints").value(2.0))
			.andExpect(jsonPath("$.decision.appraisedPoints").value(1.0))
			.andExpect(jsonPath("$.decision.reason").value("Chỉ có kế hoạch, chưa có báo cáo"))
			.andExpect(jsonPath("$.decision.round").value(1));
		decide(setup, setup.appraiser(), "1.3", "{\"points\": 2}").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.kind").value("ACCEPTED"));
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.self.points").value(9.0))
			.andExpect(jsonPath("$.self.index").value(75.0))
			.andExpect(jsonPath("$.appraised.points").value(8.0))
			.andExpect(jsonPath("$.appraised.maxPoints").value(12.0))
			.andExpect(jsonPath("$.appraised.index").value(66.67));
		decide(setup, setup.appraiser(), "2.2",
				"{\"claimAccepted\": false, \"points\": 0, \"reason\": \"Có 2 nhiệm vụ quá hạn\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.kind").value("CLAIM_REJECTED"))
			.andExpect(jsonPath("$.claimAccepted").value(false))
			.andExpect(jsonPath("$.notApplicable").value(true));
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.appraised.maxPoints").value(14.0))
			.andExpect(jsonPath("$.appraised.index").value(57.14))
			.andExpect(jsonPath("$.self.index").value(75.0));
		decide(setup, setup.appraiser(), "2.2", "{\"claimAccepted\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.kind").value("CLAIM_ACCEPTED"));
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.appraised.maxPoints").value(12.0));
	}

	@Test
	void anAdjustmentNeedsAReasonAndPointsWithinTheLeaf() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		decide(setup, setup.appraiser(), "1.1", "{\"points\": 2}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Phải ghi lý do")));
		decide(setup, setup.appraiser(), "1.1", "{\"points\": 2, \"reason\": \"   \"}")
			.andExpect(status().isBadRequest());
		decide(setup, setup.appraiser(), "1.1", "{\"points\": 4.5, \"reason\": \"Quá\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("từ 0 đến 4")));
		decide(setup, setup.appraiser(), "1.1", "{\"points\": -1, \"reason\": \"Âm\"}")
			.andExpect(status().isBadRequest());
		decide(setup, setup.appraiser(), "1.1", "{\"points\": 2.555, \"reason\": \"Lẻ\"}")
			.andExpect(status().isBadRequest());
		decide(setup, setup.appraiser(), "2.2", "{\"claimAccepted\": false}").andExpect(status().isBadRequest());
		decide(setup, setup.appraiser(), "1.1", "{\"claimAccepted\": true}").andExpect(status().isBadRequest());
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.leaves[0].code").value("1.1"))
			.andExpect(jsonPath("$.leaves[0].decision").value(nullValue()))
			.andExpect(jsonPath("$.leaves[0].appraisedPoints").value(nullValue()))
			.andExpect(jsonPath("$.appraised.points").value(9.0));
	}

	@Test
	void decisionsAreRefusedUnlessTheSheetIsUnderAppraisal() throws Exception {
		TestAppraisals.Setup draft = appraisals.draft();
		decide(draft, draft.appraiser(), "1.1", "{\"accept\": true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("DRAFT")));
		mvc.perform(post(draft.api() + "/accept-remaining").with(basic(draft.appraiser())))
			.andExpect(status().isConflict());

		TestAppraisals.Setup returned = appraisals.submitted();
		review.returnForExplanation(returned.scene().campaign(), returned.scene().unit().id(), Set.of("1.1"), "test",
				null);
		decide(returned, returned.appraiser(), "1.2", "{\"accept\": true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RETURNED")));

		TestAppraisals.Setup finalised = appraisals.submitted();
		review.finalise(finalised.scene().campaign(), finalised.scene().unit().id(), "test");
		decide(finalised, finalised.appraiser(), "1.1", "{\"points\": 1, \"reason\": \"Sau khi kết thúc\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("APPRAISED")));
		mvc.perform(post(finalised.api() + "/return").with(basic(finalised.appraiser()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questions\": [{\"leaf\": \"1.1\", \"question\": \"Vì sao?\"}]}"))
			.andExpect(status().isConflict());
		mvc.perform(get(finalised.api()).with(basic(finalised.appraiser())))
			.andExpect(jsonPath("$.leaves[0].decision").value(nullValue()));
	}

	@Test
	void bulkAcceptTakesTheUndecidedLeavesAndLeavesClaimsAlone() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		decide(setup, setup.appraiser(), "1.1", "{\"points\": 2.5, \"reason\": \"Thiếu kế hoạch quý IV\"}")
			.andExpect(status().isOk());
		mvc.perform(post(setup.api() + "/accept-remaining").param("area", "2").with(basic(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1));
		mvc.perform(post(setup.api() + "/accept-remaining").with(basic(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));
		mvc.perform(post(setup.api() + "/accept-remaining").with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.accepted").value(0));
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.leaves[0].decision.kind").value("ADJUSTED"))
			.andExpect(jsonPath("$.leaves[0].decision.bulk").value(false))
			.andExpect(jsonPath("$.leaves[1].decision.kind").value("ACCEPTED"))
			.andExpect(jsonPath("$.leaves[1].decision.bulk").value(true))
			.andExpect(jsonPath("$.leaves[3].code").value("2.1"))
			.andExpect(jsonPath("$.leaves[3].decision.bulk").value(true))
			.andExpect(jsonPath("$.leaves[4].code").value("2.2"))
			.andExpect(jsonPath("$.leaves[4].decision").value(nullValue()))
			.andExpect(jsonPath("$.appraised.points").value(8.5));
	}

	@Test
	void anAreaAppraiserDecidesOnlyHerAreaAndAcceptsOnlyWithinIt() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		decide(setup, setup.areaAppraiser(), "1.1", "{\"accept\": true}").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		decide(setup, setup.areaAppraiser(), "2.1", "{\"accept\": true}").andExpect(status().isOk());
		mvc.perform(post(setup.api() + "/accept-remaining").with(basic(setup.areaAppraiser())))
			.andExpect(jsonPath("$.accepted").value(0));
		mvc.perform(get(setup.api()).with(basic(setup.areaAppraiser())))
			.andExpect(jsonPath("$.leaves[0].mayDecide").value(false))
			.andExpect(jsonPath("$.leaves[3].mayDecide").value(true))
			.andExpect(jsonPath("$.leaves[0].decision").value(nullValue()));
	}

	@Test
	void onlyTheAssignedAndTheWorkingGroupDecide() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		mvc.perform(get(setup.api()).with(basic(setup.unassigned()))).andExpect(status().isForbidden());
		decide(setup, setup.unassigned(), "1.1", "{\"accept\": true}").andExpect(status().isForbidden());
		decide(setup, setup.scene().officer(), "1.1", "{\"accept\": true}").andExpect(status().isForbidden());
		decide(setup, setup.scene().leader(), "1.1", "{\"accept\": true}").andExpect(status().isForbidden());
		mvc.perform(get(setup.api()).with(basic(setup.scene().otherOfficer()))).andExpect(status().isForbidden());
		decide(setup, setup.scene().secretariat(), "1.1", "{\"accept\": true}").andExpect(status().isOk());
		decide(setup, setup.chair(), "1.2", "{\"accept\": true}").andExpect(status().isOk());
		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.leaves[0].decision.decidedBy").value(setup.scene().secretariat().username()))
			.andExpect(jsonPath("$.leaves[1].decision.decidedBy").value(setup.chair().username()));
	}

	@Test
	void theSheetPagesFollowTheAssignments() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		String sheetApi = "/api/v1/campaigns/" + setup.scene().campaign() + "/sheets/" + setup.scene().unit().code();
		mvc.perform(get(sheetApi).with(basic(setup.unassigned()))).andExpect(status().isForbidden());
		mvc.perform(get(sheetApi).with(basic(setup.appraiser()))).andExpect(status().isOk());
		mvc.perform(get(sheetApi).with(basic(setup.areaAppraiser()))).andExpect(status().isOk());
		mvc.perform(get(setup.scene().sheet()).with(user(appraisals.principal(setup.unassigned()))))
			.andExpect(status().isForbidden());
		mvc.perform(get(setup.scene().sheet()).with(user(appraisals.principal(setup.appraiser()))))
			.andExpect(status().isOk());
	}

	private ResultActions decide(TestAppraisals.Setup setup, UserView user, String leaf, String json) throws Exception {
		return mvc.perform(post(setup.api() + "/leaves/" + leaf + "/decision").with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
