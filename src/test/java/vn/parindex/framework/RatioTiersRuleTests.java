package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.RATIO_TIERS;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.ratio;
import static vn.parindex.framework.RuleTesting.rule;

class RatioTiersRuleTests {

	private static final String EXAMPLE = "100%=100%; 80%=50%; 0%=0";

	private final Rule example = rule(RATIO_TIERS, EXAMPLE, "2");

	private final Rule linear = rule(RATIO_TIERS, "linear", "2");

	@Test
	void theRealOnTimeRatesFallInTheirTiers() {
		Rule rule = rule(RATIO_TIERS, "95%=100%; 85%=75%; 50%=50%; 0%=0", "2");
		assertThat(rule.points(ratio(82_978, 82_978 + 3_566))).as("95.9%").isEqualTo(decimal("2.00"));
		assertThat(rule.points(ratio(46_500, 46_500 + 33_140))).as("58.4%").isEqualTo(decimal("1.00"));
		assertThat(rule.points(ratio(97_710, 97_710 + 14_789))).as("86.9%").isEqualTo(decimal("1.50"));
	}

	@Test
	void theRealOnTimeRatesScoreLinearlyToFourDecimals() {
		assertThat(linear.points(ratio(82_978, 86_544))).as("2 × 82978 / 86544 = 1.917591…")
			.isEqualTo(decimal("1.9176"));
		assertThat(linear.points(ratio(46_500, 46_500 + 33_140))).isEqualTo(decimal("1.1678"));
		assertThat(linear.points(ratio(97_710, 97_710 + 14_789))).isEqualTo(decimal("1.7371"));
	}

	@Test
	void aLinearQuotientIsRoundedHalfUpAtTheFourthDecimal() {
		Rule onePoint = rule(RATIO_TIERS, "linear", "1");
		assertThat(onePoint.points(ratio(1, 32))).as("0.03125").isEqualTo(decimal("0.0313"));
		assertThat(onePoint.points(ratio(1, 3))).isEqualTo(decimal("0.3333"));
		assertThat(onePoint.points(ratio(2, 3))).isEqualTo(decimal("0.6667"));
	}

	@Test
	void linearPointsTakeTheSmallestScaleThatHoldsThem() {
		assertThat(linear.points(ratio(1, 2))).isEqualTo(decimal("1.00"));
		assertThat(linear.points(ratio(1, 8))).isEqualTo(decimal("0.25"));
		assertThat(linear.points(ratio(1, 16))).isEqualTo(decimal("0.125"));
		assertThat(linear.points(ratio(0, 16))).isEqualTo(decimal("0.00"));
	}

	@Test
	void aRateExactlyOnAThresholdReachesIt() {
		assertThat(example.points(ratio(4, 5))).isEqualTo(decimal("1.00"));
		assertThat(example.points(ratio(10, 10))).isEqualTo(decimal("2.00"));
	}

	@Test
	void ratesAreComparedWithoutRounding() {
		assertThat(example.points(ratio(7_999_999, 10_000_000))).isEqualTo(decimal("0.00"));
		assertThat(rule(RATIO_TIERS, "66.67%=1; 0%=0", "2").points(ratio(2, 3))).isEqualTo(decimal("0.00"));
		assertThat(rule(RATIO_TIERS, "66.66%=1; 0%=0", "2").points(ratio(2, 3))).isEqualTo(decimal("1.00"));
	}

	@Test
	void aRateBelowEveryTierEarnsNothing() {
		Rule rule = rule(RATIO_TIERS, "100%=100%; 80%=50%", "2");
		assertThat(rule.points(ratio(79, 100))).isEqualTo(decimal("0.00"));
		assertThat(rule.points(ratio(0, 100))).isEqualTo(decimal("0.00"));
	}

	@Test
	void aRateAboveHundredPercentEarnsNoMoreThanTheMaximum() {
		assertThat(example.points(ratio(120, 100))).isEqualTo(decimal("2.00"));
		assertThat(linear.points(ratio(120, 100))).isEqualTo(decimal("2.00"));
	}

	@Test
	void thresholdsAboveHundredPercentRewardExceedingThePlan() {
		Rule rule = rule(RATIO_TIERS, "110%=100%; 100%=80%; 0%=0", "2");
		assertThat(rule.points(ratio(115, 100))).isEqualTo(decimal("2.00"));
		assertThat(rule.points(ratio(105, 100))).isEqualTo(decimal("1.60"));
	}

	@Test
	void aZeroDenominatorHasNoRate() {
		for (Rule rule : new Rule[] { example, linear }) {
			assertRuleError(() -> rule.points(ratio(0, 0)), "framework.rule.error.zeroDenominator");
			assertRuleError(() -> rule.points(ratio(5, 0)), "framework.rule.error.zeroDenominator");
		}
	}

	@Test
	void aNegativeNumeratorOrDenominatorIsRefused() {
		for (Rule rule : new Rule[] { example, linear }) {
			assertRuleError(() -> rule.points(ratio(-1, 10)), "framework.rule.error.negative", decimal("-1"));
			assertRuleError(() -> rule.points(ratio(1, -10)), "framework.rule.error.negative", decimal("-10"));
		}
	}

	@Test
	void thresholdsMustDescendStrictly() {
		assertRuleError(() -> rule(RATIO_TIERS, "80%=50%; 100%=100%", "2"), "framework.rule.error.tiersNotDescending",
				decimal("100"), decimal("80"));
		assertRuleError(() -> rule(RATIO_TIERS, "80%=1; 80,0%=0", "2"), "framework.rule.error.tiersNotDescending",
				decimal("80"), decimal("80"));
	}

	@Test
	void aLowerTierMayNotEarnMore() {
		assertRuleError(() -> rule(RATIO_TIERS, "100%=50%; 80%=100%", "2"), "framework.rule.error.tierPointsIncreasing",
				decimal("80"), decimal("100"));
		assertRuleError(() -> rule(RATIO_TIERS, "100%=1; 80%=60%", "2"), "framework.rule.error.tierPointsIncreasing",
				decimal("80"), decimal("100"));
	}

	@Test
	void tierPointsAboveTheMaximumAreRefused() {
		assertRuleError(() -> rule(RATIO_TIERS, "100%=3; 0%=0", "2"), "framework.rule.error.pointsAboveMax", "100%",
				decimal("3"), decimal("2"));
	}

	@Test
	void canonicalTiersUseDotsAndOneSpace() {
		Rule messy = rule(RATIO_TIERS, " 100 %= 100% ;80,5%=0,50;0%=0;", "2");
		assertThat(messy.parameters()).isEqualTo("100%=100%; 80.5%=0.5; 0%=0");
		assertThat(rule(RATIO_TIERS, messy.parameters(), "2")).isEqualTo(messy);
		assertThat(rule(RATIO_TIERS, " Linear ", "2")).isEqualTo(linear);
		assertThat(linear.parameters()).isEqualTo("linear");
	}

	@Test
	void malformedTiersAreSyntaxErrorsShowingAnExample() {
		for (String text : new String[] { "", ";", "100=100%", "100%", "100%=x", "linear; 100%=1", "lineal" }) {
			assertRuleError(() -> rule(RATIO_TIERS, text, "2"), "framework.rule.error.badParameters", text, EXAMPLE);
		}
	}

	@Test
	void pointsNeverFallAsTheNumeratorGrows() {
		Random random = new Random(20_221_110);
		for (int round = 0; round < 200; round++) {
			Rule rule = rule(RATIO_TIERS, RandomRules.tiers(random, BigDecimal.ONE, 1), "1");
			long denominator = 1 + random.nextInt(200);
			BigDecimal previous = BigDecimal.ZERO;
			for (long numerator = 0; numerator <= denominator * 13 / 10; numerator++) {
				BigDecimal points = rule.points(ratio(numerator, denominator));
				assertThat(points).as("%s at %d/%d", rule.parameters(), numerator, denominator)
					.isGreaterThanOrEqualTo(previous);
				previous = points;
			}
		}
	}

}
