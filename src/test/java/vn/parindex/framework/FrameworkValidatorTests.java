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
