package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#MANUAL}: the person enters the points, in whole steps so that councils
 * do not argue over 1.13 against 1.15. The maximum itself is always accepted, even when
 * it is not a multiple of the step, so that a leaf can always earn full points. A step
 * above the maximum is refused: it would leave only 0 and the maximum, a yes/no rule in
 * disguise.
 */
record ManualRule(Amount step, BigDecimal max) implements Rule {

	static final String EXAMPLE = "step=0.25";

	private static final Amount DEFAULT_STEP = new Amount(new BigDecimal("0.25"), false);

	ManualRule {
		max = Points.max(max);
		BigDecimal points = Points.step(step, max);
		if (points.compareTo(max) > 0) {
			throw Refusal.badRequest("framework.rule.error.stepAboveMax", points, max);
		}
	}

	static ManualRule parse(String text, BigDecimal max) {
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		String step = parameters.keywords("step").get("step");
		return new ManualRule((step != null) ? parameters.amount(step) : DEFAULT_STEP, max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.MANUAL;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		BigDecimal value = Points.present(Points.expect(input, RuleInput.Number.class, kind()).value());
		if (value.signum() < 0) {
			throw Refusal.badRequest("framework.rule.error.negative", value);
		}
		if (value.compareTo(max) > 0) {
			throw Refusal.badRequest("framework.rule.error.aboveMax", value, max);
		}
		BigDecimal step = this.step.of(max);
		if (value.compareTo(max) != 0 && value.remainder(step).signum() != 0) {
			throw Refusal.badRequest("framework.rule.error.notAStep", value, Points.of(step));
		}
		return Points.of(value);
	}

	@Override
	public String parameters() {
		return "step=" + step.text();
	}

}
