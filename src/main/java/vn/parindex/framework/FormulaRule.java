package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Map;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#FORMULA}: an expression over named indicators,
 * {@code A=766.TT_A; B=766.TT_B; formula=6*A + min(2, 2.5*B)}.
 * <p>
 * FOUNDATION STUB — to be built (issue 13): parsing with EvalEx, exact evaluation, points
 * clamped to [0, max] and rounded half-up to 4 decimals.
 */
record FormulaRule(Map<String, String> variables, String formula, BigDecimal max) implements Rule {

	static final String EXAMPLE = "A=766.TT_A; B=766.TT_B; formula=6*A + min(2, 2.5*B)";

	static FormulaRule parse(String text, BigDecimal max) {
		throw Refusal.badRequest("framework.rule.error.badParameters", (text != null) ? text : "", EXAMPLE);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.FORMULA;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		throw new UnsupportedOperationException("FORMULA is not built yet");
	}

	@Override
	public String parameters() {
		return formula;
	}

	@Override
	public Map<String, String> indicators() {
		return variables;
	}

}
