package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#RATIO_TIERS} with tiers: the first tier whose threshold the rate
 * reaches pays its points, e.g. records resolved on time ≥ 100% earns the maximum, ≥ 80%
 * half. Rates are compared exactly, by cross-multiplying, so that 79.999…% never passes
 * as 80%. Thresholds above 100% are allowed for rates that can exceed it, such as revenue
 * collected against the plan.
 */
record RatioTiersRule(List<Tier> tiers, BigDecimal max) implements Rule {

	static final String EXAMPLE = "100%=100%; 80%=50%; 0%=0";

	static final String LINEAR = "linear";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	RatioTiersRule {
		max = Points.max(max);
		tiers = List.copyOf(tiers);
		if (tiers.isEmpty()) {
			throw Refusal.badRequest("framework.rule.error.badParameters", "", EXAMPLE);
		}
		Tier previous = null;
		for (Tier tier : tiers) {
			BigDecimal points = tier.points().of(max);
			if (points.compareTo(max) > 0) {
				throw Refusal.badRequest("framework.rule.error.pointsAboveMax", tier.threshold().toPlainString() + "%",
						points, max);
			}
			if (previous != null) {
				check(tier, previous, max);
			}
			previous = tier;
		}
	}

	private static void check(Tier tier, Tier previous, BigDecimal max) {
		if (tier.threshold().compareTo(previous.threshold()) >= 0) {
			throw Refusal.badRequest("framework.rule.error.tiersNotDescending", tier.threshold(), previous.threshold());
		}
		if (tier.points().of(max).compareTo(previous.points().of(max)) > 0) {
			throw Refusal.badRequest("framework.rule.error.tierPointsIncreasing", tier.threshold(),
					previous.threshold());
		}
	}

	/**
	 * Parses tiers, or {@code linear} with an optional {@code target=} for
	 * {@link LinearRatioRule}.
	 */
	static Rule parse(String text, BigDecimal max) {
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		if (java.util.Arrays.stream(parameters.text().split(";")).anyMatch((s) -> s.strip().equalsIgnoreCase(LINEAR))) {
			return linear(parameters.text(), max);
		}
		List<Tier> tiers = parameters.pairs()
			.stream()
			.map((pair) -> new Tier(parameters.percentage(pair.getKey()), parameters.amount(pair.getValue())))
			.toList();
		if (tiers.isEmpty()) {
			throw parameters.bad();
		}
		return new RatioTiersRule(tiers, max);
	}

	/**
	 * {@code linear} once, and at most one {@code target=} percentage, in any order. A
	 * syntax error names the whole text, with an example of this form.
	 */
	private static Rule linear(String text, BigDecimal max) {
		RuleParameters linear = new RuleParameters(text, LinearRatioRule.EXAMPLE);
		StringBuilder rest = new StringBuilder();
		int keywords = 0;
		for (String segment : linear.text().split(";")) {
			if (segment.strip().equalsIgnoreCase(LINEAR)) {
				keywords++;
			}
			else {
				rest.append(segment).append(';');
			}
		}
		BigDecimal target;
		try {
			RuleParameters others = new RuleParameters(rest.toString(), LinearRatioRule.EXAMPLE);
			String written = others.keywords(LinearRatioRule.TARGET).get(LinearRatioRule.TARGET);
			target = (written != null) ? others.percentage(written) : null;
		}
		catch (Refusal refused) {
			throw linear.bad();
		}
		if (keywords != 1) {
			throw linear.bad();
		}
		return new LinearRatioRule(max, target);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.RATIO_TIERS;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		RuleInput.Ratio ratio = checked(input);
		BigDecimal hundredfold = ratio.numerator().multiply(HUNDRED);
		return tiers.stream()
			.filter((tier) -> hundredfold.compareTo(tier.threshold().multiply(ratio.denominator())) >= 0)
			.findFirst()
			.map((tier) -> tier.points().of(max))
			.map(Points::of)
			.orElse(Points.of(BigDecimal.ZERO));
	}

	@Override
	public List<BigDecimal> thresholds() {
		return tiers.stream().map(Tier::threshold).toList();
	}

	@Override
	public String parameters() {
		return tiers.stream()
			.map((tier) -> tier.threshold().toPlainString() + "%=" + tier.points().text())
			.collect(Collectors.joining("; "));
	}

	/**
	 * A ratio both rules can take. A zero denominator has no rate at all: the caller
	 * should rather declare the leaf not applicable (không phát sinh) than score it 0.
	 */
	static RuleInput.Ratio checked(RuleInput input) {
		RuleInput.Ratio ratio = Points.expect(input, RuleInput.Ratio.class, RuleKind.RATIO_TIERS);
		for (BigDecimal value : new BigDecimal[] { Points.present(ratio.numerator()),
				Points.present(ratio.denominator()) }) {
			if (value.signum() < 0) {
				throw Refusal.badRequest("framework.rule.error.negative", value);
			}
		}
		if (ratio.denominator().signum() == 0) {
			throw Refusal.badRequest("framework.rule.error.zeroDenominator");
		}
		return ratio;
	}

	/** One tier: a rate at or above {@code threshold} percent earns {@code points}. */
	record Tier(BigDecimal threshold, Amount points) {

		Tier {
			threshold = threshold.stripTrailingZeros();
		}

	}

}
