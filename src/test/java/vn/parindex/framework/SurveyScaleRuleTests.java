package vn.parindex.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.SURVEY_SCALE;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.mean;
import static vn.parindex.framework.RuleTesting.rule;

class SurveyScaleRuleTests {

	private final Rule fivePoint = rule(SURVEY_SCALE, "scale=5", "10");

	@Test
	void theLowestAnswerEarnsNothingAndTheHighestTheMaximum() {
		assertThat(fivePoint.points(mean("1"))).isEqualTo(decimal("0.00"));
		assertThat(fivePoint.points(mean("3"))).isEqualTo(decimal("5.00"));
		assertThat(fivePoint.points(mean("5"))).isEqualTo(decimal("10.00"));
	}

	@Test
	void aQuotientThatDoesNotTerminateIsRoundedHalfUpToFourDecimals() {
		Rule fourPoint = rule(SURVEY_SCALE, "scale=4", "1");
		assertThat(fourPoint.points(mean("2"))).isEqualTo(decimal("0.3333"));
		assertThat(fourPoint.points(mean("3"))).isEqualTo(decimal("0.6667"));
		assertThat(rule(SURVEY_SCALE, "scale=7", "10").points(mean("4.2"))).as("10 × 3.2 / 6 = 5.333…")
			.isEqualTo(decimal("5.3333"));
		assertThat(rule(SURVEY_SCALE, "scale=3", "1").points(mean("1.0001"))).as("0.00005 rounds up")
			.isEqualTo(decimal("0.0001"));
	}

	@Test
	void aQuotientWithFewDecimalsIsExact() {
		assertThat(rule(SURVEY_SCALE, "scale=3", "1").points(mean("1.01"))).as("not rounded to 0.01")
			.isEqualTo(decimal("0.005"));
		assertThat(fivePoint.points(mean("4.1"))).isEqualTo(decimal("7.75"));
	}

	@Test
	void aSurveyScoreEarnsTheSamePointsAsItsMean() {
		assertThat(fivePoint.points(new RuleInput.Score(decimal("0.775")))).isEqualTo(fivePoint.points(mean("4.1")));
	}

	@Test
	void aMeanOutsideTheScaleIsRefused() {
		assertRuleError(() -> fivePoint.points(mean("0.99")), "framework.rule.error.meanOutOfScale", decimal("0.99"),
				5);
		assertRuleError(() -> fivePoint.points(mean("5.01")), "framework.rule.error.meanOutOfScale", decimal("5.01"),
				5);
	}

	@Test
	void theScaleIsAWholeNumberFromTwoToAHundred() {
		assertRuleError(() -> rule(SURVEY_SCALE, "scale=1", "10"), "framework.rule.error.badScale", 1);
		assertRuleError(() -> rule(SURVEY_SCALE, "scale=4,5", "10"), "framework.rule.error.badScale", decimal("4.5"));
		assertRuleError(() -> rule(SURVEY_SCALE, "scale=101", "10"), "framework.rule.error.badScale", decimal("101"));
		assertThat(rule(SURVEY_SCALE, "scale=100", "10").parameters()).isEqualTo("scale=100");
	}

	@Test
	void theScaleIsWrittenAsAPlainWholeNumber() {
		Rule sevenPoint = rule(SURVEY_SCALE, "  Scale = 7,0 ", "10");
		assertThat(sevenPoint.parameters()).isEqualTo("scale=7");
		assertThat(rule(SURVEY_SCALE, sevenPoint.parameters(), "10")).isEqualTo(sevenPoint);
	}

	@Test
	void malformedScalesAreSyntaxErrorsShowingAnExample() {
		for (String text : new String[] { "", "5", "scale=5%", "scale=five", "scale=5; step=1" }) {
			assertRuleError(() -> rule(SURVEY_SCALE, text, "10"), "framework.rule.error.badParameters", text,
					"scale=5");
		}
	}

}
