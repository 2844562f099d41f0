package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

/**
 * The checks a secretariat can trust before a framework is used: unique codes, parents
 * that exist, no cycles, positive leaf maxima with at most two decimals, parents' maxima
 * equal to the sum of their children where typed, rule parameters that parse and fit the
 * maximum, rules that fit the leaf's source: survey rules on {@code SURVEY} leaves, and
 * {@code STATISTIC} leaves, only they, naming their indicators ({@code indicator=} or a
 * {@code FORMULA}).
 */
final class FrameworkValidator {

	static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,31}");

	static final Pattern UNIT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	static final int MAX_NAME = 1000;

	static final int MAX_FRAMEWORK_NAME = 300;

	static final int MAX_GUIDANCE = 10_000;

	static final int MAX_RULE_PARAMS = 2000;

	static final int MAX_PART = 100;

	static final int MAX_APPLIES_TO = 500;

	/** The largest maximum or cap: far above any index's, within what is stored. */
	static final BigDecimal MAX_POINTS = new BigDecimal("1000000");

	private FrameworkValidator() {
	}

	/**
	 * @throws Refusal with every problem found
	 */
	static void check(List<FrameworkNode> nodes) {
		List<FrameworkProblem> problems = problems(nodes, Map.of());
		if (!problems.isEmpty()) {
			throw FrameworkProblem.refusal(problems);
		}
	}

	static void checkSettings(FrameworkSettings settings) {
		List<FrameworkProblem> problems = new ArrayList<>();
		if (settings.name() == null || settings.name().isBlank()) {
			problems.add(problem(null, null, "name", "framework.error.nameRequired"));
		}
		else {
			text(null, null, "name", settings.name(), MAX_FRAMEWORK_NAME, problems);
		}
		if (settings.year() < 2000 || settings.year() > Year.now().getValue() + 10) {
			problems.add(problem(null, null, "year", "framework.error.yearOutOfRange", settings.year()));
		}
		if (settings.targetGroup() == null || !UNIT_TYPE.matcher(settings.targetGroup()).matches()) {
			problems.add(problem(null, null, "targetGroup", "framework.error.badTargetGroup", settings.targetGroup()));
		}
		if (settings.bonusCap().signum() < 0 || settings.penaltyCap().signum() < 0) {
			problems.add(problem(null, null, "bonusCap", "framework.error.negativeCap"));
		}
		if (settings.bonusCap().compareTo(MAX_POINTS) > 0 || settings.penaltyCap().compareTo(MAX_POINTS) > 0) {
			problems.add(problem(null, null, "bonusCap", "framework.error.tooManyPoints", MAX_POINTS));
		}
		if (!problems.isEmpty()) {
			throw FrameworkProblem.refusal(problems);
		}
	}

	/**
	 * Every problem of a node list.
	 * @param typedParentMaxima maxima typed for parents (from a workbook), to be checked
	 * against the sum of their children
	 */
	static List<FrameworkProblem> problems(List<FrameworkNode> nodes, Map<String, BigDecimal> typedParentMaxima) {
		List<FrameworkProblem> problems = new ArrayList<>();
		Map<String, Integer> indexByCode = new HashMap<>();
		Set<String> parents = new HashSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			FrameworkNode node = nodes.get(i);
			checkIdentity(i, node, indexByCode, problems);
			if (node.parentCode() != null) {
				parents.add(node.parentCode());
			}
		}
		for (int i = 0; i < nodes.size(); i++) {
			FrameworkNode node = nodes.get(i);
			checkParent(i, node, indexByCode, nodes, problems);
			if (!parents.contains(node.code())) {
				checkLeaf(i, node, problems);
			}
		}
		checkSums(untouched(nodes, indexByCode, problems), indexByCode, typedParentMaxima, problems);
		if (nodes.isEmpty()) {
			problems.add(problem(null, null, null, "framework.error.empty"));
		}
		return problems;
	}

	/**
	 * The nodes of the areas that no problem found so far touches, whose sums can be
	 * checked too: one pass names every independent error.
	 */
	private static List<FrameworkNode> untouched(List<FrameworkNode> nodes, Map<String, Integer> indexByCode,
			List<FrameworkProblem> problems) {
		Set<String> touched = new HashSet<>();
		for (FrameworkProblem problem : problems) {
			if (problem.index() == null) {
				return List.of();
			}
			touched.add(areaOf(nodes.get(problem.index()).parentCode(), indexByCode, nodes));
			if (problem.code() != null && indexByCode.containsKey(problem.code())) {
				touched.add(areaOf(problem.code(), indexByCode, nodes));
			}
		}
		List<FrameworkNode> untouched = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			FrameworkNode node = nodes.get(i);
			String area = (node.parentCode() == null) ? node.code() : areaOf(node.parentCode(), indexByCode, nodes);
			if (area != null && !touched.contains(area) && Integer.valueOf(i).equals(indexByCode.get(node.code()))) {
				untouched.add(node);
			}
		}
		return untouched;
	}

	/**
	 * The area above a code (or the code itself when it is one); {@code null} when the
	 * way up is broken (an unknown parent, a cycle).
	 */
	private static String areaOf(String code, Map<String, Integer> indexByCode, List<FrameworkNode> nodes) {
		Set<String> seen = new HashSet<>();
		for (String at = code; at != null && seen.add(at);) {
			Integer index = indexByCode.get(at);
			if (index == null) {
				return null;
			}
			String parent = nodes.get(index).parentCode();
			if (parent == null) {
				return at;
			}
			at = parent;
		}
		return null;
	}

	private static void text(Integer i, String code, String field, String value, int max,
			List<FrameworkProblem> problems) {
		if (value == null) {
			return;
		}
		if (Texts.hasNul(value)) {
			problems.add(problem(i, code, field, "text.error.nul"));
		}
		else if (value.length() > max) {
			problems.add(problem(i, code, field, "text.error.tooLong", max, value.length()));
		}
	}

	private static void checkIdentity(int i, FrameworkNode node, Map<String, Integer> indexByCode,
			List<FrameworkProblem> problems) {
		if (node.code() == null || !CODE.matcher(node.code()).matches()) {
			problems.add(problem(i, node.code(), "code", "framework.error.badCode", String.valueOf(node.code())));
		}
		else if (indexByCode.putIfAbsent(node.code(), i) != null) {
			problems.add(problem(i, node.code(), "code", "framework.error.duplicateCode", node.code()));
		}
		if (node.name() == null || node.name().isBlank()) {
			problems.add(problem(i, node.code(), "name", "framework.error.nameRequired"));
		}
		text(i, node.code(), "name", node.name(), MAX_NAME, problems);
		text(i, node.code(), "guidance", node.guidance(), MAX_GUIDANCE, problems);
		text(i, node.code(), "rule_params", node.ruleParams(), MAX_RULE_PARAMS, problems);
		text(i, node.code(), "part", node.part(), MAX_PART, problems);
		text(i, node.code(), "applies_to", node.appliesTo(), MAX_APPLIES_TO, problems);
		for (String type : node.unitTypes()) {
			if (!UNIT_TYPE.matcher(type).matches()) {
				problems.add(problem(i, node.code(), "applies_to", "framework.error.badUnitType", type));
			}
		}
	}

	private static void checkParent(int i, FrameworkNode node, Map<String, Integer> indexByCode,
			List<FrameworkNode> nodes, List<FrameworkProblem> problems) {
		if (node.parentCode() == null) {
			return;
		}
		if (!indexByCode.containsKey(node.parentCode())) {
			problems.add(problem(i, node.code(), "parent", "framework.error.unknownParent", node.parentCode()));
			return;
		}
		Set<String> seen = new HashSet<>();
		for (String at = node.parentCode(); at != null; at = parentOf(at, indexByCode, nodes)) {
			if (at.equals(node.code()) || !seen.add(at)) {
				problems.add(problem(i, node.code(), "parent", "framework.error.cycle", node.code()));
				return;
			}
		}
	}

	private static String parentOf(String code, Map<String, Integer> indexByCode, List<FrameworkNode> nodes) {
		Integer index = indexByCode.get(code);
		return (index != null) ? nodes.get(index).parentCode() : null;
	}

	private static void checkLeaf(int i, FrameworkNode leaf, List<FrameworkProblem> problems) {
		BigDecimal max = leaf.maxPoints();
		if (max == null || max.signum() <= 0) {
			problems.add(problem(i, leaf.code(), "max_points", "framework.error.leafMaxRequired"));
			return;
		}
		if (max.compareTo(MAX_POINTS) > 0) {
			problems.add(problem(i, leaf.code(), "max_points", "framework.error.tooManyPoints", MAX_POINTS));
			return;
		}
		if (max.stripTrailingZeros().scale() > 2) {
			problems.add(problem(i, leaf.code(), "max_points", "framework.error.tooManyDecimals", max));
			return;
		}
		boolean placed = true;
		if ((leaf.rule() == RuleKind.SURVEY_SCALE || leaf.rule() == RuleKind.SURVEY_SCORE)
				&& leaf.source() != Source.SURVEY) {
			problems.add(problem(i, leaf.code(), "rule", "framework.error.surveyRuleNeedsSurveySource"));
			placed = false;
		}
		if (leaf.rule() == RuleKind.FORMULA && leaf.source() != Source.STATISTIC) {
			problems.add(problem(i, leaf.code(), "rule", "framework.error.formulaNeedsStatisticSource"));
			placed = false;
		}
		Rule rule;
		try {
			rule = Rule.parse(leaf.rule(), leaf.ruleParams(), max);
		}
		catch (Refusal ex) {
			problems.add(new FrameworkProblem(i, leaf.code(), "rule_params", ex.messageKey(), List.of(ex.arguments())));
			return;
		}
		if (placed) {
			checkIndicators(i, leaf, rule, problems);
		}
	}

	/**
	 * A {@code STATISTIC} leaf names the indicator(s) it is computed from; no other leaf
	 * names one, or says what a 0 / 0 ratio earns.
	 */
	private static void checkIndicators(int i, FrameworkNode leaf, Rule rule, List<FrameworkProblem> problems) {
		boolean measured = !rule.indicators().isEmpty() || rule.zeroDenominator() != ZeroDenominator.NOT_APPLICABLE;
		if (leaf.source() == Source.STATISTIC && rule.indicators().isEmpty()) {
			problems.add(problem(i, leaf.code(), "rule_params", "framework.error.statisticNeedsIndicator"));
		}
		else if (leaf.source() != Source.STATISTIC && measured) {
			problems.add(problem(i, leaf.code(), "rule_params", "framework.error.indicatorNeedsStatisticSource"));
		}
	}

	private static void checkSums(List<FrameworkNode> nodes, Map<String, Integer> indexByCode,
			Map<String, BigDecimal> typedParentMaxima, List<FrameworkProblem> problems) {
		FrameworkTree tree = new FrameworkTree(nodes);
		for (FrameworkNode node : nodes) {
			if (tree.isLeaf(node.code())) {
				continue;
			}
			List<FrameworkNode> leaves = tree.leavesUnder(node.code());
			boolean outside = leaves.stream().anyMatch((leaf) -> leaf.source().outsideMaximum());
			boolean inside = leaves.stream().anyMatch((leaf) -> !leaf.source().outsideMaximum());
			int index = indexByCode.get(node.code());
			if (outside && inside) {
				problems.add(problem(index, node.code(), "source", "framework.error.mixedBonus", node.code()));
			}
			BigDecimal typed = typedParentMaxima.get(node.code());
			BigDecimal sum = tree.maxPoints(node.code());
			if (typed != null && typed.compareTo(sum) != 0) {
				problems.add(problem(index, node.code(), "max_points", "framework.error.parentSum", typed, sum));
			}
		}
	}

	private static FrameworkProblem problem(Integer index, String code, String field, String key, Object... args) {
		return new FrameworkProblem(index, code, field, key, java.util.Arrays.asList(args));
	}

}
