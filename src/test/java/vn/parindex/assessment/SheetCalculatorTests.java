package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkInfo;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleKind;

import static org.assertj.core.api.Assertions.assertThat;

class SheetCalculatorTests {

	static final FrameworkTree TREE = FrameworkTree.of(List.of(area("1"), leaf("1.1", "1", "4", null),
			leaf("1.2", "1", "8", null), area("2"), leaf("2.1", "2", "6", "CUC"),
			new FrameworkNode("2.2", "2", "Khảo sát", null, new BigDecimal("2"), Source.SURVEY, RuleKind.SURVEY_SCALE,
					"scale=5", null, null, false),
			area("9"),
			new FrameworkNode("9.1", "9", "Thưởng", null, new BigDecimal("3"), Source.BONUS, RuleKind.MANUAL, null,
					null, null, false),
			new FrameworkNode("9.2", "9", "Trừ", null, new BigDecimal("3"), Source.PENALTY, RuleKind.MANUAL, null, null,
					null, false)));

	static final FrameworkSettings SETTINGS = new FrameworkSettings("Thử", 2025, "PROVINCE", new BigDecimal("1"),
			new BigDecimal("2"));

	static final FrameworkView VIEW = new FrameworkView(
			new FrameworkInfo(1, SETTINGS, FrameworkStatus.ACTIVE, null, Instant.EPOCH, TREE.summary()), TREE);

	private final SheetCalculator province = new SheetCalculator(VIEW, 1, "PROVINCE");

	@Test
	void theIndexIsPointsOverTheApplicableMaximum() {
		SheetTotals totals = province.calculate(entries(scored("1.1", "3"), scored("1.2", "8")), Set.of("1.1", "1.2"));
		assertThat(totals.total().points()).isEqualByComparingTo("11");
		assertThat(totals.total().applicableMax()).isEqualByComparingTo("12");
		assertThat(totals.total().shownIndex()).isEqualByComparingTo("91.67");
		assertThat(totals.node("1").shownIndex()).isEqualByComparingTo("91.67");
	}

	@Test
	void leavesForOtherUnitTypesAndSurveyLeavesAreNotPartOfTheSelfAssessment() {
		SheetTotals totals = province.calculate(entries(scored("1.1", "4"), scored("1.2", "8")), Set.of("1.1", "1.2"));
		assertThat(totals.node("2").index()).as("area 2 has nothing self-scored for a province").isNull();
		assertThat(totals.progress().applicable()).isEqualTo(2);
		SheetTotals cuc = new SheetCalculator(VIEW, 2, "CUC").calculate(entries(scored("2.1", "3")), Set.of());
		assertThat(cuc.progress().applicable()).isEqualTo(3);
		assertThat(cuc.total().applicableMax()).isEqualByComparingTo("18");
	}

	@Test
	void aNotApplicableLeafLeavesTheDenominator() {
		LeafEntry claimed = LeafEntry.empty("1.2").withNotApplicable(true, "Không phát sinh nhiệm vụ trong năm");
		SheetTotals totals = province.calculate(entries(scored("1.1", "3"), claimed), Set.of("1.1"));
		assertThat(totals.total().applicableMax()).isEqualByComparingTo("4");
		assertThat(totals.total().shownIndex()).isEqualByComparingTo("75.00");
		assertThat(totals.progress().notApplicable()).isEqualTo(1);
		assertThat(totals.progress().filled()).isEqualTo(2);
		assertThat(totals.blockers()).isEmpty();
	}

	@Test
	void anAreaWithNothingApplicableHasNoIndex() {
		LeafEntry first = LeafEntry.empty("1.1").withNotApplicable(true, "Không phát sinh");
		LeafEntry second = LeafEntry.empty("1.2").withNotApplicable(true, "Không phát sinh");
		SheetTotals totals = province.calculate(entries(first, second), Set.of());
		assertThat(totals.node("1").index()).isNull();
		assertThat(totals.total().index()).isNull();
	}

	@Test
	void bonusAndPenaltyStayWithinTheirCapsAndTheTotalWithinTheMaximum() {
		SheetTotals totals = province.calculate(
				entries(scored("1.1", "4"), scored("1.2", "8"), scored("9.1", "3"), scored("9.2", "0.5")),
				Set.of("1.1", "1.2"));
		assertThat(totals.bonus()).isEqualByComparingTo("1");
		assertThat(totals.penalty()).isEqualByComparingTo("0.5");
		assertThat(totals.total().points()).as("12 + 1 − 0.5 clamped to the maximum 12").isEqualByComparingTo("12");
		SheetTotals low = province.calculate(entries(scored("1.1", "0.5"), scored("9.2", "3")), Set.of());
		assertThat(low.penalty()).isEqualByComparingTo("2");
		assertThat(low.total().points()).isEqualByComparingTo("0");
	}

	@Test
	void aBonusOrPenaltyLeafClaimedNotApplicableCountsNothing() {
		LeafEntry bonus = scored("9.1", "1").withNotApplicable(true, "Không có sáng kiến trong năm");
		LeafEntry penalty = scored("9.2", "2").withNotApplicable(true, "Không bị xử lý kỷ luật");
		SheetTotals totals = province.calculate(entries(scored("1.1", "3"), scored("1.2", "6"), bonus, penalty),
				Set.of("1.1", "1.2"));
		assertThat(totals.bonus()).isEqualByComparingTo("0");
		assertThat(totals.penalty()).isEqualByComparingTo("0");
		assertThat(totals.total().points()).isEqualByComparingTo("9");
	}

	@Test
	void computedPointsKeepFourDecimalsThroughTheTotals() {
		LeafEntry computed = LeafEntry.empty("1.1")
			.withInput(new RuleInput.Ratio(new BigDecimal("82978"), new BigDecimal("86544")), new BigDecimal("3.8352"));
		SheetTotals totals = province.calculate(entries(computed, scored("1.2", "8")), Set.of("1.1", "1.2"));
		assertThat(totals.node("1.1").points()).isEqualTo(new BigDecimal("3.8352"));
		assertThat(totals.total().points()).isEqualTo(new BigDecimal("11.8352"));
		assertThat(totals.total().applicableMax()).isEqualTo(new BigDecimal("12.00"));
	}

	@Test
	void missingInputsAndEvidenceBlockSubmission() {
		SheetTotals totals = province.calculate(entries(scored("1.1", "3")), Set.of());
		assertThat(totals.blockers()).containsExactly(
				new SheetTotals.Blocker("1.1", SheetTotals.Blocker.Kind.MISSING_EVIDENCE),
				new SheetTotals.Blocker("1.2", SheetTotals.Blocker.Kind.MISSING_INPUT),
				new SheetTotals.Blocker("1.2", SheetTotals.Blocker.Kind.MISSING_EVIDENCE));
		LeafEntry explained = scored("1.1", "3").withExplanation("Văn bản số 12/KH-UBND đã gửi qua trục liên thông");
		assertThat(province.calculate(entries(explained, scored("1.2", "8")), Set.of("1.2")).blockers()).isEmpty();
	}

	@Test
	void anImportedScoreWithoutAnInputCountsAsFilledAndBlocksNothing() {
		LeafEntry imported = new LeafEntry("1.1", null, new BigDecimal("3.5"), false, null, "Văn bản số 12/KH-UBND",
				new BigDecimal("3"), null, null);
		SheetTotals totals = province.calculate(entries(imported, scored("1.2", "8")), Set.of("1.2"));
		assertThat(totals.total().points()).isEqualByComparingTo("11.5");
		assertThat(totals.progress().filled()).isEqualTo(2);
		assertThat(totals.blockers()).isEmpty();
	}

	@Test
	void addingANotApplicableLeafNeverChangesTheIndex() {
		java.util.Random random = new java.util.Random(42);
		for (int run = 0; run < 200; run++) {
			BigDecimal first = BigDecimal.valueOf(random.nextInt(17), 2).multiply(BigDecimal.valueOf(25));
			LeafEntry scored = scored("1.1", first.min(new BigDecimal("4")).toPlainString());
			BigDecimal before = province.calculate(entries(scored), Set.of()).node("1.1").index();
			LeafEntry claimed = LeafEntry.empty("1.2").withNotApplicable(true, "Không phát sinh");
			SheetTotals after = province.calculate(entries(scored, claimed), Set.of());
			assertThat(after.node("1").index()).isEqualByComparingTo(before);
		}
	}

	private static Map<String, LeafEntry> entries(LeafEntry... entries) {
		Map<String, LeafEntry> map = new HashMap<>();
		for (LeafEntry entry : entries) {
			map.put(entry.leafCode(), entry);
		}
		return map;
	}

	static LeafEntry scored(String code, String points) {
		return LeafEntry.empty(code).withInput(new RuleInput.Number(new BigDecimal(points)), new BigDecimal(points));
	}

	static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode leaf(String code, String parent, String max, String appliesTo) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), Source.SELF,
				RuleKind.MANUAL, "step=0.25", "Thẩm định", appliesTo, true);
	}

}
