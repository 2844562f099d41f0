package vn.parindex.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a framework may grow.
 *
 * @param maxDepth levels of the tree, an area being 1: area, criterion, sub-criterion and
 * a few more (the national frameworks use three or four)
 * @param maxNodes nodes in one framework (the national frameworks have about a hundred)
 */
@ConfigurationProperties("parindex.framework")
public record FrameworkLimits(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxNodes) {

	/** The limits when nothing is configured. */
	public static final FrameworkLimits DEFAULTS = new FrameworkLimits(12, 5000);

	/**
	 * @throws vn.parindex.problem.Refusal when the tree is larger or deeper than the
	 * limits
	 */
	void check(List<FrameworkNode> nodes) {
		List<FrameworkProblem> problems = problems(nodes);
		if (!problems.isEmpty()) {
			throw FrameworkProblem.refusal(problems);
		}
	}

	/**
	 * Too many nodes, or nodes deeper than the limit (each chain named once, at its first
	 * node too deep).
	 */
	List<FrameworkProblem> problems(List<FrameworkNode> nodes) {
		if (nodes.size() > maxNodes) {
			return List.of(new FrameworkProblem(null, null, null, "framework.error.tooManyNodes",
					List.of(nodes.size(), maxNodes)));
		}
		Map<String, String> parentOf = new HashMap<>();
		nodes.stream()
			.filter((node) -> node.code() != null)
			.forEach((node) -> parentOf.putIfAbsent(node.code(), node.parentCode()));
		List<FrameworkProblem> problems = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			FrameworkNode node = nodes.get(i);
			int depth = 1;
			Set<String> seen = new HashSet<>();
			for (String up = node.parentCode(); up != null && depth <= maxDepth + 1
					&& seen.add(up); up = parentOf.get(up)) {
				depth++;
			}
			if (depth == maxDepth + 1) {
				problems.add(new FrameworkProblem(i, node.code(), "parent", "framework.error.tooDeep",
						List.of(node.code(), maxDepth)));
			}
		}
		return problems;
	}

}
