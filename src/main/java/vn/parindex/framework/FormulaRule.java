package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#FORMULA}: an expression over named indicators (METHODOLOGY §8), e.g.
 * the 766 index's
 * {@code A=766.TT_A; B=766.TT_B; C=766.TT_C; formula=6*A + min(2, 2.5*B) +
 * 2.5*C}. Each variable names an indicator; the formula is parsed and evaluated by EvalEx
 * in decimals ({@link BigDecimal}, never floating point), with only {@code + - * /},
 * parentheses, plain decimal numbers, the declared variables and {@code min},
 * {@code max}, {@code abs}. Points = the value, within 0 and the maximum, rounded half-up
 * to 4 decimals ({@link Points#of}).
 * <p>
 * Sums, differences and products are exact; a quotient is carried to 34 significant
 * digits ({@link MathContext#DECIMAL128}, the precision a ratio indicator's rate is
 * handed over with) before the one rounding to 4 decimals. A division by zero is a
 * {@link Refusal}, not a number.
 *
 * @param variables indicator codes (upper case) by variable name, in the order written
 * @param formula the expression as written, trimmed
 */
record FormulaRule(Map<String, String> variables, String formula, BigDecimal max) implements Rule {

	static final String EXAMPLE = "A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; formula=6*A + min(2, 2.5*B)";

	static final String FORMULA = "formula";

	/** The longest formula accepted, in characters. */
	static final int MAX_FORMULA = 500;

	/** The most variables a formula may declare. */
	static final int MAX_VARIABLES = 20;

	/** The functions a formula may call, in lower case. */
	static final List<String> FUNCTIONS = List.of("min", "max", "abs");

	/** Names no variable may take: the functions and the keywords of rule parameters. */
	private static final List<String> RESERVED = List.of("min", "max", "abs", FORMULA, MeasuredRule.INDICATOR,
			MeasuredRule.ZERO);

	private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

	private static final Pattern INDICATOR = Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]{0,63}");

	/** A number as a formula may write it: digits with at most one decimal point. */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,30}(\\.\\d{1,30})?|\\.\\d{1,30}");

	private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
		.operatorDictionary(MapBasedOperatorDictionary.ofOperators(Map.entry("+", new InfixPlusOperator()),
				Map.entry("-", new InfixMinusOperator()), Map.entry("*", new InfixMultiplicationOperator()),
				Map.entry("/", new CheckedDivision()), Map.entry("+", new PrefixPlusOperator()),
				Map.entry("-", new PrefixMinusOperator())))
		.functionDictionary(MapBasedFunctionDictionary.ofFunctions(Map.entry("min", new MinFunction()),
				Map.entry("max", new MaxFunction()), Map.entry("abs", new AbsFunction())))
		.defaultConstants(Map.of())
		.mathContext(MathContext.DECIMAL128)
		.arraysAllowed(false)
		.structuresAllowed(false)
		.binaryAllowed(false)
		.implicitMultiplicationAllowed(false)
		.singleQuoteStringLiteralsAllowed(false)
		.build();

	FormulaRule {
		max = Points.max(max);
		variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
	}

	/**
	 * Parses {@code NAME=INDICATOR} pairs and one {@code formula=}, in any order, and
	 * checks the formula: it parses, calls only the allowed functions, and uses every
	 * declared variable and no other.
	 */
	static FormulaRule parse(String text, BigDecimal max) {
		BigDecimal checked = Points.max(max);
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		Map<String, String> variables = new LinkedHashMap<>();
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		String formula = null;
		for (String segment : parameters.text().split(";")) {
			if (segment.isBlank()) {
				continue;
			}
			int equals = segment.indexOf('=');
			String name = (equals >= 0) ? segment.substring(0, equals).strip() : "";
			String value = (equals >= 0) ? segment.substring(equals + 1).strip() : "";
			if (name.isEmpty() || value.isEmpty()) {
				throw parameters.bad();
			}
			if (name.equalsIgnoreCase(FORMULA)) {
				if (formula != null) {
					throw parameters.bad();
				}
				formula = value;
				continue;
			}
			if (!VARIABLE.matcher(name).matches() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
				throw Refusal.badRequest("framework.rule.error.formulaBadVariable", name);
			}
			if (!names.add(name)) {
				throw Refusal.badRequest("framework.rule.error.formulaDuplicateVariable", name);
			}
			String code = value.toUpperCase(Locale.ROOT);
			if (!INDICATOR.matcher(code).matches()) {
				throw Refusal.badRequest("framework.rule.error.formulaBadIndicator", name, value);
			}
			variables.put(name, code);
		}
		if (formula == null) {
			throw parameters.bad();
		}
		if (variables.isEmpty()) {
			throw Refusal.badRequest("framework.rule.error.formulaNoVariables", formula);
		}
		if (variables.size() > MAX_VARIABLES) {
			throw Refusal.badRequest("framework.rule.error.formulaTooManyVariables", MAX_VARIABLES, variables.size());
		}
		check(formula, variables.keySet());
		return new FormulaRule(variables, formula, checked);
	}

	private static void check(String formula, Set<String> declared) {
		if (formula.length() > MAX_FORMULA) {
			throw Refusal.badRequest("framework.rule.error.formulaTooLong", MAX_FORMULA, formula.length());
		}
		List<ASTNode> nodes;
		try {
			Expression expression = new Expression(formula, CONFIGURATION);
			expression.validate();
			nodes = expression.getAllASTNodes();
		}
		catch (ParseException ex) {
			throw Refusal.badRequest("framework.rule.error.formulaSyntax", formula, Math.max(ex.getStartPosition(), 1));
		}
		catch (RuntimeException ex) {
			// EvalEx's parser fails so on some malformed texts, e.g. unbalanced braces
			// after a comma
			throw Refusal.badRequest("framework.rule.error.formulaUnreadable", formula);
		}
		Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (ASTNode node : nodes) {
			Token token = node.getToken();
			switch (token.getType()) {
				case NUMBER_LITERAL -> {
					if (!NUMBER.matcher(token.getValue()).matches()) {
						throw Refusal.badRequest("framework.rule.error.formulaNotAllowed", formula, token.getValue());
					}
				}
				case VARIABLE_OR_CONSTANT -> {
					if (!declared.stream().anyMatch(token.getValue()::equalsIgnoreCase)) {
						throw Refusal.badRequest("framework.rule.error.formulaUnknownVariable", token.getValue(),
								String.join(", ", declared));
					}
					used.add(token.getValue());
				}
				case INFIX_OPERATOR, PREFIX_OPERATOR, FUNCTION -> {
					// only those of the configuration parse
				}
				default ->
					throw Refusal.badRequest("framework.rule.error.formulaNotAllowed", formula, token.getValue());
			}
		}
		for (String name : declared) {
			if (!used.contains(name)) {
				throw Refusal.badRequest("framework.rule.error.formulaUnusedVariable", name, formula);
			}
		}
	}

	@Override
	public RuleKind kind() {
		return RuleKind.FORMULA;
	}

	/**
	 * The formula's value for each variable's number, within 0 and the maximum.
	 * @throws Refusal when a variable has no value, or the formula divides by zero
	 */
	@Override
	public BigDecimal points(RuleInput input) {
		Map<String, BigDecimal> given = Points.expect(input, RuleInput.Values.class, kind()).values();
		if (given == null) {
			throw Refusal.badRequest("framework.rule.error.missingValue");
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String name : variables.keySet()) {
			BigDecimal value = given.get(name);
			if (value == null) {
				throw Refusal.badRequest("framework.rule.error.missingValue");
			}
			values.put(name, value);
		}
		EvaluationValue result;
		try {
			result = new Expression(formula, CONFIGURATION).withValues(values).evaluate();
		}
		catch (DivisionByZero | ArithmeticException ex) {
			throw Refusal.badRequest("framework.rule.error.formulaDivisionByZero", formula);
		}
		catch (EvaluationException | ParseException ex) {
			// parsed and checked when the rule was made: an evaluation cannot fail
			// otherwise
			throw new IllegalStateException("formula " + formula + ": " + ex.getMessage(), ex);
		}
		BigDecimal value = result.getNumberValue();
		return Points.of(value.max(BigDecimal.ZERO).min(max));
	}

	@Override
	public String parameters() {
		List<String> pairs = new ArrayList<>();
		variables.forEach((name, code) -> pairs.add(name + "=" + code));
		pairs.add(FORMULA + "=" + formula);
		return String.join("; ", pairs);
	}

	@Override
	public Map<String, String> indicators() {
		return variables;
	}

	/** EvalEx's division, refusing a zero divisor however it is written. */
	@InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
	static final class CheckedDivision extends InfixDivisionOperator {

		@Override
		public EvaluationValue evaluate(Expression expression, Token operatorToken, EvaluationValue... operands)
				throws EvaluationException {
			if (operands[1].isNumberValue() && operands[1].getNumberValue().signum() == 0) {
				throw new DivisionByZero();
			}
			return super.evaluate(expression, operatorToken, operands);
		}

	}

	/** A formula divided by zero for the values given. */
	static final class DivisionByZero extends RuntimeException {

		DivisionByZero() {
			super("division by zero", null, false, false);
		}

	}

}
