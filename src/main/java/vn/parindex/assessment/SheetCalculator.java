package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.Source;

/**
 * Adds up a unit's self-assessment (plain Java): only self-scored leaves that apply to
 * the unit's type count; a leaf claimed not applicable leaves the denominator; bonus and
 * penalty stay within their caps and the total within [0, applicable maximum]. Survey and
 * statistic leaves are scored elsewhere and are not part of the self-assessment.
 */
final class SheetCalculator {

	private final FrameworkTree tree;

	private final FrameworkSettings settings;

	private final String unitType;

	private final java.util.Set<String> visibleCodes = new java.util.HashSet<>();

	SheetCalculator(FrameworkTree tree, FrameworkSettings settings, String unitType) {
		this.tree = tree;
		this.settings = settings;
		this.unitType = unitType;
		for (FrameworkNode leaf : tree.leaves()) {
			if (visible(leaf)) {
				visibleCodes.add(leaf.code());
				visibleCodes.addAll(tree.ancestors(leaf.code()));
			}
		}
	}

	/** The codes of every node the unit sees: its leaves and their ancestors. */
	java.util.Set<String> visibleCodes() {
		return visibleCodes;
	}

	/** Whether the unit sees the leaf on its sheet at all. */
	boolean visible(FrameworkNode leaf) {
		return leaf.appliesTo(unitType);
	}

	/** Whether the unit scores the leaf itself. */
	boolean selfScored(FrameworkNode leaf) {
		return visible(leaf) && leaf.source() == Source.SELF;
	}

	SheetTotals calculate(Map<String, LeafEntry> entries, Set<String> withEvidence) {
		return calculate(entries, withEvidence, false);
	}

	/**
	 * The same sheet as the council has appraised it so far: its points where it decided,
	 * the unit's elsewhere; its verdict on not-applicable claims where it gave one.
	 */
	SheetTotals calculateAppraised(Map<String, LeafEntry> entries, Set<String> withEvidence) {
		return calculate(entries, withEvidence, true);
	}

	private SheetTotals calculate(Map<String, LeafEntry> entries, Set<String> withEvidence, boolean appraised) {
		Map<String, NodeTotal> leafTotals = new LinkedHashMap<>();
		Map<String, NodeTotal> parts = new LinkedHashMap<>();
		BigDecimal bonus = BigDecimal.ZERO;
		BigDecimal penalty = BigDecimal.ZERO;
		int applicable = 0;
		int filled = 0;
		int notApplicable = 0;
		int missingEvidence = 0;
		List<SheetTotals.Blocker> blockers = new ArrayList<>();
		for (FrameworkNode leaf : tree.leaves()) {
			LeafEntry entry = entries.getOrDefault(leaf.code(), LeafEntry.empty(leaf.code()));
			BigDecimal given = appraised ? entry.effectiveAppraisedPoints() : entry.selfPoints();
			BigDecimal points = (given != null) ? given : BigDecimal.ZERO;
			boolean notApplicableLeaf = appraised ? entry.appraisedAsNotApplicable() : entry.notApplicable();
			if (visible(leaf) && leaf.source() == Source.BONUS) {
				bonus = bonus.add(points);
			}
			else if (visible(leaf) && leaf.source() == Source.PENALTY) {
				penalty = penalty.add(points);
			}
			if (!selfScored(leaf)) {
				continue;
			}
			applicable++;
			filled += entry.filled() ? 1 : 0;
			if (notApplicableLeaf) {
				notApplicable++;
				continue;
			}
			NodeTotal total = new NodeTotal(points, tree.maxPoints(leaf.code()));
			leafTotals.put(leaf.code(), total);
			if (leaf.part() != null) {
				parts.merge(leaf.part(), total, NodeTotal::plus);
			}
			if (!entry.filled()) {
				blockers.add(new SheetTotals.Blocker(leaf.code(), SheetTotals.Blocker.Kind.MISSING_INPUT));
			}
			if (leaf.evidenceRequired() && !withEvidence.contains(leaf.code()) && isBlank(entry.explanation())) {
				missingEvidence++;
				blockers.add(new SheetTotals.Blocker(leaf.code(), SheetTotals.Blocker.Kind.MISSING_EVIDENCE));
			}
		}
		Map<String, NodeTotal> nodes = rollUp(leafTotals);
		NodeTotal sum = leafTotals.values().stream().reduce(NodeTotal.ZERO, NodeTotal::plus);
		BigDecimal cappedBonus = bonus.min(settings.bonusCap());
		BigDecimal cappedPenalty = penalty.min(settings.penaltyCap());
		BigDecimal points = sum.points()
			.add(cappedBonus)
			.subtract(cappedPenalty)
			.max(BigDecimal.ZERO)
			.min(sum.applicableMax());
		return new SheetTotals(nodes, parts, new NodeTotal(points, sum.applicableMax()), cappedBonus, cappedPenalty,
				new SheetTotals.Progress(applicable, filled, notApplicable, missingEvidence), blockers);
	}

	/** Every leaf's total added to each of its ancestors. */
	private Map<String, NodeTotal> rollUp(Map<String, NodeTotal> leafTotals) {
		Map<String, NodeTotal> nodes = new LinkedHashMap<>();
		for (FrameworkNode node : tree.ordered()) {
			NodeTotal total = tree.leavesUnder(node.code())
				.stream()
				.map((leaf) -> leafTotals.getOrDefault(leaf.code(), NodeTotal.ZERO))
				.reduce(NodeTotal.ZERO, NodeTotal::plus);
			nodes.put(node.code(), total);
		}
		return nodes;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
