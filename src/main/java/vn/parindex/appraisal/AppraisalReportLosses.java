package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;

/**
 * Adds up, across units, the points lost on each leaf, on each criterion (the leaf's
 * parent) and on each area, and ranks them (plain Java).
 */
final class AppraisalReportLosses {

	private final FrameworkTree tree;

	private final Map<String, Integer> order = new HashMap<>();

	private final Map<String, BigDecimal> leaves = new HashMap<>();

	private final Map<String, BigDecimal> criteria = new HashMap<>();

	private final Map<String, BigDecimal> areas = new HashMap<>();

	private final Map<String, Set<Long>> units = new HashMap<>();

	AppraisalReportLosses(FrameworkTree tree) {
		this.tree = tree;
		List<FrameworkNode> ordered = tree.ordered();
		for (int i = 0; i < ordered.size(); i++) {
			order.put(ordered.get(i).code(), i);
		}
	}

	/** Counts one unit's losses. */
	void add(long unitId, List<AppraisalOutcome.Line> lines) {
		for (AppraisalOutcome.Line line : lines) {
			BigDecimal lost = line.lost();
			if (lost.signum() <= 0) {
				continue;
			}
			String leaf = line.leaf().code();
			List<String> ancestors = tree.ancestors(leaf);
			String criterion = ancestors.isEmpty() ? leaf : ancestors.get(0);
			String area = ancestors.isEmpty() ? leaf : ancestors.get(ancestors.size() - 1);
			count(leaves, leaf, lost, unitId);
			count(criteria, criterion, lost, unitId);
			count(areas, area, lost, unitId);
		}
	}

	AppraisalReport.Losses rankings() {
		return new AppraisalReport.Losses(top(leaves, byPoints()), top(leaves, byUnits()), top(criteria, byPoints()),
				top(criteria, byUnits()), top(areas, byPoints()), top(areas, byUnits()));
	}

	private void count(Map<String, BigDecimal> level, String code, BigDecimal lost, long unitId) {
		level.merge(code, lost, BigDecimal::add);
		units.computeIfAbsent(code, (key) -> new HashSet<>()).add(unitId);
	}

	private List<AppraisalReport.NodeLoss> top(Map<String, BigDecimal> level,
			Comparator<AppraisalReport.NodeLoss> ranking) {
		return level.entrySet()
			.stream()
			.map((entry) -> new AppraisalReport.NodeLoss(tree.node(entry.getKey()), entry.getValue(),
					units.get(entry.getKey()).size()))
			.sorted(ranking.thenComparing((loss) -> order.get(loss.node().code())))
			.limit(AppraisalReport.TOP)
			.toList();
	}

	private static Comparator<AppraisalReport.NodeLoss> byPoints() {
		return Comparator.comparing(AppraisalReport.NodeLoss::points)
			.reversed()
			.thenComparing(Comparator.comparingInt(AppraisalReport.NodeLoss::units).reversed());
	}

	private static Comparator<AppraisalReport.NodeLoss> byUnits() {
		return Comparator.comparingInt(AppraisalReport.NodeLoss::units)
			.reversed()
			.thenComparing(Comparator.comparing(AppraisalReport.NodeLoss::points).reversed());
	}

}
