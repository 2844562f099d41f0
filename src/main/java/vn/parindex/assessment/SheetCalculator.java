package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.Figures;
import vn.parindex.engine.LeafScores;
import vn.parindex.engine.LeafState;
import vn.parindex.engine.Options;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.Source;
import vn.parindex.engine.UnitInput;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.FrameworkView;

/**
 * A unit's sheet through the scoring engine, the one arithmetic of the sheet, the
 * council's review and the stored results: the entries become the engine's input, its
 * figures become the sheet's totals. What is the sheet's own stays here: which leaves the
 * unit sees and scores, how far it has got and what blocks submission.
 */
final class SheetCalculator {

	private final FrameworkTree tree;

	private final Scheme scheme;

	private final ScoringEngine engine;

	private final long unitId;

	private final String unitType;

	private final Set<String> visibleCodes = new HashSet<>();

	/** The leaves the unit scores itself, in tree order. */
	private final List<FrameworkNode> selfScoredLeaves = new ArrayList<>();

	SheetCalculator(FrameworkView framework, long unitId, String unitType) {
		this.tree = framework.tree();
		this.scheme = framework.scheme();
		this.engine = new ScoringEngine(this.scheme, Options.defaults());
		this.unitId = unitId;
		this.unitType = unitType;
		for (FrameworkNode leaf : tree.leaves()) {
			if (visible(leaf)) {
				visibleCodes.add(leaf.code());
				visibleCodes.addAll(tree.ancestors(leaf.code()));
			}
			if (selfScored(leaf)) {
				selfScoredLeaves.add(leaf);
			}
		}
	}

	/** The codes of every node the unit sees: its leaves and their ancestors. */
	Set<String> visibleCodes() {
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
		LeafScores scores = engine.scoreLeaves(input(entries));
		return totals(scores.result().self(), scores.self(), entries, withEvidence, false);
	}

	/**
	 * The same sheet as the council has appraised it so far: its points where it decided,
	 * the unit's elsewhere; its verdict on not-applicable claims where it gave one.
	 */
	SheetTotals calculateAppraised(Map<String, LeafEntry> entries, Set<String> withEvidence) {
		LeafScores scores = engine.scoreLeaves(input(entries));
		return totals(scores.result().appraised(), scores.appraised(), entries, withEvidence, true);
	}

	/**
	 * The entries as the engine reads them, exactly as scoring reads the stored sheet.
	 */
	private UnitInput input(Map<String, LeafEntry> entries) {
		int leaves = scheme.leafCount();
		long[] self = new long[leaves];
		long[] appraised = new long[leaves];
		boolean[] selfNotApplicable = new boolean[leaves];
		boolean[] appraisedNotApplicable = new boolean[leaves];
		for (int i = 0; i < leaves; i++) {
			LeafEntry entry = entries.get(scheme.leafCode(i));
			self[i] = value((entry != null) ? entry.selfPoints() : null);
			appraised[i] = value((entry != null) ? entry.effectiveAppraisedPoints() : null);
			selfNotApplicable[i] = entry != null && entry.notApplicable();
			appraisedNotApplicable[i] = entry != null && entry.appraisedAsNotApplicable();
		}
		return new UnitInput(unitId, unitType, true, false, self, appraised, selfNotApplicable, appraisedNotApplicable);
	}

	private static long value(BigDecimal points) {
		return (points != null) ? Amounts.of(points) : UnitInput.MISSING;
	}

	private SheetTotals totals(Figures figures, long[] leafPoints, Map<String, LeafEntry> entries,
			Set<String> withEvidence, boolean appraised) {
		Map<String, NodeTotal> nodes = new LinkedHashMap<>();
		for (FrameworkNode node : tree.ordered()) {
			int leaf = scheme.leafIndex(node.code());
			nodes.put(node.code(), (leaf >= 0) ? leafTotal(node, leafPoints[leaf]) : componentTotal(figures, node));
		}
		Map<String, NodeTotal> parts = new LinkedHashMap<>();
		for (int p = 0; p < scheme.parts().size(); p++) {
			parts.put(scheme.parts().get(p),
					new NodeTotal(Amounts.points(figures.partPoints()[p]), Amounts.points(figures.partMax()[p])));
		}
		return withProgress(nodes, parts, figures, entries, withEvidence, appraised);
	}

	/** A leaf counts on the sheet where the unit scores it and it applies. */
	private NodeTotal leafTotal(FrameworkNode leaf, long counted) {
		if (!selfScored(leaf) || LeafState.isState(counted)) {
			return NodeTotal.ZERO;
		}
		return new NodeTotal(Amounts.points(counted), tree.maxPoints(leaf.code()));
	}

	private NodeTotal componentTotal(Figures figures, FrameworkNode node) {
		int component = scheme.componentIndex(node.code());
		return new NodeTotal(Amounts.points(figures.componentPoints()[component]),
				Amounts.points(figures.componentMax()[component]));
	}

	/**
	 * The totals with how far the unit has got and what still blocks submission, found in
	 * one pass over the leaves it scores.
	 */
	private SheetTotals withProgress(Map<String, NodeTotal> nodes, Map<String, NodeTotal> parts, Figures figures,
			Map<String, LeafEntry> entries, Set<String> withEvidence, boolean appraised) {
		int filled = 0;
		int notApplicable = 0;
		int missingEvidence = 0;
		List<SheetTotals.Blocker> blockers = new ArrayList<>();
		for (FrameworkNode leaf : selfScoredLeaves) {
			LeafEntry entry = entries.getOrDefault(leaf.code(), LeafEntry.empty(leaf.code()));
			filled += entry.filled() ? 1 : 0;
			if (appraised ? entry.appraisedAsNotApplicable() : entry.notApplicable()) {
				notApplicable++;
				continue;
			}
			if (!entry.filled()) {
				blockers.add(new SheetTotals.Blocker(leaf.code(), SheetTotals.Blocker.Kind.MISSING_INPUT));
			}
			if (lacksEvidence(leaf, entry, withEvidence)) {
				missingEvidence++;
				blockers.add(new SheetTotals.Blocker(leaf.code(), SheetTotals.Blocker.Kind.MISSING_EVIDENCE));
			}
		}
		return new SheetTotals(nodes, parts,
				new NodeTotal(Amounts.points(figures.points()), Amounts.points(figures.max())),
				Amounts.points(figures.bonus()), Amounts.points(figures.penalty()),
				new SheetTotals.Progress(selfScoredLeaves.size(), filled, notApplicable, missingEvidence), blockers);
	}

	private static boolean lacksEvidence(FrameworkNode leaf, LeafEntry entry, Set<String> withEvidence) {
		return leaf.evidenceRequired() && !withEvidence.contains(leaf.code()) && isBlank(entry.explanation());
	}

	/**
	 * Points as the sheet shows them: 2 decimals, or up to 4 where a rule computed them.
	 */
	private static BigDecimal points(long amount) {
		BigDecimal exact = Amounts.toDecimal(amount).stripTrailingZeros();
		return (exact.scale() < 2) ? exact.setScale(2) : exact;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
