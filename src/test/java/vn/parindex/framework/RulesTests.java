package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.count;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.mean;
import static vn.parindex.framework.RuleTesting.number;
import static vn.parindex.framework.RuleTesting.ratio;
import static vn.parindex.framework.RuleTesting.rule;

/**
 * What holds for every rule kind; each kind's own behaviour is in its {@code *RuleTests}.
 */
class RulesTests {

	private static final Map<RuleKind, String> PARAMETERS = Map.of(RuleKind.MANUAL, "step=0.5", RuleKind.YES_NO, "",
			RuleKind.LEVELS, "Đạt=100%; Không đạt=0", RuleKind.RATIO_TIERS, "100%=100%; 0%=0", RuleKind.DEDUCTION,
			"step=0.5", RuleKind.SURVEY_SCALE, "scale=5", RuleKind.SURVEY_SCORE, "", RuleKind.FORMULA,
			"A=X; B=Y; formula=A + B");

	private static final Map<RuleKind, RuleInput> INPUTS = Map.of(RuleKind.MANUAL, number("1"), RuleKind.YES_NO,
			new RuleInput.YesNo(true), RuleKind.LEVELS, new RuleInput.Level("Đạt"), RuleKind.RATIO_TIERS, ratio(1, 2),
			RuleKind.DEDUCTION, count("1"), RuleKind.SURVEY_SCALE, mean("3"), RuleKind.SURVEY_SCORE,
			new RuleInput.Score(new BigDecimal("0.5")), RuleKind.FORMULA,
			new RuleInput.Values(Map.of("A", new BigDecimal("0.5"), "B", new BigDecimal("0.25"))));

	@ParameterizedTest
	@EnumSource(RuleKind.class)
	void theMaximumMustBePositive(RuleKind kind) {
		assertRuleError(() -> Rule.parse(kind, PARAMETERS.get(kind), null), "framework.rule.error.maxNotPositive",
				(Object) null);
		assertRuleError(() -> rule(kind, PARAMETERS.get(kind), "0"), "framework.rule.error.maxNotPositive",
				decimal("0"));
		assertRuleError(() -> rule(kind, PARAMETERS.get(kind), "-2"), "framework.rule.error.maxNotPositive",
				decimal("-2"));
	}

	@ParameterizedTest
	@EnumSource(RuleKind.class)
	void aMaximumFinerThanACentIsRefused(RuleKind kind) {
		assertRuleError(() -> rule(kind, PARAMETERS.get(kind), "2.125"), "framework.rule.error.tooManyDecimals",
				decimal("2.125"));
	}

	@ParameterizedTest
	@EnumSource(RuleKind.class)
	void maximaWrittenDifferentlyGiveEqualRules(RuleKind kind) {
		Rule rule = rule(kind, PARAMETERS.get(kind), "2");
		assertThat(rule).isEqualTo(rule(kind, PARAMETERS.get(kind), "2.000"));
		assertThat(rule.max()).isEqualTo(decimal("2.00"));
		assertThat(rule.kind()).isEqualTo(kind);
	}

	@ParameterizedTest
	@EnumSource(RuleKind.class)
	void everyRuleRefusesTheInputOfAnotherRule(RuleKind kind) {
		Rule rule = rule(kind, PARAMETERS.get(kind), "2");
		assertThat(rule.points(INPUTS.get(kind))).isBetween(BigDecimal.ZERO, rule.max());
		INPUTS.forEach((other, input) -> {
			if (other != kind && !(kind == RuleKind.SURVEY_SCALE && other == RuleKind.SURVEY_SCORE)) {
				assertRuleError(() -> rule.points(input), "framework.rule.error.wrongInput", kind);
			}
		});
	}

	@ParameterizedTest
	@EnumSource(RuleKind.class)
	void aMissingInputIsRefused(RuleKind kind) {
		Rule rule = rule(kind, PARAMETERS.get(kind), "2");
		assertRuleError(() -> rule.points(null), "framework.rule.error.missingValue");
	}

	@Test
	void aMissingValueInsideTheInputIsRefused() {
		List<RuleInput> empty = List.of(new RuleInput.Number(null), new RuleInput.Level(null),
				new RuleInput.Ratio(null, BigDecimal.ONE), new RuleInput.Ratio(BigDecimal.ONE, null),
				new RuleInput.Count(null), new RuleInput.Mean(null), new RuleInput.Score(null),
				new RuleInput.Values(java.util.Collections.singletonMap("A", null)), new RuleInput.Values(null));
		for (RuleInput input : empty) {
			RuleKind kind = INPUTS.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().getClass() == input.getClass())
				.findFirst()
				.orElseThrow()
				.getKey();
			Rule rule = rule(kind, PARAMETERS.get(kind), "2");
			assertRuleError(() -> rule.points(input), "framework.rule.error.missingValue");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = { "MANUAL | null | step=0.25",
			"MANUAL | ' step = 0,5 ;' | step=0.5", "MANUAL | STEP=12,50% | step=12.5%", "YES_NO | ' ' | ''",
			"LEVELS | 'A = 2,00 ; b=50 %;C=0' | A=2; b=50%; C=0",
			"RATIO_TIERS | '100 % = 100% ; 80,0%=1;' | 100%=100%; 80%=1", "RATIO_TIERS | ' LINEAR ' | linear",
			"RATIO_TIERS | ' Linear ; TARGET = 80,0 % ' | linear; target=80%",
			"RATIO_TIERS | 'target=50%;linear;' | linear; target=50%", "RATIO_TIERS | 'linear; target=100%' | linear",
			"RATIO_TIERS | 'linear; target=66.67%' | linear; target=66.67%",
			"FORMULA | ' a = x ; formula= a*2 ' | a=X; formula=a*2",
			"FORMULA | 'formula=6*A + min(2, 2.5*B);A=766.tt_a;B=766.TT_B' | A=766.TT_A; B=766.TT_B; formula=6*A + min(2, 2.5*B)",
			"DEDUCTION | step=0.50 | step=0.5", "DEDUCTION | step = 150% | step=150%",
			"SURVEY_SCALE | 'SCALE = 07' | scale=7", "SURVEY_SCORE | ' ' | ''" })
	void everyCanonicalFormParsesBackToAnEqualRule(RuleKind kind, String written, String canonical) {
		Rule rule = rule(kind, written, "2");
		assertThat(rule.parameters()).isEqualTo(canonical);
		Rule again = Rule.parse(kind, rule.parameters(), rule.max());
		assertThat(again).isEqualTo(rule);
		assertThat(again.parameters()).isEqualTo(canonical);
	}

	@Test
	void randomRulesPayBetweenZeroAndTheMaximumWithTwoToFourDecimals() {
		Random random = new Random(1149);
		for (int round = 0; round < 2000; round++) {
			Rule rule = RandomRules.rule(random);
			RuleInput input = RandomRules.input(rule, random);
			BigDecimal points = rule.points(input);
			assertThat(points).as("%s %s, max %s: %s", rule.kind(), rule.parameters(), rule.max(), input)
				.isBetween(BigDecimal.ZERO, rule.max());
			assertThat(points.scale()).isBetween(Points.SCALE, Points.COMPUTED_SCALE);
			assertThat(points).as("one form per value").isEqualTo(Points.of(points));
		}
	}

	@Test
	void randomRulesParseBackToEqualRules() {
		Random random = new Random(2640);
		for (int round = 0; round < 1000; round++) {
			Rule rule = RandomRules.rule(random);
			assertThat(Rule.parse(rule.kind(), rule.parameters(), rule.max())).as(rule.parameters()).isEqualTo(rule);
		}
	}

	@Test
	void scalingTheMaximumAndAbsoluteValuesScalesThePoints() {
		Random random = new Random(1001);
		for (int round = 0; round < 500; round++) {
			BigDecimal max = RandomRules.max(random);
			int factor = 2 + random.nextInt(9);
			long seed = random.nextLong();
			boolean levels = random.nextBoolean();
			RuleKind kind = levels ? RuleKind.LEVELS : RuleKind.RATIO_TIERS;
			Rule rule = scaled(kind, levels, new Random(seed), max, 1);
			Rule scaled = scaled(kind, levels, new Random(seed), max, factor);
			RuleInput input = RandomRules.input(rule, random);
			assertThat(scaled.points(input)).as("%s ×%d against %s", rule.parameters(), factor, scaled.parameters())
				.isEqualByComparingTo(rule.points(input).multiply(BigDecimal.valueOf(factor)));
		}
	}

	private static Rule scaled(RuleKind kind, boolean levels, Random random, BigDecimal max, int factor) {
		String parameters = levels ? RandomRules.levels(random, max, factor) : RandomRules.tiers(random, max, factor);
		return Rule.parse(kind, parameters, max.multiply(BigDecimal.valueOf(factor)));
	}

}
