package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers a secretariat checks against the decision that issued the framework, e.g.
 * "8 areas, 37 criteria, 88 sub-criteria, 100 points".
 *
 * @param areas nodes at depth 1; criteria and sub-criteria are those at depth 2 and
 * below, each count leaving out bonus and penalty nodes
 * @param maxPoints the total over areas inside the maximum
 * @param partMaxPoints the maximum per part label of the leaves, in first-seen order;
 * leaves without a part are not counted
 */
public record FrameworkSummary(int areas, int criteria, int subCriteria, int leaves, BigDecimal maxPoints,
		BigDecimal bonusPoints, BigDecimal penaltyPoints, Map<String, BigDecimal> partMaxPoints) {

	static FrameworkSummary of(FrameworkTree tree) {
		int criteria = 0;
		int subCriteria = 0;
		int areas = 0;
		for (FrameworkNode node : tree.ordered()) {
			if (!tree.inMaximum(node.code())) {
				continue;
			}
			int depth = tree.depth(node.code());
			areas += (depth == 1) ? 1 : 0;
			criteria += (depth == 2) ? 1 : 0;
			subCriteria += (depth >= 3) ? 1 : 0;
		}
		BigDecimal max = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		BigDecimal penalty = BigDecimal.ZERO;
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		for (FrameworkNode leaf : tree.leaves()) {
			BigDecimal points = tree.maxPoints(leaf.code());
			switch (leaf.source()) {
				case BONUS -> bonus = bonus.add(points);
				case PENALTY -> penalty = penalty.add(points);
				default -> {
					max = max.add(points);
					if (leaf.part() != null) {
						parts.merge(leaf.part(), points, BigDecimal::add);
					}
				}
			}
		}
		return new FrameworkSummary(areas, criteria, subCriteria, tree.leaves().size(), max, bonus, penalty, parts);
	}

}
