package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.audit.AuditRecord;
import vn.parindex.engine.LeafFiguresChanged;
import vn.parindex.framework.RuleInput;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SheetReviewTests.Recorder.class)
class SheetReviewTests {

	@Autowired
	SheetFixture fixture;

	@Autowired
	SheetReview review;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SheetInputs inputs;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recorder recorder;

	@Test
	void theCouncilsDecisionsSitBesideTheUnitsOwnAndMoveTheAppraisedTotal() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		review.appraise(campaign, unit, "1.1", new BigDecimal("2.5"), null, "Thiếu kế hoạch quý IV", "thamdinh");
		review.appraise(campaign, unit, "2.2", null, false, "Có 2 nhiệm vụ quá hạn", "thamdinh");
		LeafEntry adjusted = inputs.forUnit(campaign, unit).orElseThrow().entry("1.1");
		assertThat(adjusted.selfPoints()).isEqualByComparingTo("3");
		assertThat(adjusted.appraisedPoints()).isEqualByComparingTo("2.5");
		assertThat(adjusted.appraisalReason()).isEqualTo("Thiếu kế hoạch quý IV");
		SheetView sheet = assessment.sheet(campaign, unit, leader(scene));
		assertThat(sheet.totals().total().points()).isEqualByComparingTo("9");
		assertThat(sheet.totals().total().applicableMax()).isEqualByComparingTo("12");
		// 2.2 rejected as not applicable and not scored: 0 of 2 more in the denominator
		assertThat(sheet.appraisedTotals().total().points()).isEqualByComparingTo("8.5");
		assertThat(sheet.appraisedTotals().total().applicableMax()).isEqualByComparingTo("14");
		assertThat(recorder.units).contains(unit);
	}

	@Test
	void appraisedPointsStayWithinTheLeafsMaximum() {
		SheetFixture.Scene scene = fixture.submitted();
		assertThatThrownBy(() -> review.appraise(scene.campaign(), scene.unit().id(), "1.1", new BigDecimal("4.5"),
				null, "Quá điểm", "thamdinh"))
			.isInstanceOfSatisfying(Refusal.class,
					(error) -> assertThat(error.messageKey()).isEqualTo("assessment.error.appraisedOutOfRange"));
		assertThatThrownBy(() -> review.appraise(scene.campaign(), scene.unit().id(), "9.9", BigDecimal.ONE, null,
				"Không có", "thamdinh"))
			.isInstanceOf(Refusal.class);
		assertThat(inputs.forUnit(scene.campaign(), scene.unit().id()).orElseThrow().entry("1.1").appraisedPoints())
			.isNull();
	}

	@Test
	void aReturnedSheetOpensOnlyTheLeavesAskedAbout() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		CurrentUser officer = officer(scene);
		review.returnForExplanation(campaign, unit, Set.of("1.2"), "thamdinh", "Cần giải trình 1.2");
		assertThat(inputs.forUnit(campaign, unit).orElseThrow().openLeaves()).containsExactly("1.2");
		assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(false), officer);
		assertThatThrownBy(() -> assessment.enter(campaign, unit, "1.1", new RuleInput.Number(BigDecimal.ONE), officer))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> review.appraise(campaign, unit, "1.1", BigDecimal.ONE, null, "x", "thamdinh"))
			.isInstanceOf(Refusal.class);
		review.resubmit(campaign, unit, scene.leader().username());
		SheetInput state = inputs.forUnit(campaign, unit).orElseThrow();
		assertThat(state.status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(state.openLeaves()).isEmpty();
		assertThat(state.entry("1.2").selfPoints()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(true), officer))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void aFinalisedSheetIsLockedUntilReopenedWithAReason() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assertThatThrownBy(() -> review.resubmit(campaign, unit, "x")).isInstanceOf(Refusal.class);
		review.finalise(campaign, unit, "chutich");
		assertThat(inputs.forUnit(campaign, unit).orElseThrow().finalised()).isTrue();
		assertThatThrownBy(() -> review.appraise(campaign, unit, "1.1", BigDecimal.ONE, null, "x", "thamdinh"))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> review.returnForExplanation(campaign, unit, Set.of("1.1"), "thamdinh", null))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> review.reopenAppraisal(campaign, unit, "thuongtruc", " ")).isInstanceOf(Refusal.class);
		review.reopenAppraisal(campaign, unit, "thuongtruc", "Sai sót khi nhập điểm 1.3");
		assertThat(inputs.forUnit(campaign, unit).orElseThrow().status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(review.history(campaign, unit)).extracting(AuditRecord::action)
			.containsSubsequence("APPRAISAL_REOPENED", "FINALISED", "SUBMITTED");
	}

	private CurrentUser officer(SheetFixture.Scene scene) {
		return (CurrentUser) accounts.principal(scene.officer());
	}

	private CurrentUser leader(SheetFixture.Scene scene) {
		return (CurrentUser) accounts.principal(scene.leader());
	}

	@TestConfiguration
	static class Recorder {

		final List<Long> units = new ArrayList<>();

		@EventListener
		void on(LeafFiguresChanged changed) {
			units.addAll(changed.unitIds());
		}

	}

}
