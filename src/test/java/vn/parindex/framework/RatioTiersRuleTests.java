package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Random;

import vn.parindex.engine.Source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.RATIO_TIERS;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.ratio;
import static vn.parindex.framework.RuleTesting.rule;
import static vn.parindex.framework.RuleTesting.view;

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
		for (String text : new String[] { "", ";", "100=100%", "100%", "100%=x", "lineal", "target=80%" }) {
			assertRuleError(() -> rule(RATIO_TIERS, text, "2"), "framework.rule.error.badParameters", text, EXAMPLE);
		}
	}

	@Test
	void malformedLinearRulesShowTheLinearExample() {
		for (String text : new String[] { "linear; 100%=1", "linear; linear", "linear; target=80",
				"linear; target=80%; target=90%", "linear; goal=80%", "linear; target=x%", "linear; target=" }) {
			assertRuleError(() -> rule(RATIO_TIERS, text, "2"), "framework.rule.error.badParameters", text,
					"linear; target=80%");
		}
	}

	@Test
	void aTargetGivesFullPointsFromTheTargetUp() {
		Rule target = rule(RATIO_TIERS, "linear; target=80%", "2");
		assertThat(target.points(ratio(82_978, 86_544))).as("95.9% ≥ 80%").isEqualTo(decimal("2.00"));
		assertThat(target.points(ratio(97_710, 97_710 + 14_789))).as("86.9% ≥ 80%").isEqualTo(decimal("2.00"));
		assertThat(target.points(ratio(80, 100))).as("exactly the target").isEqualTo(decimal("2.00"));
		assertThat(target.points(ratio(120, 100))).as("above 100%").isEqualTo(decimal("2.00"));
	}

	@Test
	void belowTheTargetPointsAreProportionalToTheRateOverTheTarget() {
		Rule target = rule(RATIO_TIERS, "linear; target=80%", "2");
		// 2 × 46,500 × 100 / (79,640 × 80) = 9,300,000 / 6,371,200 = 1.459693…
		assertThat(target.points(ratio(46_500, 46_500 + 33_140))).isEqualTo(decimal("1.4597"));
		assertThat(target.points(ratio(79, 100))).as("2 × 79 / 80").isEqualTo(decimal("1.975"));
		assertThat(target.points(ratio(40, 100))).as("half the target").isEqualTo(decimal("1.00"));
		assertThat(target.points(ratio(0, 100))).isEqualTo(decimal("0.00"));
		Rule online = rule(RATIO_TIERS, "linear; target=50%", "4");
		assertThat(online.points(ratio(3, 10))).as("4 × 30 / 50").isEqualTo(decimal("2.40"));
		assertThat(online.points(ratio(6, 10))).isEqualTo(decimal("4.00"));
	}

	@Test
	void aRateJustUnderTheTargetDoesNotReachIt() {
		Rule rule = rule(RATIO_TIERS, "linear; target=66.67%", "2");
		// 2 × (2/3) / 0.6667 = 400 / 200.01 = 1.99990…
		assertThat(rule.points(ratio(2, 3))).isEqualTo(decimal("1.9999"));
		assertThat(rule(RATIO_TIERS, "linear; target=66.66%", "2").points(ratio(2, 3))).isEqualTo(decimal("2.00"));
		assertThat(rule(RATIO_TIERS, "linear; target=80%", "1").points(ratio(7_999_999, 10_000_000)))
			.as("0.99999987… rounds to 1 only at the fourth decimal")
			.isEqualTo(decimal("1.00"));
	}

	@Test
	void aTargetOfHundredPercentIsPlainLinear() {
		assertThat(rule(RATIO_TIERS, "linear; target=100%", "2")).isEqualTo(linear);
		assertThat(rule(RATIO_TIERS, "linear; target=100,00%", "2").parameters()).isEqualTo("linear");
	}

	@Test
	void aTargetIsAboveZeroAndAtMostHundredPercent() {
		assertRuleError(() -> rule(RATIO_TIERS, "linear; target=0%", "2"), "framework.rule.error.targetOutOfRange",
				decimal("0"));
		assertRuleError(() -> rule(RATIO_TIERS, "linear; target=100.5%", "2"), "framework.rule.error.targetOutOfRange",
				decimal("100.5"));
		assertRuleError(() -> rule(RATIO_TIERS, "linear; target=150%", "2"), "framework.rule.error.targetOutOfRange",
				decimal("150"));
	}

	@Test
	void canonicalTargetsUseDotsAndNoTrailingZeros() {
		Rule messy = rule(RATIO_TIERS, " Target = 80,50 % ; LINEAR ;", "2");
		assertThat(messy.parameters()).isEqualTo("linear; target=80.5%");
		assertThat(rule(RATIO_TIERS, messy.parameters(), "2")).isEqualTo(messy);
	}

	@Test
	void aTargetedLeafNamesItsIndicatorAndWhatZeroOverZeroEarns() {
		Rule full = rule(RATIO_TIERS, " indicator = pakn_dung_han ; linear ; target = 80% ; zero = FULL", "2");
		assertThat(full.parameters()).isEqualTo("indicator=PAKN_DUNG_HAN; linear; target=80%; zero=full");
		assertThat(rule(RATIO_TIERS, full.parameters(), "2")).isEqualTo(full);
		assertThat(full.indicators()).containsExactly(java.util.Map.entry("indicator", "PAKN_DUNG_HAN"));
		assertThat(full.points(ratio(0, 0))).as("nothing to handle earns the maximum").isEqualTo(decimal("2.00"));
		assertThat(full.points(ratio(30, 50))).as("2 × 60 / 80").isEqualTo(decimal("1.50"));
		Rule none = rule(RATIO_TIERS, "indicator=PAKN_DUNG_HAN; linear; target=80%; zero=none", "2");
		assertThat(none.points(ratio(0, 0))).isEqualTo(decimal("0.00"));
		assertThat(none.zeroDenominator()).isEqualTo(ZeroDenominator.NONE);
		Rule notApplicable = rule(RATIO_TIERS, "indicator=PAKN_DUNG_HAN; linear; target=80%", "2");
		assertThat(notApplicable.zeroDenominator()).isEqualTo(ZeroDenominator.NOT_APPLICABLE);
		assertRuleError(() -> notApplicable.points(ratio(0, 0)), "framework.rule.error.zeroDenominator");
		for (Rule rule : new Rule[] { full, none }) {
			assertRuleError(() -> rule.points(ratio(5, 0)), "framework.rule.error.zeroDenominator");
		}
		Rule tiers = rule(RATIO_TIERS, "indicator=PAKN_DUNG_HAN; 100%=100%; 80%=50%; 0%=0; zero=full", "2");
		assertThat(tiers.points(ratio(0, 0))).isEqualTo(decimal("2.00"));
		assertThat(tiers.points(ratio(85, 100))).isEqualTo(decimal("1.00"));
	}

	@Test
	void aFrameworkThatRoundsComputedLeavesRoundsTheTargetedPointsToTwoDecimals() {
		FrameworkNode[] nodes = { Trees.area("1", "Thủ tục hành chính"), Trees.leaf("1.1", "1", "2", Source.STATISTIC,
				RATIO_TIERS, "indicator=TTHC_DUNG_HAN_XA; linear; target=80%") };
		assertThat(view(false, nodes).points("1.1", ratio(46_500, 79_640))).isEqualTo(decimal("1.4597"));
		assertThat(view(true, nodes).points("1.1", ratio(46_500, 79_640))).isEqualTo(decimal("1.46"));
		assertThat(view(true, nodes).points("1.1", ratio(79, 100))).as("1.975 rounds half up")
			.isEqualTo(decimal("1.98"));
	}

	@Test
	void targetedPointsNeverFallAsTheNumeratorGrows() {
		Random random = new Random(766);
		for (int round = 0; round < 100; round++) {
			Rule rule = rule(RATIO_TIERS, RandomRules.linear(random), "1");
			long denominator = 1 + random.nextInt(200);
			BigDecimal previous = BigDecimal.ZERO;
			for (long numerator = 0; numerator <= denominator * 13 / 10; numerator++) {
				BigDecimal points = rule.points(ratio(numerator, denominator));
				assertThat(points).as("%s at %d/%d", rule.parameters(), numerator, denominator)
					.isGreaterThanOrEqualTo(previous)
					.isLessThanOrEqualTo(decimal("1"));
				previous = points;
			}
			assertThat(previous).as("%s at 130%%", rule.parameters()).isEqualTo(decimal("1.00"));
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
