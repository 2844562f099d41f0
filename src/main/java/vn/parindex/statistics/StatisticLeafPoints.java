package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.Rule;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleKind;
import vn.parindex.framework.ZeroDenominator;
import vn.parindex.problem.Refusal;

/**
 * The points of a {@code STATISTIC} leaf from its indicators' measures, by the leaf's
 * rule and the framework's rounding ({@link FrameworkView#points}): the one arithmetic of
 * the stored results, the board and the profile. Plain Java.
 * <ul>
 * <li>{@code RATIO_TIERS} (tiers, {@code linear}, {@code target=}) takes a ratio
 * indicator's numerator and denominator; 0 / 0 follows the leaf's {@code zero=} policy,
 * not applicable by default.</li>
 * <li>{@code DEDUCTION} takes a count.</li>
 * <li>{@code FORMULA} takes each variable's number: a ratio's rate as a share, a count's
 * or value's value; a variable that is 0 / 0 makes the leaf not applicable.</li>
 * </ul>
 */
public final class StatisticLeafPoints {

	private StatisticLeafPoints() {
	}

	/**
	 * @param measures the measure of each indicator code the leaf's rule names (upper
	 * case); missing ones absent
	 * @param kinds the kind of each indicator code found in the catalog
	 */
	public static LeafOutcome of(FrameworkView framework, String leafCode, Map<String, Measure> measures,
			Map<String, IndicatorKind> kinds) {
		FrameworkNode leaf = framework.tree().node(leafCode);
		Rule rule = Rule.parse(leaf.rule(), leaf.ruleParams(), leaf.maxPoints());
		Map<String, Measure> named = new LinkedHashMap<>();
		boolean missing = rule.indicators().isEmpty() || leaf.source() != Source.STATISTIC;
		for (Map.Entry<String, String> variable : rule.indicators().entrySet()) {
			Measure measure = measures.get(variable.getValue());
			if (measure == null) {
				missing = true;
			}
			else {
				named.put(variable.getKey(), measure);
			}
		}
		if (missing) {
			return new LeafOutcome(leafCode, LeafOutcome.State.NO_DATA, null, null, named);
		}
		try {
			if (rule.kind() == RuleKind.FORMULA) {
				Map<String, BigDecimal> values = new HashMap<>();
				for (Map.Entry<String, Measure> variable : named.entrySet()) {
					BigDecimal number = variable.getValue().number();
					if (number == null) {
						LeafOutcome.State state = (variable.getValue().numerator().signum() == 0)
								? LeafOutcome.State.NOT_APPLICABLE : LeafOutcome.State.INVALID;
						return new LeafOutcome(leafCode, state, null, null, named);
					}
					values.put(variable.getKey(), number);
				}
				return scored(framework, leafCode, new RuleInput.Values(values), null, named);
			}
			Measure measure = named.values().iterator().next();
			String code = rule.indicators().values().iterator().next();
			if (rule.kind() == RuleKind.RATIO_TIERS) {
				if (kinds.get(code) != IndicatorKind.RATIO || !measure.isRatio()) {
					return new LeafOutcome(leafCode, LeafOutcome.State.INVALID, null, null, named);
				}
				if (measure.denominator().signum() == 0) {
					if (measure.numerator().signum() != 0) {
						return new LeafOutcome(leafCode, LeafOutcome.State.INVALID, null, null, named);
					}
					if (rule.zeroDenominator() == ZeroDenominator.NOT_APPLICABLE) {
						return new LeafOutcome(leafCode, LeafOutcome.State.NOT_APPLICABLE, null, null, named);
					}
				}
				return scored(framework, leafCode, new RuleInput.Ratio(measure.numerator(), measure.denominator()),
						measure.number(), named);
			}
			if (rule.kind() == RuleKind.DEDUCTION && !measure.isRatio()) {
				return scored(framework, leafCode, new RuleInput.Count(measure.value().stripTrailingZeros()), null,
						named);
			}
			return new LeafOutcome(leafCode, LeafOutcome.State.INVALID, null, null, named);
		}
		catch (Refusal refused) {
			return new LeafOutcome(leafCode, LeafOutcome.State.INVALID, null, null, named);
		}
	}

	private static LeafOutcome scored(FrameworkView framework, String leafCode, RuleInput input, BigDecimal rate,
			Map<String, Measure> named) {
		return new LeafOutcome(leafCode, LeafOutcome.State.SCORED, framework.points(leafCode, input), rate, named);
	}

}
