package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#DEDUCTION}: full points less a fixed step per case (an overdue task, a
 * late report), never below zero. A step above the maximum is allowed: it means that a
 * single case loses everything.
 */
record DeductionRule(Amount step, BigDecimal max) implements Rule {

	static final String EXAMPLE = "step=0.5";

	DeductionRule {
		max = Points.max(max);
		Points.step(step, max);
	}

	static DeductionRule parse(String text, BigDecimal max) {
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		String step = parameters.keywords("step").get("step");
		if (step == null) {
			throw parameters.bad();
		}
		return new DeductionRule(parameters.amount(step), max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.DEDUCTION;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		BigDecimal count = Points.present(Points.expect(input, RuleInput.Count.class, kind()).count());
		if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
			throw Refusal.badRequest("framework.rule.error.notACount", count);
		}
		BigDecimal points = max.subtract(count.multiply(step.of(max)));
		return Points.of(points.max(BigDecimal.ZERO));
	}

	@Override
	public String parameters() {
		return "step=" + step.text();
	}

}
