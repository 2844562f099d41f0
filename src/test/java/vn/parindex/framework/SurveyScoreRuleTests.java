package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.SURVEY_SCORE;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.rule;

class SurveyScoreRuleTests {

	private final Rule ten = rule(SURVEY_SCORE, "", "10");

	private static RuleInput.Score score(String share) {
		return new RuleInput.Score(new BigDecimal(share));
	}

	@Test
	void pointsAreTheMaximumTimesTheScore() {
		assertThat(ten.points(score("0"))).isEqualTo(decimal("0.00"));
		assertThat(ten.points(score("0.8352"))).isEqualTo(decimal("8.352"));
		assertThat(ten.points(score("1"))).isEqualTo(decimal("10.00"));
		assertThat(rule(SURVEY_SCORE, null, "3").points(score("0.75"))).isEqualTo(decimal("2.25"));
	}

	@Test
	void aScoreThatDoesNotTerminateGivesPointsRoundedHalfUpToFourDecimals() {
		BigDecimal fiveSixths = BigDecimal.valueOf(5).divide(BigDecimal.valueOf(6), MathContext.DECIMAL128);
		assertThat(ten.points(new RuleInput.Score(fiveSixths))).as("10 × 0.8333… = 8.3333…")
			.isEqualTo(decimal("8.3333"));
		assertThat(rule(SURVEY_SCORE, "", "3").points(new RuleInput.Score(fiveSixths))).isEqualTo(decimal("2.50"));
	}

	@Test
	void aScoreOutsideZeroToOneHundredPercentIsRefused() {
		assertRuleError(() -> ten.points(score("1.0001")), "framework.rule.error.scoreOutOfRange", decimal("100.01"));
		assertRuleError(() -> ten.points(score("-0.01")), "framework.rule.error.scoreOutOfRange", decimal("-1"));
	}

	@Test
	void itTakesNoParameters() {
		assertRuleError(() -> rule(SURVEY_SCORE, "scale=5", "10"), "framework.rule.error.surveyScoreParameters",
				"scale=5");
		assertThat(ten.parameters()).isEmpty();
	}

	@Test
	void theFormSendsAPercentage() {
		RuleInput input = new RuleInputForm(null, null, null, null, null, null, null, new BigDecimal("83.5"))
			.toInput(SURVEY_SCORE);
		assertThat(input).isEqualTo(score("0.835"));
		assertThat(RuleInputForm.of(input).score()).isEqualByComparingTo("83.5");
	}

}
