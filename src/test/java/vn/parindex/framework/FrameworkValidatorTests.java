package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FrameworkValidatorTests {

	@Test
	void aWellFormedFrameworkPasses() {
		assertThatCode(() -> FrameworkValidator.check(Trees.small())).doesNotThrowAnyException();
	}

	@Test
	void codesMustBeUniqueAndWellFormed() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.2", "1", "1"));
		nodes.add(Trees.leaf("bad code!", "1", "1"));
		assertThat(keys(nodes)).contains("framework.error.duplicateCode", "framework.error.badCode");
		assertThat(FrameworkValidator.problems(nodes, Map.of()))
			.filteredOn((p) -> p.messageKey().endsWith("duplicateCode"))
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.index()).isEqualTo(8);
				assertThat(problem.field()).isEqualTo("code");
			});
	}

	@Test
	void parentsMustExistAndNotFormACycle() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("3.1", "3", "1"));
		nodes.add(Trees.parent("A", "B", "A"));
		nodes.add(Trees.parent("B", "A", "B"));
		nodes.add(Trees.leaf("A.1", "A", "1"));
		assertThat(keys(nodes)).contains("framework.error.unknownParent", "framework.error.cycle");
	}

	@Test
	void leavesNeedAPositiveMaximumWithAtMostTwoDecimals() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "0"));
		nodes.add(Trees.leaf("1.4", "1", "-1"));
		nodes.add(Trees.leaf("1.5", "1", "0.125"));
		nodes.add(new FrameworkNode("1.6", "1", "Không điểm", null, null, null, null, null, null, null, true));
		assertThat(keys(nodes)).containsExactlyInAnyOrder("framework.error.leafMaxRequired",
				"framework.error.leafMaxRequired", "framework.error.tooManyDecimals",
				"framework.error.leafMaxRequired");
	}

	@Test
	void aTypedParentMaximumMustEqualTheSumOfItsChildren() {
		List<FrameworkProblem> problems = FrameworkValidator.problems(Trees.small(),
				Map.of("1", new BigDecimal("5"), "2", new BigDecimal("6.00")));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("framework.error.parentSum");
			assertThat(problem.code()).isEqualTo("1");
			assertThat(problem.arguments()).extracting(Object::toString).containsExactly("5", "4.00");
		});
	}

	@Test
	void ruleParametersMustParseAndFitTheMaximum() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "1", Source.SELF, RuleKind.LEVELS, "Tốt=200%; Không=0"));
		nodes.add(Trees.leaf("1.4", "1", "1", Source.SELF, RuleKind.RATIO_TIERS, "50%=1; 80%=1"));
		nodes.add(Trees.leaf("1.5", "1", "1", Source.SELF, RuleKind.DEDUCTION, "nonsense"));
		List<FrameworkProblem> problems = FrameworkValidator.problems(nodes, Map.of());
		assertThat(problems).hasSize(3)
			.allSatisfy((problem) -> assertThat(problem.field()).isEqualTo("rule_params"))
			.extracting(FrameworkProblem::code)
			.containsExactly("1.3", "1.4", "1.5");
	}

	@Test
	void aSurveyScaleRuleNeedsASurveySource() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "1", Source.SELF, RuleKind.SURVEY_SCALE, "scale=5"));
		assertThat(keys(nodes)).containsExactly("framework.error.surveyRuleNeedsSurveySource");
	}

	@Test
	void aSurveyScoreRuleNeedsASurveySource() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "1", Source.STATISTIC, RuleKind.SURVEY_SCORE, null));
		assertThat(keys(nodes)).containsExactly("framework.error.surveyRuleNeedsSurveySource");
	}

	@Test
	void aStatisticLeafNamesItsIndicators() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("2.3", "2", "1", Source.STATISTIC, RuleKind.RATIO_TIERS, "linear; target=80%"));
		nodes.add(Trees.leaf("2.4", "2", "1", Source.STATISTIC, RuleKind.DEDUCTION, "step=0.25"));
		nodes.add(Trees.leaf("2.5", "2", "1", Source.STATISTIC, RuleKind.MANUAL, "step=0.25"));
		nodes.add(Trees.leaf("2.6", "2", "1", Source.STATISTIC, RuleKind.YES_NO, null));
		List<FrameworkProblem> problems = FrameworkValidator.problems(nodes, Map.of());
		assertThat(problems).extracting(FrameworkProblem::code, FrameworkProblem::field, FrameworkProblem::messageKey)
			.containsExactly(tuple("2.3", "rule_params", "framework.error.statisticNeedsIndicator"),
					tuple("2.4", "rule_params", "framework.error.statisticNeedsIndicator"),
					tuple("2.5", "rule_params", "framework.error.statisticNeedsIndicator"),
					tuple("2.6", "rule_params", "framework.error.statisticNeedsIndicator"));
	}

	@Test
	void statisticLeavesWithIndicatorsOrAFormulaPass() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("2.3", "2", "1", Source.STATISTIC, RuleKind.RATIO_TIERS,
				"indicator=PAKN_DUNG_HAN; linear; target=80%; zero=full"));
		nodes.add(Trees.leaf("2.4", "2", "1", Source.STATISTIC, RuleKind.DEDUCTION,
				"indicator=NHIEM_VU_QUA_HAN; step=0.25"));
		nodes.add(Trees.leaf("2.5", "2", "10", Source.STATISTIC, RuleKind.FORMULA,
				"A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; C=766.SO_HOA_HS; formula=6*A + min(2, 2.5*B) + 2.5*C"));
		assertThat(keys(nodes)).isEmpty();
	}

	@Test
	void aFormulaIsOnlyForStatisticLeaves() {
		for (Source source : new Source[] { Source.SELF, Source.SURVEY }) {
			List<FrameworkNode> nodes = Trees.small();
			nodes.add(Trees.leaf("1.3", "1", "1", source, RuleKind.FORMULA, "A=X; formula=A"));
			assertThat(FrameworkValidator.problems(nodes, Map.of()))
				.extracting(FrameworkProblem::field, FrameworkProblem::messageKey)
				.as(source.name())
				.containsExactly(tuple("rule", "framework.error.formulaNeedsStatisticSource"));
		}
		List<FrameworkNode> bonus = Trees.small();
		bonus.add(Trees.area("9", "Điểm thưởng"));
		bonus.add(Trees.leaf("9.1", "9", "1", Source.BONUS, RuleKind.FORMULA, "A=X; formula=A"));
		assertThat(keys(bonus)).containsExactly("framework.error.formulaNeedsStatisticSource");
	}

	@Test
	void onlyAStatisticLeafNamesAnIndicatorOrAZeroPolicy() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "1", Source.SELF, RuleKind.RATIO_TIERS, "indicator=TTHC_DUNG_HAN; linear"));
		nodes.add(Trees.leaf("1.4", "1", "1", Source.SELF, RuleKind.DEDUCTION, "indicator=NHIEM_VU_QUA_HAN; step=1"));
		nodes.add(Trees.leaf("2.3", "2", "1", Source.SURVEY, RuleKind.RATIO_TIERS, "indicator=X; linear; zero=full"));
		nodes.add(Trees.leaf("1.5", "1", "1", Source.SELF, RuleKind.RATIO_TIERS, "linear; target=80%"));
		assertThat(FrameworkValidator.problems(nodes, Map.of()))
			.extracting(FrameworkProblem::code, FrameworkProblem::field, FrameworkProblem::messageKey)
			.containsExactly(tuple("1.3", "rule_params", "framework.error.indicatorNeedsStatisticSource"),
					tuple("1.4", "rule_params", "framework.error.indicatorNeedsStatisticSource"),
					tuple("2.3", "rule_params", "framework.error.indicatorNeedsStatisticSource"));
	}

	@Test
	void aFormulaThatDoesNotParseIsReportedOnItsParameters() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("2.3", "2", "1", Source.STATISTIC, RuleKind.FORMULA, "A=X; B=Y; formula=A +"));
		nodes.add(Trees.leaf("2.4", "2", "1", Source.STATISTIC, RuleKind.FORMULA, "A=X; B=Y; formula=A"));
		assertThat(FrameworkValidator.problems(nodes, Map.of()))
			.extracting(FrameworkProblem::code, FrameworkProblem::field, FrameworkProblem::messageKey)
			.containsExactly(tuple("2.3", "rule_params", "framework.rule.error.formulaSyntax"),
					tuple("2.4", "rule_params", "framework.rule.error.formulaUnusedVariable"));
	}

	@Test
	void bonusCannotBeMixedWithOrdinaryCriteria() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.3", "1", "1", Source.BONUS, RuleKind.YES_NO, null));
		assertThat(keys(nodes)).containsExactly("framework.error.mixedBonus");
	}

	@Test
	void unitTypesAreCodes() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(new FrameworkNode("1.3", "1", "Riêng", null, BigDecimal.ONE, Source.SELF, RuleKind.YES_NO, null, null,
				"cuc, vu ; Cục sai", true));
		assertThat(keys(nodes)).containsExactly("framework.error.badUnitType");
		assertThat(nodes.get(8).unitTypes()).containsExactly("CUC", "VU", "CỤC SAI");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.leaf("1.2", "1", "1"));
		nodes.add(Trees.leaf("3.1", "3", "0"));
		assertThatThrownBy(() -> FrameworkValidator.check(nodes)).isInstanceOfSatisfying(Refusal.class,
				(ex) -> assertThat(ex.errors()).hasSizeGreaterThanOrEqualTo(3));
	}

	@Test
	void settingsNeedANameAYearAndATargetGroup() {
		assertThatThrownBy(() -> FrameworkValidator
			.checkSettings(new FrameworkSettings(" ", 1999, "tỉnh", null, new BigDecimal("-1"))))
			.isInstanceOfSatisfying(Refusal.class,
					(ex) -> assertThat(ex.errors()).extracting(Refusal.FieldError::messageKey)
						.containsExactly("framework.error.nameRequired", "framework.error.yearOutOfRange",
								"framework.error.badTargetGroup", "framework.error.negativeCap"));
	}

	private static List<String> keys(List<FrameworkNode> nodes) {
		return FrameworkValidator.problems(nodes, Map.of()).stream().map(FrameworkProblem::messageKey).toList();
	}

}
