package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * What a person (or a survey, or a statistic feed) enters for a leaf; each rule takes one
 * kind.
 */
public sealed interface RuleInput {

	/** {@link RuleKind#MANUAL}: the points themselves. */
	record Number(BigDecimal value) implements RuleInput {
	}

	/** {@link RuleKind#YES_NO}. */
	record YesNo(boolean yes) implements RuleInput {
	}

	/** {@link RuleKind#LEVELS}: the name of one of the rule's levels. */
	record Level(String name) implements RuleInput {
	}

	/** {@link RuleKind#RATIO_TIERS}: e.g. records resolved on time out of all records. */
	record Ratio(BigDecimal numerator, BigDecimal denominator) implements RuleInput {
	}

	/** {@link RuleKind#DEDUCTION}: e.g. the number of overdue tasks. */
	record Count(BigDecimal count) implements RuleInput {
	}

	/** {@link RuleKind#SURVEY_SCALE}: the mean answer on the rule's k-point scale. */
	record Mean(BigDecimal mean) implements RuleInput {
	}

	/**
	 * {@link RuleKind#SURVEY_SCORE}: the unit's survey score for the leaf as a share from
	 * 0 to 1 (METHODOLOGY §6), exact.
	 */
	record Score(BigDecimal share) implements RuleInput {
	}

	/**
	 * {@link RuleKind#FORMULA}: each variable's value — a ratio indicator's rate as a
	 * share (0.959 for 95.9%), a count's or value's number. A variable without a value
	 * (absent, or {@code null}) is refused when the rule is applied.
	 */
	record Values(java.util.Map<String, BigDecimal> values) implements RuleInput {

		public Values {
			values = (values != null) ? java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values)) : null;
		}

	}

}
