package vn.parindex.assessment;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.audit.AuditRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SheetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SelfAssessment assessment;

	@Test
	void theSheetShowsEveryApplicableLeafWithItsMaximumAndRule() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.sheet()).with(as(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"leaf-1-1\"")))
			.andExpect(content().string(containsString("id=\"leaf-2-3\"")))
			.andExpect(content().string(containsString("đơn vị không tự chấm")))
			.andExpect(content().string(not(containsString("id=\"leaf-2-4\""))))
			.andExpect(content().string(containsString("Chưa bắt đầu")));
	}

	@Test
	void everyRuleTurnsItsInputIntoPointsAsTheOfficerTypes() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "value", "3,25").andExpect(content().string(containsString(">3,25<")))
			.andExpect(content().string(containsString("id=\"sheet-totals\" hx-swap-oob=\"true\"")));
		enter(scene, "1.2", "yes", "true").andExpect(content().string(containsString(">2,00<")));
		enter(scene, "1.3", "level", "Đạt").andExpect(content().string(containsString(">1,00<")));
		mvc.perform(leafPost(scene, "2.1").param("numerator", "82978").param("denominator", "86544"))
			.andExpect(content().string(containsString(">2,00<")));
		enter(scene, "2.2", "count", "3").andExpect(content().string(containsString(">0,50<")));
		SheetView sheet = assessment.sheet(scene.campaign(), scene.unit().id(), principal(scene.officer()));
		assertThat(sheet.totals().total().points()).isEqualByComparingTo("8.75");
		assertThat(sheet.totals().total().applicableMax()).isEqualByComparingTo("14");
		assertThat(sheet.totals().total().shownIndex()).isEqualByComparingTo("62.50");
	}

	@Test
	void aScoreAboveTheMaximumIsExplainedAndNothingIsSaved() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "value", "3");
		// the answer says why beside the fields, whose typed value the page keeps, and
		// shows the points as stored
		enter(scene, "1.1", "value", "5").andExpect(status().isOk())
			.andExpect(content().string(containsString("pi-error")))
			.andExpect(content().string(containsString("id=\"input-error-1-1\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString(">3,00<")))
			.andExpect(content().string(not(containsString("name=\"value\""))));
		assertThat(sheet(scene).entry("1.1").selfPoints()).isEqualByComparingTo("3");
		// the next save accepted clears the message
		enter(scene, "1.1", "value", "3,5").andExpect(content().string(containsString(">3,50<")))
			.andExpect(content().string(containsString("id=\"input-error-1-1\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("pi-error"))));
	}

	/**
	 * A save typed in a leaf answers with what it changed (the leaf's points, the totals)
	 * out of band, never the leaf's fields: what the person types meanwhile stays.
	 */
	@Test
	void aSaveAnswersWithThePointsAndTotalsNotTheFields() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.sheet()).with(as(scene.officer())))
			.andExpect(content().string(containsString("id=\"input-2-1\" hx-preserve=\"true\"")))
			.andExpect(content().string(containsString("hx-sync=\"closest .pi-sheet:queue all\"")))
			.andExpect(content().string(containsString("id=\"points-2-1\"")));
		mvc.perform(leafPost(scene, "2.1").param("numerator", "90").param("denominator", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"points-2-1\" hx-swap-oob=\"true\">2,00<")))
			.andExpect(content().string(containsString("id=\"sheet-totals\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("id=\"sheet-actions\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("id=\"total-2\" hx-swap-oob=\"innerHTML\"")))
			.andExpect(content().string(not(containsString("id=\"leaf-2-1\""))))
			.andExpect(content().string(not(containsString("<input"))))
			.andExpect(content().string(not(containsString("<form"))));
		mvc.perform(post(scene.sheet() + "/leaves/1.1/explanation").param("explanation", "Kế hoạch số 15/KH-UBND")
			.with(as(scene.officer()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence-note-1-1\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("id=\"points-1-1\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("<textarea"))))
			.andExpect(content().string(not(containsString("input-error-1-1"))));
	}

	@Test
	void aNotApplicableClaimNeedsAReasonAndLeavesTheDenominator() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(post(scene.sheet() + "/leaves/2.2/not-applicable").param("reason", " ")
			.with(as(scene.officer()))
			.with(csrf())).andExpect(content().string(containsString("Cần ghi rõ lý do.")));
		assertThat(sheet(scene).entry("2.2").notApplicable()).isFalse();
		mvc.perform(post(scene.sheet() + "/leaves/2.2/not-applicable")
			.param("reason", "Năm 2025 không có nhiệm vụ được giao")
			.with(as(scene.officer()))
			.with(csrf())).andExpect(content().string(containsString("Không phát sinh")));
		assertThat(sheet(scene).totals().total().applicableMax()).isEqualByComparingTo("12");
	}

	@Test
	void submissionIsBlockedUntilCompleteThenLocksTheSheet() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(post(scene.sheet() + "/submit").with(as(scene.leader())).with(csrf()))
			.andExpect(flash().attribute("flashError", "assessment.error.incomplete"));
		fillEverything(scene);
		mvc.perform(get(scene.sheet()).with(as(scene.leader())))
			.andExpect(content().string(containsString("id=\"ready\"")));
		mvc.perform(post(scene.sheet() + "/submit").with(as(scene.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(scene.sheet() + "/submit").with(as(scene.leader())).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "assessment.submitted"));
		assertThat(sheet(scene).status()).isEqualTo(SheetStatus.SUBMITTED);
		mvc.perform(leafPost(scene, "1.1").param("value", "1")).andExpect(status().isConflict());
		assertThat(sheet(scene).entry("1.1").selfPoints()).isEqualByComparingTo("4");
	}

	@Test
	void theSecretariatReopensWithAReasonAndEverythingIsInTheTimeline() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		fillEverything(scene);
		assessment.submit(scene.campaign(), scene.unit().id(), principal(scene.leader()));
		mvc.perform(post(scene.sheet() + "/reopen").param("reason", "").with(as(scene.secretariat())).with(csrf()))
			.andExpect(flash().attribute("flashError", "assessment.error.reasonRequired"));
		mvc.perform(post(scene.sheet() + "/reopen").param("reason", "Đơn vị xin bổ sung tài liệu")
			.with(as(scene.officer()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(scene.sheet() + "/reopen").param("reason", "Đơn vị xin bổ sung tài liệu")
			.with(as(scene.secretariat()))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "assessment.reopened"));
		assertThat(sheet(scene).status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())))
			.extracting(AuditRecord::action)
			.contains("INPUT_CHANGED", "EXPLANATION_CHANGED", "SUBMITTED", "REOPENED");
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())))
			.filteredOn((event) -> event.action().equals("REOPENED"))
			.singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("Đơn vị xin bổ sung tài liệu"));
	}

	@Test
	void theTimelineIsLoadedWhenOpenedAndShowsWhoChangedWhat() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "value", "2");
		mvc.perform(get(scene.sheet() + "/timeline").with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline-table\"")))
			.andExpect(content().string(containsString(scene.officer().username())))
			.andExpect(content().string(containsString("Nhập điểm")));
		mvc.perform(get(scene.sheet() + "/timeline").with(as(scene.otherOfficer()))).andExpect(status().isForbidden());
	}

	@Test
	void anOfficerOfAnotherUnitSeesNothingOfThisOne() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.sheet()).with(as(scene.otherOfficer()))).andExpect(status().isForbidden());
		mvc.perform(post(scene.sheet() + "/leaves/1.1").param("value", "4").with(as(scene.otherOfficer())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(sheet(scene).entry("1.1").input()).isNull();
	}

	@Test
	void theSecretariatReadsButDoesNotEdit() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.sheet()).with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("disabled")));
		mvc.perform(post(scene.sheet() + "/leaves/1.1").param("value", "4").with(as(scene.secretariat())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBackgroundSaveWithoutASessionGets401NotTheLoginPage() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(post(scene.sheet() + "/leaves/1.1").header("HX-Request", "true").param("value", "4").with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theProgressBoardShowsEveryUnitsStatus() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		fillEverything(scene);
		assessment.submit(scene.campaign(), scene.unit().id(), principal(scene.leader()));
		mvc.perform(get("/campaigns/{c}/progress", scene.campaign()).with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(scene.unit().name())))
			.andExpect(content().string(containsString("Đã gửi")))
			.andExpect(content().string(containsString(scene.other().name())))
			.andExpect(content().string(containsString("Chưa bắt đầu")));
		mvc.perform(get("/campaigns/{c}/progress", scene.campaign()).with(as(scene.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/campaigns/{c}/progress.xlsx", scene.campaign()).with(as(scene.secretariat())))
			.andExpect(status().isOk());
	}

	private void fillEverything(SheetFixture.Scene scene) throws Exception {
		enter(scene, "1.1", "value", "4");
		mvc.perform(post(scene.sheet() + "/leaves/1.1/explanation").param("explanation", "Kế hoạch số 15/KH-UBND")
			.with(as(scene.officer()))
			.with(csrf()));
		enter(scene, "1.2", "yes", "true");
		enter(scene, "1.3", "level", "Tốt");
		mvc.perform(leafPost(scene, "2.1").param("numerator", "90").param("denominator", "100"));
		enter(scene, "2.2", "count", "0");
	}

	private org.springframework.test.web.servlet.ResultActions enter(SheetFixture.Scene scene, String leaf, String name,
			String value) throws Exception {
		return mvc.perform(leafPost(scene, leaf).param(name, value));
	}

	private MockHttpServletRequestBuilder leafPost(SheetFixture.Scene scene, String leaf) {
		return post(scene.sheet() + "/leaves/" + leaf).with(as(scene.officer())).with(csrf());
	}

	private SheetView sheet(SheetFixture.Scene scene) {
		return assessment.sheet(scene.campaign(), scene.unit().id(), principal(scene.secretariat()));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(UserView user) {
		return user(accounts.principal(user));
	}

	private vn.parindex.accounts.CurrentUser principal(UserView user) {
		return (vn.parindex.accounts.CurrentUser) accounts.principal(user);
	}

}
