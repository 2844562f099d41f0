package vn.parindex.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.UserView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.appraisal.DecisionApiTests.basic;

@IntegrationTest
class ExplanationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAppraisals appraisals;

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	Clock clock;

	@Test
	void returnAnswerResubmitAndDecideAgainInTheSecondRound() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		decide(setup, "1.1", "{\"accept\": true}").andExpect(status().isOk());
		decide(setup, "1.2", "{\"accept\": true}").andExpect(status().isOk());
		returnSheet(setup, setup.appraiser(), """
				{"questions": [{"leaf": "1.1", "question": "Kế hoạch đã được ban hành chưa?"},
				               {"leaf": "1.3", "question": "Căn cứ nào để tự đánh giá Tốt?"}],
				 "note": "Đề nghị giải trình trong 5 ngày"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.round").value(2));
		decide(setup, "1.2", "{\"points\": 1, \"reason\": \"Trong khi giải trình\"}").andExpect(status().isConflict());

		mvc.perform(get(setup.api()).with(basic(setup.scene().officer()))).andExpect(status().isForbidden());
		mvc.perform(get(setup.api() + "/questions").with(basic(setup.scene().otherOfficer())))
			.andExpect(status().isForbidden());
		List<Integer> ids = JsonPath
			.read(mvc.perform(get(setup.api() + "/questions").with(basic(setup.scene().officer())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].leaf").value("1.1"))
				.andExpect(jsonPath("$[0].question").value("Kế hoạch đã được ban hành chưa?"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$[*].id");

		String sheet = "/api/v1/campaigns/" + setup.scene().campaign() + "/sheets/" + setup.scene().unit().code();
		mvc.perform(put(sheet + "/leaves/1.1").with(basic(setup.scene().officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 4, \"explanation\": \"Kế hoạch số 15/KH-UBND và Quyết định 20/QĐ-UBND\"}"))
			.andExpect(status().isOk());
		mvc.perform(put(sheet + "/leaves/1.2").with(basic(setup.scene().officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"yes\": false}")).andExpect(status().isConflict());

		resubmit(setup, setup.scene().leader()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Còn 2 câu hỏi")));
		answer(setup, setup.scene().otherOfficer(), ids.get(0), "Không phải đơn vị mình")
			.andExpect(status().isForbidden());
		answer(setup, setup.appraiser(), ids.get(0), "Thẩm định viên trả lời").andExpect(status().isForbidden());
		answer(setup, setup.scene().officer(), ids.get(0), "   ").andExpect(status().isBadRequest());
		answer(setup, setup.scene().officer(), ids.get(0), "Đã ban hành Quyết định 20/QĐ-UBND, đính kèm")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unanswered").value(1));
		resubmit(setup, setup.scene().leader()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Còn 1 câu hỏi")));
		answer(setup, setup.scene().leader(), ids.get(1), "Đạt 100% chỉ tiêu theo báo cáo")
			.andExpect(jsonPath("$.unanswered").value(0));
		resubmit(setup, setup.scene().officer()).andExpect(status().isForbidden());
		resubmit(setup, setup.scene().leader()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		answer(setup, setup.scene().officer(), ids.get(0), "Sau khi gửi lại").andExpect(status().isConflict());

		mvc.perform(get(setup.api() + "/changes").with(basic(setup.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].leafCode").value("1.1"))
			.andExpect(jsonPath("$[0].before.selfPoints").value(3.0))
			.andExpect(jsonPath("$[0].before.explanation").value("Kế hoạch số 15/KH-UBND"))
			.andExpect(jsonPath("$[0].selfPoints").value(4.0))
			.andExpect(jsonPath("$[0].explanation").value("Kế hoạch số 15/KH-UBND và Quyết định 20/QĐ-UBND"))
			.andExpect(jsonPath("$[0].question.answer").value("Đã ban hành Quyết định 20/QĐ-UBND, đính kèm"))
			.andExpect(jsonPath("$[1].leafCode").value("1.3"))
			.andExpect(jsonPath("$[1].selfPoints").value(2.0))
			.andExpect(jsonPath("$[1].before.selfPoints").value(2.0));

		mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.leaves[0].decision.kind").value("WITHDRAWN"))
			.andExpect(jsonPath("$.leaves[0].appraisedPoints").value(nullValue()))
			.andExpect(jsonPath("$.leaves[0].changedSinceReturn").value(true))
			.andExpect(jsonPath("$.leaves[1].decision.kind").value("ACCEPTED"))
			.andExpect(jsonPath("$.leaves[1].decision.round").value(1))
			.andExpect(jsonPath("$.leaves[2].changedSinceReturn").value(false))
			.andExpect(jsonPath("$.self.points").value(10.0));
		decide(setup, "1.1", "{\"points\": 3.5, \"reason\": \"Quyết định ban hành muộn\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.round").value(2))
			.andExpect(jsonPath("$.decision.selfPoints").value(4.0))
			.andExpect(jsonPath("$.decision.kind").value("ADJUSTED"));
	}

	@Test
	void aReturnNeedsAQuestionPerLeafWithinTheAppraisersScope() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		returnSheet(setup, setup.appraiser(), "{\"questions\": []}").andExpect(status().isBadRequest());
		returnSheet(setup, setup.appraiser(), "{\"questions\": [{\"leaf\": \"1.1\", \"question\": \" \"}]}")
			.andExpect(status().isBadRequest());
		returnSheet(setup, setup.appraiser(), "{\"questions\": [{\"leaf\": \"9.9\", \"question\": \"?\"}]}")
			.andExpect(status().isNotFound());
		returnSheet(setup, setup.areaAppraiser(), "{\"questions\": [{\"leaf\": \"1.1\", \"question\": \"Vì sao?\"}]}")
			.andExpect(status().isForbidden());
		returnSheet(setup, setup.scene().officer(), "{\"questions\": [{\"leaf\": \"1.1\", \"question\": \"?\"}]}")
			.andExpect(status().isForbidden());
		mvc.perform(get(setup.api()).with(basic(setup.appraiser()))).andExpect(jsonPath("$.status").value("SUBMITTED"));
		returnSheet(setup, setup.areaAppraiser(), "{\"questions\": [{\"leaf\": \"2.1\", \"question\": \"Số liệu?\"}]}")
			.andExpect(status().isOk());
	}

	@Test
	void answersAndResubmissionCloseWithTheAppraisalPhase() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		returnSheet(setup, setup.appraiser(), "{\"questions\": [{\"leaf\": \"1.2\", \"question\": \"Minh chứng?\"}]}")
			.andExpect(status().isOk());
		int id = JsonPath.read(mvc.perform(get(setup.api()).with(basic(setup.appraiser())))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.leaves[1].questions[0].id");
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		campaigns.reschedule(setup.scene().campaign(),
				List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(40), today.minusDays(30)),
						new PhaseDates(Phase.APPRAISAL, today.minusDays(29), today.minusDays(1))),
				"test");
		answer(setup, setup.scene().officer(), id, "Muộn").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("hết hạn")));
		resubmit(setup, setup.scene().leader()).andExpect(status().isConflict());
	}

	private ResultActions decide(TestAppraisals.Setup setup, String leaf, String json) throws Exception {
		return mvc.perform(post(setup.api() + "/leaves/" + leaf + "/decision").with(basic(setup.appraiser()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions returnSheet(TestAppraisals.Setup setup, UserView user, String json) throws Exception {
		return mvc.perform(
				post(setup.api() + "/return").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions answer(TestAppraisals.Setup setup, UserView user, int id, String answer) throws Exception {
		return mvc.perform(post(setup.api() + "/questions/" + id + "/answer").with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"" + answer + "\"}"));
	}

	private ResultActions resubmit(TestAppraisals.Setup setup, UserView user) throws Exception {
		return mvc.perform(post(setup.api() + "/resubmit").with(basic(user)));
	}

}
