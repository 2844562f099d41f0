package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.problem.Refusal;

/**
 * A leaf's scoring rule with its parameters, parsed and checked against the leaf's
 * maximum. Plain Java, used wherever points are computed: the scoring sheet, appraisal
 * and the engine.
 * <p>
 * Parameter syntax: see {@code docs/rule-parameters.md}.
 */
public interface Rule {

	RuleKind kind();

	/**
	 * The points this input earns, exact, between 0 and {@code max}.
	 * @throws Refusal when the input is of the wrong kind or out of range
	 */
	BigDecimal points(RuleInput input);

	/** The maximum the rule was checked against. */
	BigDecimal max();

	/** The parameters in canonical form: parsing them again gives an equal rule. */
	String parameters();

	/**
	 * Parses a rule's parameters and checks them against the leaf's maximum.
	 * @throws Refusal naming what is wrong
	 */
	static Rule parse(RuleKind kind, String parameters, BigDecimal max) {
		return Rules.parse(kind, parameters, max);
	}

}
