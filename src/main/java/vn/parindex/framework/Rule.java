package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * A leaf's scoring rule with its parameters, parsed and checked against the leaf's
 * maximum. Plain Java, used wherever points are computed: the scoring sheet, appraisal
 * and the engine. A rule knows nothing of its framework's settings: points a unit is
 * credited with come from {@link FrameworkView#points(String, RuleInput)}, which also
 * applies {@link FrameworkSettings#roundComputed()}.
 * <p>
 * Parameter syntax: see {@code docs/rule-parameters.md}.
 */
public interface Rule {

	RuleKind kind();

	/**
	 * The points this input earns, between 0 and {@code max}: exact where the exact value
	 * has at most 4 decimals, else rounded half-up to 4 (a quotient that does not
	 * terminate, a percentage of an odd maximum). The scale is the smallest from 2 to 4
	 * that holds the value ({@code 2.00}, {@code 1.875}, {@code 1.9176}), so that equal
	 * points are {@code equals} and typed points keep their 2 decimals.
	 * @throws Refusal when the input is of the wrong kind or out of range
	 */
	BigDecimal points(RuleInput input);

	/** The maximum the rule was checked against. */
	BigDecimal max();

	/** The parameters in canonical form: parsing them again gives an equal rule. */
	String parameters();

	/**
	 * The operational indicators a {@code STATISTIC} leaf's rule is fed from, by the name
	 * the rule gives each: {@code indicator} for a rule of one indicator
	 * ({@code indicator=TTHC_DUNG_HAN; linear}), the formula's variables for
	 * {@link RuleKind#FORMULA} ({@code A=766.TT_A; …}). Indicator codes are in upper
	 * case. Empty for a rule fed by a person or a survey.
	 */
	default java.util.Map<String, String> indicators() {
		return java.util.Map.of();
	}

	/**
	 * The rate thresholds of a rule of tiers, in percent, highest first ({@code 100},
	 * {@code 80}, {@code 0}); empty for a rule without tiers. A rate reaches a tier when
	 * it is at or above its threshold; the quarterly board tells from them which tier a
	 * unit fell below.
	 */
	default java.util.List<BigDecimal> thresholds() {
		return java.util.List.of();
	}

	/** What a 0 / 0 ratio earns under this rule ({@code zero=}). */
	default ZeroDenominator zeroDenominator() {
		return ZeroDenominator.NOT_APPLICABLE;
	}

	/**
	 * Parses a rule's parameters and checks them against the leaf's maximum.
	 * @throws Refusal naming what is wrong
	 */
	static Rule parse(RuleKind kind, String parameters, BigDecimal max) {
		return Rules.parse(kind, parameters, max);
	}

}
