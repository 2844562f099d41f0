package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.DEDUCTION;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.count;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.rule;

class DeductionRuleTests {

	private final Rule rule = rule(DEDUCTION, "step=0.5", "2");

	@Test
	void eachCaseDeductsOneStep() {
		assertThat(rule.points(count("0"))).isEqualTo(decimal("2.00"));
		assertThat(rule.points(count("1"))).isEqualTo(decimal("1.50"));
		assertThat(rule.points(count("3"))).isEqualTo(decimal("0.50"));
		assertThat(rule.points(count("4"))).isEqualTo(decimal("0.00"));
	}

	@Test
	void aCountAboveTheCapEarnsNothingRatherThanLessThanNothing() {
		assertThat(rule.points(count("5"))).isEqualTo(decimal("0.00"));
		assertThat(rule.points(count("1000000"))).isEqualTo(decimal("0.00"));
	}

	@Test
	void aWholeCountWrittenWithDecimalsIsStillACount() {
		assertThat(rule.points(count("2.00"))).isEqualTo(decimal("1.00"));
	}

	@Test
	void aFractionalOrNegativeCountIsRefused() {
		assertRuleError(() -> rule.points(count("1.5")), "framework.rule.error.notACount", decimal("1.5"));
		assertRuleError(() -> rule.points(count("-1")), "framework.rule.error.notACount", decimal("-1"));
	}

	@Test
	void aStepAboveTheMaximumMeansOneCaseLosesEverything() {
		Rule strict = rule(DEDUCTION, "step=5", "2");
		assertThat(strict.points(count("0"))).isEqualTo(decimal("2.00"));
		assertThat(strict.points(count("1"))).isEqualTo(decimal("0.00"));
	}

	@Test
	void aPercentageStepIsAShareOfTheMaximum() {
		Rule quarters = rule(DEDUCTION, " STEP = 25 % ", "2");
		assertThat(quarters.parameters()).isEqualTo("step=25%");
		assertThat(quarters.points(count("1"))).isEqualTo(decimal("1.50"));
	}

	@Test
	void theStepIsRequired() {
		assertRuleError(() -> rule(DEDUCTION, null, "2"), "framework.rule.error.badParameters", "", "step=0.5");
		assertRuleError(() -> rule(DEDUCTION, "scale=5", "2"), "framework.rule.error.badParameters", "scale=5",
				"step=0.5");
	}

	@Test
	void theStepMustBePositiveAndInWholeCents() {
		assertRuleError(() -> rule(DEDUCTION, "step=0,0", "2"), "framework.rule.error.stepNotPositive", decimal("0"));
		assertRuleError(() -> rule(DEDUCTION, "step=0.001", "2"), "framework.rule.error.tooManyDecimals",
				decimal("0.001"));
	}

	@Test
	void theStepWrittenWithACommaParses() {
		assertThat(rule(DEDUCTION, "step = 0,5", "2.00")).isEqualTo(rule);
	}

	@Test
	void pointsNeverRiseWithTheCount() {
		Random random = new Random(876);
		for (int round = 0; round < 200; round++) {
			Rule rule = rule(DEDUCTION, "step=" + BigDecimal.valueOf(1 + random.nextInt(300), 2),
					RandomRules.max(random).toPlainString());
			BigDecimal previous = rule.max();
			for (int count = 0; count < 60; count++) {
				BigDecimal points = rule.points(count(Integer.toString(count)));
				assertThat(points).as("%s, max %s, count %d", rule.parameters(), rule.max(), count)
					.isLessThanOrEqualTo(previous);
				previous = points;
			}
		}
	}

}
