package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.parindex.framework.RuleKind.FORMULA;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.ratio;
import static vn.parindex.framework.RuleTesting.rule;
import static vn.parindex.framework.RuleTesting.view;

/**
 * {@code FORMULA}: the 766 index's composite metric and every check, on exact figures.
 * The rates are the real on-time rates of METHODOLOGY §1, as a ratio indicator hands them
 * to a formula: numerator / denominator to 34 significant digits.
 */
class FormulaRuleTests {

	private static final String INDEX_766 = "A=766.TT_A; B=766.TT_B; C=766.TT_C; formula=6*A + min(2, 2.5*B) + 2.5*C";

	/** 82,978 on time of 86,544: 0.9587955259752264743945276391199852. */
	private static final BigDecimal PROVINCE = share(82_978, 82_978 + 3_566);

	/** 46,500 of 79,640: 0.5838774485183324962330487192365645. */
	private static final BigDecimal DISTRICT = share(46_500, 46_500 + 33_140);

	/** 97,710 of 112,499: 0.8685410536982550956008497853314252. */
	private static final BigDecimal COMMUNE = share(97_710, 97_710 + 14_789);

	private final Rule index = rule(FORMULA, INDEX_766, "10");

	@Test
	void theRealRatesGiveThe766MetricToFourDecimals() {
		assertThat(PROVINCE).isEqualTo(decimal("0.9587955259752264743945276391199852"));
		// 6 × 0.95879552… = 5.75277315…; 2.5 × 0.58387744… = 1.45969362… (under 2);
		// 2.5 × 0.86854105… = 2.17135263…; together 9.38381941… → 9.3838
		assertThat(index.points(values(PROVINCE, DISTRICT, COMMUNE))).isEqualTo(decimal("9.3838"));
	}

	@Test
	void exactValuesKeepTheirOwnScaleFromTwoToFour() {
		// 6 × 0.959 + min(2, 1.5) + 2.5 × 0.9 = 5.754 + 1.5 + 2.25
		assertThat(index.points(values("0.959", "0.6", "0.9"))).isEqualTo(decimal("9.504"));
		assertThat(index.points(values("0.5", "0.4", "0.2"))).isEqualTo(decimal("4.50"));
		assertThat(index.points(values("0", "0", "0"))).isEqualTo(decimal("0.00"));
	}

	@Test
	void minCapsItsTerm() {
		// 2.5 × 0.96 = 2.4, capped at 2: 6 × 0.5 + 2 + 2.5 × 0.5 = 6.25
		assertThat(index.points(values("0.5", "0.96", "0.5"))).isEqualTo(decimal("6.25"));
		assertThat(index.points(values("0.5", "0.8", "0.5"))).isEqualTo(decimal("6.25"));
	}

	@Test
	void aValueAboveTheMaximumEarnsTheMaximum() {
		// 6 + 2 + 2.5 = 10.5 on a leaf of 10
		assertThat(index.points(values("1", "1", "1"))).isEqualTo(decimal("10.00"));
		Rule nine = rule(FORMULA, INDEX_766, "9");
		assertThat(nine.points(values("0.959", "0.6", "0.9"))).as("9.504 above 9").isEqualTo(decimal("9.00"));
	}

	@Test
	void aNegativeValueEarnsNothing() {
		Rule rule = rule(FORMULA, "A=X; B=Y; formula=A - 2*B", "2");
		assertThat(rule.points(new RuleInput.Values(Map.of("A", decimal("0.1"), "B", decimal("0.5")))))
			.as("0.1 - 1 = -0.9")
			.isEqualTo(decimal("0.00"));
		assertThat(rule.points(new RuleInput.Values(Map.of("A", decimal("-3"), "B", decimal("-2")))))
			.as("-3 + 4 = 1: negative values are taken as they are")
			.isEqualTo(decimal("1.00"));
	}

	@Test
	void ratesAboveHundredPercentAreTakenAsTheyAre() {
		Rule rule = rule(FORMULA, "A=THU_HUT_DAU_TU; formula=5*A", "10");
		assertThat(rule.points(new RuleInput.Values(Map.of("A", decimal("1.2"))))).as("5 × 120%")
			.isEqualTo(decimal("6.00"));
		assertThat(rule.points(new RuleInput.Values(Map.of("A", decimal("2.5"))))).as("5 × 250% = 12.5 → 10")
			.isEqualTo(decimal("10.00"));
	}

	@Test
	void quotientsAreRoundedHalfUpOnceAtTheFourthDecimal() {
		Rule third = rule(FORMULA, "A=X; formula=A / 3", "1");
		assertThat(third.points(one("A", "1"))).isEqualTo(decimal("0.3333"));
		assertThat(rule(FORMULA, "A=X; formula=2*A/3", "1").points(one("A", "1"))).isEqualTo(decimal("0.6667"));
		assertThat(rule(FORMULA, "A=X; formula=A/32", "1").points(one("A", "1"))).as("0.03125")
			.isEqualTo(decimal("0.0313"));
		assertThat(rule(FORMULA, "A=X; formula=A*0.00005", "1").points(one("A", "1"))).as("0.00005")
			.isEqualTo(decimal("0.0001"));
		assertThat(rule(FORMULA, "A=X; formula=A*0.00004999", "1").points(one("A", "1"))).as("0.00004999")
			.isEqualTo(decimal("0.00"));
		// (1/3) × 3 is 0.999…9 to 34 digits: one rounding at the end gives 1
		assertThat(rule(FORMULA, "A=X; formula=A/3*3", "2").points(one("A", "1"))).isEqualTo(decimal("1.00"));
	}

	@Test
	void aFrameworkThatRoundsComputedLeavesRoundsTheFormulaToTwoDecimals() {
		FrameworkNode[] nodes = { Trees.area("1", "Dịch vụ công"),
				Trees.leaf("1.1", "1", "10", Source.STATISTIC, FORMULA, INDEX_766) };
		assertThat(view(false, nodes).points("1.1", values(PROVINCE, DISTRICT, COMMUNE))).isEqualTo(decimal("9.3838"));
		assertThat(view(true, nodes).points("1.1", values(PROVINCE, DISTRICT, COMMUNE))).isEqualTo(decimal("9.38"));
		assertThat(view(true, nodes).points("1.1", values("0.959", "0.6", "0.9"))).as("9.504 → 9.50")
			.isEqualTo(decimal("9.50"));
	}

	@Test
	void theRuleNamesItsIndicatorsByVariableInTheOrderWritten() {
		assertThat(index.indicators()).containsExactly(Map.entry("A", "766.TT_A"), Map.entry("B", "766.TT_B"),
				Map.entry("C", "766.TT_C"));
		assertThat(index.zeroDenominator()).isEqualTo(ZeroDenominator.NOT_APPLICABLE);
		assertThat(index.kind()).isEqualTo(FORMULA);
		assertThat(rule(FORMULA, "z=b; a=c; formula=z+a", "1").indicators().keySet()).containsExactly("z", "a");
	}

	@Test
	void theCanonicalFormKeepsTheVariablesInOrderAndTheFormulaAsWritten() {
		Rule messy = rule(FORMULA, " a = 766.tt_a ;B=766.TT_B; FORMULA =  6*a + MIN(2, 2.5*b)  ;", "10");
		assertThat(messy.parameters()).isEqualTo("a=766.TT_A; B=766.TT_B; formula=6*a + MIN(2, 2.5*b)");
		assertThat(rule(FORMULA, messy.parameters(), "10")).isEqualTo(messy);
		assertThat(index.parameters()).isEqualTo(INDEX_766);
		assertThat(rule(FORMULA, "formula=A+B; A=X; B=Y", "1").parameters()).as("the formula goes last")
			.isEqualTo("A=X; B=Y; formula=A+B");
	}

	@Test
	void variableNamesAreFoundIgnoringCase() {
		Rule rule = rule(FORMULA, "Rate=X; formula=10*rate", "10");
		assertThat(rule.points(one("Rate", "0.25"))).isEqualTo(decimal("2.50"));
	}

	@Test
	void everyFunctionAllowedWorksExactly() {
		Rule rule = rule(FORMULA, "A=X; B=Y; formula=max(0, min(A, B, 1)) + abs(A - B)", "5");
		assertThat(rule.points(new RuleInput.Values(Map.of("A", decimal("0.3"), "B", decimal("0.75")))))
			.as("0.3 + 0.45")
			.isEqualTo(decimal("0.75"));
	}

	@Test
	void aDivisionByZeroIsRefusedWithTheFormula() {
		Rule rule = rule(FORMULA, "A=X; B=Y; formula=A / B", "2");
		assertRuleError(() -> rule.points(new RuleInput.Values(Map.of("A", decimal("1"), "B", decimal("0.00")))),
				"framework.rule.error.formulaDivisionByZero", "A / B");
		Rule difference = rule(FORMULA, "A=X; B=Y; formula=A / (B - A)", "2");
		assertRuleError(() -> difference.points(new RuleInput.Values(Map.of("A", decimal("0.5"), "B", decimal("0.5")))),
				"framework.rule.error.formulaDivisionByZero", "A / (B - A)");
		assertRuleError(() -> difference.points(new RuleInput.Values(Map.of("A", decimal("0"), "B", decimal("0")))),
				"framework.rule.error.formulaDivisionByZero", "A / (B - A)");
	}

	@Test
	void everyVariableNeedsAValue() {
		assertRuleError(() -> index.points(new RuleInput.Values(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE))),
				"framework.rule.error.missingValue");
		Map<String, BigDecimal> withNull = new HashMap<>(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE));
		withNull.put("C", null);
		assertRuleError(() -> index.points(new RuleInput.Values(withNull)), "framework.rule.error.missingValue");
		assertRuleError(() -> index.points(new RuleInput.Values(null)), "framework.rule.error.missingValue");
		assertRuleError(() -> index.points(null), "framework.rule.error.missingValue");
		assertRuleError(() -> index.points(ratio(1, 2)), "framework.rule.error.wrongInput", FORMULA);
	}

	@Test
	void valuesOfUndeclaredNamesAreIgnored() {
		Map<String, BigDecimal> more = new LinkedHashMap<>();
		more.put("A", decimal("0.5"));
		more.put("B", decimal("0.4"));
		more.put("C", decimal("0.2"));
		more.put("D", decimal("100"));
		assertThat(index.points(new RuleInput.Values(more))).isEqualTo(decimal("4.50"));
	}

	@Test
	void theFormulaIsRequiredAndThePairsMustBeWellFormed() {
		for (String text : new String[] { "", " ; ", "A=X", "A=X; formula=", "A=X; =A", "A=X; A",
				"A=X; formula=A; formula=A" }) {
			assertRuleError(() -> rule(FORMULA, text, "2"), "framework.rule.error.badParameters", text.strip(),
					FormulaRule.EXAMPLE);
		}
		assertRuleError(() -> Rule.parse(FORMULA, null, BigDecimal.TEN), "framework.rule.error.badParameters", "",
				FormulaRule.EXAMPLE);
	}

	@Test
	void variablesAreNamesOfLettersDigitsAndUnderscoresStartingWithALetter() {
		for (String name : new String[] { "1A", "_A", "A-B", "Tỷ_lệ", "min", "MAX", "abs", "indicator", "zero",
				"A" + "B".repeat(32) }) {
			assertRuleError(() -> rule(FORMULA, name + "=X; formula=1", "2"), "framework.rule.error.formulaBadVariable",
					name);
		}
		assertThat(rule(FORMULA, "rate_2026=X; formula=rate_2026", "2").indicators()).containsKey("rate_2026");
	}

	@Test
	void aVariableIsDeclaredOnceIgnoringCase() {
		assertRuleError(() -> rule(FORMULA, "A=X; a=Y; formula=A+a", "2"),
				"framework.rule.error.formulaDuplicateVariable", "a");
	}

	@Test
	void eachVariableNamesAnIndicatorCode() {
		assertRuleError(() -> rule(FORMULA, "A=tỷ lệ; formula=A", "2"), "framework.rule.error.formulaBadIndicator", "A",
				"tỷ lệ");
		assertRuleError(() -> rule(FORMULA, "A=X Y; formula=A", "2"), "framework.rule.error.formulaBadIndicator", "A",
				"X Y");
		assertThat(rule(FORMULA, "A=766.hs_dung-han; formula=A", "2").indicators()).containsEntry("A",
				"766.HS_DUNG-HAN");
	}

	@Test
	void aFormulaWithoutVariablesIsRefused() {
		assertRuleError(() -> rule(FORMULA, "formula=1 + 1", "2"), "framework.rule.error.formulaNoVariables", "1 + 1");
	}

	@Test
	void aFormulaMayNotBeLongerThanFiveHundredCharacters() {
		String longest = "A" + " + A".repeat(124) + "   ";
		assertThat(rule(FORMULA, "A=X; formula=" + longest, "1000").points(one("A", "1"))).isEqualTo(decimal("125.00"));
		String tooLong = "A" + " + A".repeat(125);
		assertRuleError(() -> rule(FORMULA, "A=X; formula=" + tooLong, "2"), "framework.rule.error.formulaTooLong", 500,
				501);
	}

	@Test
	void aFormulaMayDeclareAtMostTwentyVariables() {
		StringBuilder text = new StringBuilder();
		StringBuilder sum = new StringBuilder("0");
		for (int i = 1; i <= 21; i++) {
			text.append("V").append(i).append("=X").append(i).append("; ");
			sum.append("+V").append(i);
		}
		assertRuleError(() -> rule(FORMULA, text + "formula=" + sum, "2"),
				"framework.rule.error.formulaTooManyVariables", 20, 21);
	}

	@Test
	void aFormulaThatDoesNotParseIsRefusedWithWhereItFails() {
		assertRuleError(() -> rule(FORMULA, "A=X; formula=A +", "2"), "framework.rule.error.formulaSyntax", "A +", 3);
		for (String formula : new String[] { "(A", "A)", "A A", "2A", "A,A", "min()", "A ^ 2", "A >= 1", "A == 1",
				"A && A", "sqrt(A)", "if(A, 1, 0)", "round(A, 2)", "A[0]", "A.b", "1.2.3 * A", "A!", "'x' + A" }) {
			Refusal refused = refusal(() -> rule(FORMULA, "A=X; formula=" + formula, "2"));
			assertThat(refused.messageKey()).as(formula).isEqualTo("framework.rule.error.formulaSyntax");
			assertThat(refused.arguments()[0]).isEqualTo(formula);
		}
	}

	@Test
	void onlyPlainDecimalNumbersAndNoTextAreAllowed() {
		assertRuleError(() -> rule(FORMULA, "A=X; formula=1e5 * A", "2"), "framework.rule.error.formulaNotAllowed",
				"1e5 * A", "1e5");
		assertRuleError(() -> rule(FORMULA, "A=X; formula=0x10 * A", "2"), "framework.rule.error.formulaNotAllowed",
				"0x10 * A", "0x10");
		assertRuleError(() -> rule(FORMULA, "A=X; formula=\"x\" + A", "2"), "framework.rule.error.formulaNotAllowed",
				"\"x\" + A", "x");
		assertThat(rule(FORMULA, "A=X; formula=.5 * A", "2").points(one("A", "1"))).isEqualTo(decimal("0.50"));
	}

	@Test
	void everyNameInTheFormulaMustBeDeclared() {
		assertRuleError(() -> rule(FORMULA, "A=X; B=Y; formula=A + B + C", "2"),
				"framework.rule.error.formulaUnknownVariable", "C", "A, B");
		assertRuleError(() -> rule(FORMULA, "A=X; formula=PI * A", "2"), "framework.rule.error.formulaUnknownVariable",
				"PI", "A");
		assertRuleError(() -> rule(FORMULA, "A=X; formula=A + TRUE", "2"),
				"framework.rule.error.formulaUnknownVariable", "TRUE", "A");
	}

	@Test
	void everyDeclaredVariableMustBeUsed() {
		assertRuleError(() -> rule(FORMULA, "A=X; B=Y; formula=2 * A", "2"),
				"framework.rule.error.formulaUnusedVariable", "B", "2 * A");
	}

	@Test
	void anyTextIsARuleThatPaysWithinItsMaximumOrARefusal() {
		String[] pieces = { "A", "B", "a", "C", "1", "0", "2.5", ".", ",", "(", ")", "+", "-", "*", "/", "^", "%",
				"min(", "max(", "abs(", "sqrt(", "\"", "'", "e", "E5", "x", "[", "]", " ", "=", "!", "&&",
				"1e999999999", "0x", "PI", "#" };
		java.util.Random random = new java.util.Random(20_240_766);
		int rules = 0;
		for (int round = 0; round < 5000; round++) {
			StringBuilder formula = new StringBuilder();
			for (int i = random.nextInt(12); i >= 0; i--) {
				formula.append(pieces[random.nextInt(pieces.length)]);
			}
			String text = "A=X; B=Y; formula=" + formula;
			Rule rule;
			try {
				rule = rule(FORMULA, text, "5");
			}
			catch (RuntimeException refused) {
				assertThat(refused).as(text).isInstanceOf(Refusal.class);
				assertThat(((Refusal) refused).messageKey()).as(text).startsWith("framework.rule.error.");
				continue;
			}
			rules++;
			RuleInput.Values values = new RuleInput.Values(
					Map.of("A", BigDecimal.valueOf(random.nextInt(2001) - 1000, 3), "B",
							BigDecimal.valueOf(random.nextInt(3), random.nextInt(3))));
			try {
				assertThat(rule.points(values)).as(text).isBetween(BigDecimal.ZERO, new BigDecimal("5"));
			}
			catch (RuntimeException refused) {
				assertThat(refused).as(text).isInstanceOf(Refusal.class);
				assertThat(((Refusal) refused).messageKey()).as(text)
					.isEqualTo("framework.rule.error.formulaDivisionByZero");
			}
		}
		assertThat(rules).as("some random texts are formulas").isPositive();
	}

	@Test
	void aFormulaThatTheParserCannotReadIsRefusedToo() {
		// EvalEx's parser fails on this one with a NoSuchElementException, not a
		// ParseException
		assertRuleError(() -> rule(FORMULA, "A=X; formula=min(+) + A", "2"), "framework.rule.error.formulaUnreadable",
				"min(+) + A");
	}

	@Test
	void theMaximumIsCheckedFirst() {
		assertRuleError(() -> rule(FORMULA, "nonsense", "0"), "framework.rule.error.maxNotPositive", decimal("0"));
		assertRuleError(() -> rule(FORMULA, INDEX_766, "2.125"), "framework.rule.error.tooManyDecimals",
				decimal("2.125"));
	}

	private static RuleInput.Values values(String a, String b, String c) {
		return values(decimal(a), decimal(b), decimal(c));
	}

	private static RuleInput.Values values(BigDecimal a, BigDecimal b, BigDecimal c) {
		return new RuleInput.Values(Map.of("A", a, "B", b, "C", c));
	}

	private static RuleInput.Values one(String name, String value) {
		return new RuleInput.Values(Map.of(name, decimal(value)));
	}

	private static BigDecimal share(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
	}

	private static Refusal refusal(ThrowingCallable call) {
		return catchThrowableOfType(Refusal.class, call);
	}

}
