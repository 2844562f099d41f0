package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetReview;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.audit.AuditRecord;
import vn.parindex.framework.RuleInput;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class FinalisationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	CouncilFixture council;

	@Autowired
	CouncilCampaign campaigns;

	@Autowired
	SheetInputs inputs;

	@Autowired
	SheetReview review;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theChairFinalisesAFullyDecidedSheetAndItIsLocked() throws Exception {
		SheetFixture.Scene scene = council.decided();
		UserView chair = council.chair();
		mvc.perform(get(page(scene, "finalise")).with(user(accounts.principal(chair))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"finalise-sheet\"")))
			.andExpect(content().string(containsString("Thiếu kế hoạch quý IV")))
			.andExpect(content().string(containsString("67,86%")));
		mvc.perform(post(page(scene, "finalise")).with(user(accounts.principal(chair))).with(csrf()))
			.andExpect(redirectedUrl(page(scene, "finalise")))
			.andExpect(flash().attribute("flashSuccess", "council.finalise.done"));
		assertThat(statusOf(scene)).isEqualTo(SheetStatus.APPRAISED);
		assertThat(events.stream(AppraisalFinalised.class))
			.containsExactly(new AppraisalFinalised(scene.campaign(), scene.unit().id(), chair.username()));
		assertThat(review.history(scene.campaign(), scene.unit().id())).first()
			.extracting(AuditRecord::action, AuditRecord::actor)
			.containsExactly("FINALISED", chair.username());
		assertThatThrownBy(() -> assessment.enter(scene.campaign(), scene.unit().id(), "1.2",
				new RuleInput.YesNo(false), council.principal(scene.officer())))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> review.appraise(scene.campaign(), scene.unit().id(), "1.1", BigDecimal.ONE, null,
				"Sửa sau phê duyệt", "thamdinh.a"))
			.isInstanceOf(Refusal.class);
		mvc.perform(put(scene.api() + "/leaves/1.2").contentType(MediaType.APPLICATION_JSON)
			.content("{\"yes\": false}")
			.with(basic(scene.officer()))).andExpect(status().isConflict());
	}

	@Test
	void onlyTheChairFinalises() throws Exception {
		SheetFixture.Scene scene = council.decided();
		for (UserView other : new UserView[] { council.appraiser(), scene.secretariat(), accounts.create(Role.ADMIN),
				scene.leader() }) {
			mvc.perform(post(page(scene, "finalise")).with(user(accounts.principal(other))).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post(api(scene, "finalise")).with(basic(other)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get(page(scene, "finalise")).with(user(accounts.principal(council.appraiser()))))
			.andExpect(status().isForbidden());
		mvc.perform(get(page(scene, "finalise")).with(user(accounts.principal(scene.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ Chủ tịch Hội đồng phê duyệt")));
		assertThat(statusOf(scene)).isEqualTo(SheetStatus.SUBMITTED);
	}

	@Test
	void undecidedLeavesBlockFinalisationAndNothingChanges() throws Exception {
		SheetFixture.Scene scene = council.submitted();
		council.decide(scene, "1.1", new BigDecimal("2.5"), null, "Thiếu kế hoạch quý IV", "thamdinh.a", 1);
		UserView chair = council.chair();
		mvc.perform(post(api(scene, "finalise")).with(basic(chair)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Chưa thể phê duyệt: còn 4 tiêu chí chưa có quyết định thẩm định (1.2, 1.3, 2.1, 2.2)."));
		mvc.perform(post(page(scene, "finalise")).with(user(accounts.principal(chair))).with(csrf()))
			.andExpect(flash().attribute("flashError", "council.error.undecided"));
		mvc.perform(get(page(scene, "finalise")).with(user(accounts.principal(chair))))
			.andExpect(content().string(containsString("Còn 4 tiêu chí chưa có quyết định thẩm định")));
		assertThat(statusOf(scene)).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(review.history(scene.campaign(), scene.unit().id())).extracting(AuditRecord::action)
			.doesNotContain("FINALISED");
	}

	@Test
	void draftAndReturnedSheetsAreNotFinalised() throws Exception {
		UserView chair = council.chair();
		SheetFixture.Scene draft = council.scene();
		mvc.perform(post(api(draft, "finalise")).with(basic(chair))).andExpect(status().isConflict());
		SheetFixture.Scene returned = council.decided();
		review.returnForExplanation(returned.campaign(), returned.unit().id(), Set.of("1.2"), "thamdinh.a",
				"Cần giải trình");
		mvc.perform(post(api(returned, "finalise")).with(basic(chair)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RETURNED")));
		assertThat(statusOf(returned)).isEqualTo(SheetStatus.RETURNED);
	}

	@Test
	void theSecretariatReopensAFinalisedSheetWithAReasonAndItIsAudited() throws Exception {
		SheetFixture.Scene scene = council.decided();
		mvc.perform(post(api(scene, "finalise")).with(basic(council.chair())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPRAISED"))
			.andExpect(jsonPath("$.finalised").value(true));
		mvc.perform(post(api(scene, "reopen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Sai sót\"}")
			.with(basic(council.chair()))).andExpect(status().isForbidden());
		mvc.perform(post(api(scene, "reopen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"  \"}")
			.with(basic(scene.secretariat())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Cần nêu lý do mở lại."));
		mvc.perform(post(page(scene, "reopen")).param("reason", "")
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf())).andExpect(flash().attribute("flashError", "council.error.reasonRequired"));
		assertThat(statusOf(scene)).isEqualTo(SheetStatus.APPRAISED);
		mvc.perform(post(page(scene, "reopen")).param("reason", "Sai sót khi nhập điểm 1.3")
			.with(user(accounts.principal(scene.secretariat())))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "council.reopen.done"));
		assertThat(statusOf(scene)).isEqualTo(SheetStatus.SUBMITTED);
		mvc.perform(get(api(scene, "timeline")).with(basic(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[-1].action").value("APPRAISAL_REOPENED"))
			.andExpect(jsonPath("$[-1].actor").value(scene.secretariat().username()))
			.andExpect(jsonPath("$[-1].reason").value("Sai sót khi nhập điểm 1.3"))
			.andExpect(jsonPath("$[-2].action").value("FINALISED"));
		mvc.perform(post(api(scene, "reopen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Lần nữa\"}")
			.with(basic(scene.secretariat()))).andExpect(status().isConflict());
	}

	@Test
	void bulkFinalisationPreviewsAndFinalisesOnlyReadySheets() throws Exception {
		CouncilCampaign.Dataset data = campaigns.create();
		UserView chair = council.chair();
		String bulk = "/appraisal/campaigns/" + data.campaign() + "/finalise";
		String api = "/api/v1/campaigns/" + data.campaign() + "/appraisal/finalise";
		mvc.perform(get(api + "/preview").with(basic(chair)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(2))
			.andExpect(jsonPath("$.skipped").value(1))
			.andExpect(jsonPath("$.sheets[?(@.unit == '" + data.u2().code() + "')].skipped").value("undecided"))
			.andExpect(jsonPath("$.sheets[?(@.unit == '" + data.u2().code() + "')].undecided").value(1));
		mvc.perform(get(bulk).param("unitType", "PROVINCE").with(user(accounts.principal(chair))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 phiếu sẽ được phê duyệt, 1 phiếu bị bỏ qua.")))
			.andExpect(content().string(containsString("Còn 1 tiêu chí chưa có quyết định")));
		mvc.perform(get(api + "/preview").param("unitType", "CUC").with(basic(chair)))
			.andExpect(jsonPath("$.eligible").value(0))
			.andExpect(jsonPath("$.skipped").value(0));
		mvc.perform(post(bulk).with(user(accounts.principal(council.appraiser()))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(bulk).param("unitType", "PROVINCE").with(user(accounts.principal(chair))).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "council.bulk.done"));
		assertThat(inputs.forCampaign(data.campaign())).extractingByKeys(data.u1().id(), data.u2().id(), data.u3().id())
			.extracting((sheet) -> sheet.status())
			.containsExactly(SheetStatus.APPRAISED, SheetStatus.SUBMITTED, SheetStatus.APPRAISED);
		mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{}").with(basic(chair)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.finalised").isEmpty())
			.andExpect(jsonPath("$.skipped.length()").value(3));
	}

	private SheetStatus statusOf(SheetFixture.Scene scene) {
		return inputs.forUnit(scene.campaign(), scene.unit().id()).orElseThrow().status();
	}

	private static String page(SheetFixture.Scene scene, String action) {
		return "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id() + "/" + action;
	}

	private static String api(SheetFixture.Scene scene, String action) {
		return "/api/v1/campaigns/" + scene.campaign() + "/appraisal/sheets/" + scene.unit().code() + "/" + action;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
