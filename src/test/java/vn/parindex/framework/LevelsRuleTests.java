package vn.parindex.framework;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.LEVELS;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.rule;

class LevelsRuleTests {

	private static final String EXAMPLE = "Xuất sắc=100%; Tốt=75%; Hoàn thành=50%; Không=0";

	private final Rule rule = rule(LEVELS, EXAMPLE, "2");

	private static RuleInput.Level level(String name) {
		return new RuleInput.Level(name);
	}

	@Test
	void eachLevelEarnsItsShareOfTheMaximum() {
		assertThat(rule.points(level("Xuất sắc"))).isEqualTo(decimal("2.00"));
		assertThat(rule.points(level("Tốt"))).isEqualTo(decimal("1.50"));
		assertThat(rule.points(level("Hoàn thành"))).isEqualTo(decimal("1.00"));
		assertThat(rule.points(level("Không"))).isEqualTo(decimal("0.00"));
	}

	@Test
	void absoluteLevelPointsAreTakenAsWritten() {
		Rule absolute = rule(LEVELS, "Đạt=1,5; Chưa đạt = 0.25", "2");
		assertThat(absolute.points(level("Đạt"))).isEqualTo(decimal("1.50"));
		assertThat(absolute.points(level("Chưa đạt"))).isEqualTo(decimal("0.25"));
	}

	@Test
	void aLevelMatchesIgnoringCaseAndSurroundingSpaces() {
		assertThat(rule.points(level("  XUẤT SẮC "))).isEqualTo(decimal("2.00"));
		assertThat(rule.points(level("hoàn thành"))).isEqualTo(decimal("1.00"));
	}

	@Test
	void aDecomposedVietnameseNameMatchesTheSameLevel() {
		String decomposed = Normalizer.normalize("Xuất sắc", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Xuất sắc");
		assertThat(rule.points(level(decomposed))).isEqualTo(decimal("2.00"));
		assertThat(rule(LEVELS, decomposed + "=1; Không=0", "2").parameters()).isEqualTo("Xuất sắc=1; Không=0");
	}

	@Test
	void aLevelNotInTheListIsRefusedNamingTheLevels() {
		assertRuleError(() -> rule.points(level(" Khá ")), "framework.rule.error.unknownLevel", "Khá",
				"Xuất sắc, Tốt, Hoàn thành, Không");
	}

	@Test
	void aPercentageOfAnOddMaximumKeepsFourDecimalsRoundedHalfUp() {
		Rule odd = rule(LEVELS, "Tốt=75%; Khá=33.33%; Không=0", "2.5");
		assertThat(odd.points(level("Tốt"))).as("exact").isEqualTo(decimal("1.875"));
		assertThat(odd.points(level("Khá"))).as("0.83325").isEqualTo(decimal("0.8333"));
	}

	@Test
	void canonicalParametersKeepTheOrderNamesAndForms() {
		Rule messy = rule(LEVELS, " Xuất sắc = 100 % ;Tốt=75,0%;Hoàn thành=0,50; Không=0 ;", "2");
		assertThat(messy.parameters()).isEqualTo("Xuất sắc=100%; Tốt=75%; Hoàn thành=0.5; Không=0");
		assertThat(rule(LEVELS, messy.parameters(), "2")).isEqualTo(messy);
	}

	@Test
	void aNameMayHoldAnEqualsSign() {
		Rule rule = rule(LEVELS, "a=b=1; c=0", "2");
		assertThat(rule.points(level("a=b"))).isEqualTo(decimal("1.00"));
		assertThat(rule(LEVELS, rule.parameters(), "2")).isEqualTo(rule);
	}

	@Test
	void aLevelAboveTheMaximumIsRefused() {
		assertRuleError(() -> rule(LEVELS, "A=3; B=0", "2"), "framework.rule.error.pointsAboveMax", "A", decimal("3"),
				decimal("2"));
		assertRuleError(() -> rule(LEVELS, "A=120%; B=0", "2"), "framework.rule.error.pointsAboveMax", "A",
				decimal("2.4"), decimal("2"));
	}

	@Test
	void aSingleLevelIsRefused() {
		assertRuleError(() -> rule(LEVELS, "Đạt=100%", "2"), "framework.rule.error.tooFewLevels");
	}

	@Test
	void levelNamesMustDifferIgnoringCase() {
		assertRuleError(() -> rule(LEVELS, "Tốt=100%; TỐT =50%; Không=0", "2"), "framework.rule.error.duplicateLevel",
				"TỐT");
	}

	@Test
	void absoluteLevelPointsFinerThanACentAreRefused() {
		assertRuleError(() -> rule(LEVELS, "A=1.125; B=0", "2"), "framework.rule.error.tooManyDecimals",
				decimal("1.125"));
	}

	@Test
	void malformedLevelsAreSyntaxErrorsShowingAnExample() {
		for (String text : new String[] { "", ";", "Tốt; Không=0", "=1; Không=0", "Tốt=; Không=0", "Tốt=cao; Không=0",
				"Tốt=-1; Không=0" }) {
			assertRuleError(() -> rule(LEVELS, text, "2"), "framework.rule.error.badParameters", text, EXAMPLE);
		}
	}

	@Test
	void aLevelIsTheOnlyInputTaken() {
		assertRuleError(() -> rule.points(new RuleInput.YesNo(true)), "framework.rule.error.wrongInput", LEVELS);
	}

}
