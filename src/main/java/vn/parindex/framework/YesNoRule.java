package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#YES_NO}: all or nothing, e.g. a plan adopted on time or not.
 */
record YesNoRule(BigDecimal max) implements Rule {

	YesNoRule {
		max = Points.max(max);
	}

	static YesNoRule parse(String text, BigDecimal max) {
		if (text != null && !text.isBlank()) {
			throw Refusal.badRequest("framework.rule.error.parametersNotExpected", text.strip());
		}
		return new YesNoRule(max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.YES_NO;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		return Points.expect(input, RuleInput.YesNo.class, kind()).yes() ? max : Points.of(BigDecimal.ZERO);
	}

	@Override
	public String parameters() {
		return "";
	}

}
