package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.assessment.SheetReview;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AppraisalTimelineTests {

	@Autowired
	CouncilFixture council;

	@Autowired
	AppraisalTimeline timeline;

	@Autowired
	Finalisation finalisation;

	@Autowired
	SheetReview review;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	Assignments assignments;

	@Test
	void theTimelineTellsTheWholeStoryInOrderWithActorsAndReasons() {
		Story story = story();
		List<AppraisalTimelineEntry> lines = timeline.of(story.scene.campaign(), story.scene.unit().id(), null,
				council.principal(story.scene.secretariat()));
		assertThat(lines).extracting(AppraisalTimelineEntry::action)
			.containsSubsequence("INPUT_CHANGED", "NOT_APPLICABLE_CLAIMED", "SUBMITTED", "DECISION_ADJUSTED",
					"QUESTION_ASKED", "RETURNED", "INPUT_CHANGED", "QUESTION_ANSWERED", "RESUBMITTED",
					"DECISION_ACCEPTED", "DECISION_CLAIM_REJECTED", "FINALISED");
		assertThat(lines).filteredOn((line) -> line.source() != AppraisalTimelineEntry.Source.SHEET)
			.extracting(AppraisalTimelineEntry::action, AppraisalTimelineEntry::leafCode, AppraisalTimelineEntry::actor,
					AppraisalTimelineEntry::reason, AppraisalTimelineEntry::round)
			.contains(tuple("DECISION_ADJUSTED", "1.1", "thamdinh.a", "Thiếu kế hoạch quý IV", 1),
					tuple("QUESTION_ASKED", "1.2", "thamdinh.a", null, 1),
					tuple("QUESTION_ANSWERED", "1.2", story.scene.officer().username(), null, 1),
					tuple("DECISION_ACCEPTED", "1.2", "thamdinh.a", null, 2),
					tuple("DECISION_CLAIM_REJECTED", "2.2", "thamdinh.a", "Có 2 nhiệm vụ quá hạn", 2));
		assertThat(lines).filteredOn((line) -> "QUESTION_ANSWERED".equals(line.action()))
			.extracting(AppraisalTimelineEntry::oldValue, AppraisalTimelineEntry::newValue)
			.containsExactly(tuple("Vì sao có quy chế?", "Quy chế đang trình ký"));
		assertThat(lines).filteredOn((line) -> "RETURNED".equals(line.action()))
			.extracting(AppraisalTimelineEntry::actor, AppraisalTimelineEntry::reason)
			.containsExactly(tuple("thamdinh.a", "Cần giải trình 1.2"));
		assertThat(lines).filteredOn((line) -> "FINALISED".equals(line.action()))
			.extracting(AppraisalTimelineEntry::actor)
			.containsExactly(story.chair.username());
		assertThat(lines).filteredOn((line) -> line.source() == AppraisalTimelineEntry.Source.ASSIGNMENT)
			.extracting(AppraisalTimelineEntry::action, AppraisalTimelineEntry::actor)
			.containsExactly(tuple("ASSIGNED", story.scene.secretariat().username()));
		assertThat(lines).isSortedAccordingTo(java.util.Comparator.comparing(AppraisalTimelineEntry::at));
	}

	@Test
	void theTimelineFiltersByLeaf() {
		Story story = story();
		List<AppraisalTimelineEntry> lines = timeline.of(story.scene.campaign(), story.scene.unit().id(), "1.2",
				council.principal(story.chair));
		assertThat(lines).extracting(AppraisalTimelineEntry::leafCode).containsOnly("1.2");
		assertThat(lines).extracting(AppraisalTimelineEntry::action)
			.containsExactly("INPUT_CHANGED", "QUESTION_ASKED", "INPUT_CHANGED", "QUESTION_ANSWERED",
					"DECISION_ACCEPTED");
	}

	@Test
	void theUnitSeesTheCouncilsDecisionsOnlyOnceFinalAndNeverAnotherUnitsTimeline() throws Exception {
		SheetFixture.Scene scene = council.submitted();
		council.decide(scene, "1.1", new BigDecimal("2.5"), null, "Thiếu kế hoạch quý IV", "thamdinh.a", 1);
		long questionId = council.ask(scene, "1.2", 1, "Vì sao có quy chế?", "thamdinh.a");
		assertThat(questionId).isPositive();
		String api = "/api/v1/campaigns/" + scene.campaign() + "/appraisal/sheets/" + scene.unit().code() + "/timeline";
		mvc.perform(get(api).with(basic(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.source == 'DECISION')]").isEmpty())
			.andExpect(jsonPath("$[?(@.action == 'QUESTION_ASKED')].newValue").value("Vì sao có quy chế?"));
		mvc.perform(get(api).with(basic(scene.secretariat())))
			.andExpect(jsonPath("$[?(@.action == 'DECISION_ADJUSTED')].reason").value("Thiếu kế hoạch quý IV"));
		mvc.perform(get(api).with(basic(scene.otherOfficer())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(page(scene)).with(user(accounts.principal(scene.otherOfficer()))))
			.andExpect(status().isForbidden());
		mvc.perform(get(api).with(basic(accounts.create(vn.parindex.accounts.Role.VIEWER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTimelinePageRendersInBothLanguages() throws Exception {
		Story story = story();
		mvc.perform(get(page(story.scene)).with(user(accounts.principal(story.scene.officer()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký thẩm định")))
			.andExpect(content().string(containsString("Phê duyệt kết quả thẩm định")))
			.andExpect(content().string(containsString("Điều chỉnh điểm")))
			.andExpect(content().string(containsString("Quy chế đang trình ký")));
		mvc.perform(get(page(story.scene)).param("leaf", "2.2")
			.cookie(new Cookie("parindex-lang", "en"))
			.with(user(accounts.principal(story.chair))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Appraisal timeline")))
			.andExpect(content().string(containsString("Not-applicable claim rejected")))
			.andExpect(content().string(containsString("Có 2 nhiệm vụ quá hạn")));
	}

	/**
	 * Submitted; 1.1 adjusted; returned with a question on 1.2; the unit changes 1.2 and
	 * answers; resubmitted; 1.2 accepted at its new 0 points, 2.2's claim rejected, the
	 * rest accepted; finalised by the chair.
	 */
	private Story story() {
		SheetFixture.Scene scene = council.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assignments.assign(campaign, council.appraiser().username(), unit, null,
				council.principal(scene.secretariat()));
		council.decide(scene, "1.1", new BigDecimal("2.5"), null, "Thiếu kế hoạch quý IV", "thamdinh.a", 1);
		long question = council.ask(scene, "1.2", 1, "Vì sao có quy chế?", "thamdinh.a");
		review.returnForExplanation(campaign, unit, Set.of("1.2"), "thamdinh.a", "Cần giải trình 1.2");
		assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(false), council.principal(scene.officer()));
		council.answer(question, "Quy chế đang trình ký", scene.officer().username());
		review.resubmit(campaign, unit, scene.leader().username());
		council.decide(scene, "1.2", BigDecimal.ZERO, null, null, "thamdinh.a", 2);
		council.decide(scene, "1.3", new BigDecimal("2"), null, null, "thamdinh.a", 2);
		council.decide(scene, "2.1", new BigDecimal("2"), null, null, "thamdinh.a", 2);
		council.decide(scene, "2.2", BigDecimal.ZERO, false, "Có 2 nhiệm vụ quá hạn", "thamdinh.a", 2);
		UserView chair = council.chair();
		finalisation.finalise(campaign, unit, council.principal(chair));
		return new Story(scene, chair);
	}

	private static String page(SheetFixture.Scene scene) {
		return "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id() + "/timeline";
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

	private record Story(SheetFixture.Scene scene, UserView chair) {
	}

}
