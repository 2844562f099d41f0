package vn.parindex.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.framework.RuleKind.YES_NO;
import static vn.parindex.framework.RuleTesting.assertRuleError;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.number;
import static vn.parindex.framework.RuleTesting.rule;

class YesNoRuleTests {

	private final Rule rule = rule(YES_NO, null, "1.5");

	@Test
	void yesEarnsTheMaximumAndNoNothing() {
		assertThat(rule.points(new RuleInput.YesNo(true))).isEqualTo(decimal("1.50"));
		assertThat(rule.points(new RuleInput.YesNo(false))).isEqualTo(decimal("0.00"));
	}

	@Test
	void emptyParametersAreTheCanonicalForm() {
		assertThat(rule(YES_NO, "  ", "1.50")).isEqualTo(rule);
		assertThat(rule.parameters()).isEmpty();
	}

	@Test
	void anyParameterIsRefused() {
		assertRuleError(() -> rule(YES_NO, " step=1 ", "1.5"), "framework.rule.error.parametersNotExpected", "step=1");
	}

	@Test
	void aNumberIsNotAnAnswer() {
		assertRuleError(() -> rule.points(number("1.5")), "framework.rule.error.wrongInput", YES_NO);
	}

}
