package vn.parindex.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.MANUAL;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.number;
import static vn.parindex.framework.RuleTesting.rule;

class ManualRuleTests {

	private final Rule quarters = rule(MANUAL, "step=0.25", "2");

	@Test
	void theEnteredScoreIsThePointsWithTwoDecimals() {
		assertThat(quarters.points(number("1.5"))).isEqualTo(decimal("1.50"));
		assertThat(quarters.points(number("0.750"))).isEqualTo(decimal("0.75"));
		assertThat(quarters.points(number("0"))).isEqualTo(decimal("0.00"));
		assertThat(quarters.points(number("2"))).isEqualTo(decimal("2.00"));
	}

	@Test
	void withoutParametersTheStepIsAQuarterPoint() {
		assertThat(rule(MANUAL, null, "2")).isEqualTo(quarters);
		assertThat(rule(MANUAL, "  ", "2").parameters()).isEqualTo("step=0.25");
	}

	@Test
	void theStepMayBeWrittenWithACommaSpacesAndAnyCase() {
		Rule halves = rule(MANUAL, "  Step = 0,50 ; ", "2");
		assertThat(halves.parameters()).isEqualTo("step=0.5");
		assertRuleError(() -> halves.points(number("0.25")), "framework.rule.error.notAStep", decimal("0.25"),
				decimal("0.5"));
	}

	@Test
	void aPercentageStepIsAShareOfTheMaximum() {
		Rule tenths = rule(MANUAL, "step=10%", "2.5");
		assertThat(tenths.parameters()).isEqualTo("step=10%");
		assertThat(tenths.points(number("0.5"))).isEqualTo(decimal("0.50"));
		assertRuleError(() -> tenths.points(number("0.3")), "framework.rule.error.notAStep", decimal("0.3"),
				decimal("0.25"));
	}

	@Test
	void aNegativeScoreIsRefused() {
		assertRuleError(() -> quarters.points(number("-0.25")), "framework.rule.error.negative", decimal("-0.25"));
	}

	@Test
	void aScoreAboveTheMaximumIsRefused() {
		assertRuleError(() -> quarters.points(number("2.25")), "framework.rule.error.aboveMax", decimal("2.25"),
				decimal("2"));
	}

	@Test
	void aScoreBetweenTwoStepsIsRefused() {
		assertRuleError(() -> quarters.points(number("1.1")), "framework.rule.error.notAStep", decimal("1.1"),
				decimal("0.25"));
	}

	@Test
	void theMaximumIsAlwaysAValidScoreEvenOffTheSteps() {
		Rule rule = rule(MANUAL, "step=0.25", "1.1");
		assertThat(rule.points(number("1.1"))).isEqualTo(decimal("1.10"));
		assertThat(rule.points(number("1"))).isEqualTo(decimal("1.00"));
		assertRuleError(() -> rule.points(number("1.05")), "framework.rule.error.notAStep", decimal("1.05"),
				decimal("0.25"));
	}

	@Test
	void aStepAboveTheMaximumIsRefused() {
		assertRuleError(() -> rule(MANUAL, "step=3", "2"), "framework.rule.error.stepAboveMax", decimal("3"),
				decimal("2"));
		assertRuleError(() -> rule(MANUAL, "", "0.2"), "framework.rule.error.stepAboveMax", decimal("0.25"),
				decimal("0.2"));
	}

	@Test
	void aZeroStepIsRefused() {
		assertRuleError(() -> rule(MANUAL, "step=0", "2"), "framework.rule.error.stepNotPositive", decimal("0"));
		assertRuleError(() -> rule(MANUAL, "step=0%", "2"), "framework.rule.error.stepNotPositive", decimal("0"));
	}

	@Test
	void aStepFinerThanACentIsRefused() {
		assertRuleError(() -> rule(MANUAL, "step=0.125", "2"), "framework.rule.error.tooManyDecimals",
				decimal("0.125"));
		assertRuleError(() -> rule(MANUAL, "step=5%", "0.5"), "framework.rule.error.tooManyDecimals", decimal("0.025"));
	}

	@Test
	void malformedParametersAreSyntaxErrorsShowingAnExample() {
		for (String text : new String[] { "steps=0.25", "step=abc", "step=-1", "step", "0.25", "step=1.2.3",
				"step=0.25; step=0.5", "step=1 000" }) {
			assertRuleError(() -> rule(MANUAL, " " + text, "2"), "framework.rule.error.badParameters", text,
					"step=0.25");
		}
	}

}
