package vn.parindex.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A framework as the engine sees it: its nodes in tree order, with every amount in
 * hundredths of a point (exact: framework maxima and all points have at most 2 decimals).
 * Leaves are numbered 0..{@link #leafCount()}-1 in tree order; inputs are arrays in that
 * order.
 * <p>
 * Built once per framework: each leaf's ancestor components and part are precomputed as
 * indices, so that scoring a unit is a single pass over the leaves. Immutable and
 * thread-safe.
 */
public final class Scheme {

	private final List<Node> nodes;

	private final long bonusCap;

	private final long penaltyCap;

	private final String[] leafCodes;

	private final Map<String, Integer> leafIndex;

	final long[] leafMax;

	final Source[] leafKind;

	/** Per leaf, how its points count: {@link #SCORED}, {@link #MEASURED}, … */
	final byte[] leafSource;

	/** Within the maximum; without a value, 0 points. */
	static final byte SCORED = 0;

	/** Within the maximum; without a value, not applicable. */
	static final byte MEASURED = 1;

	/** Bonus: outside the maximum. */
	static final byte ADDED = 2;

	/** Penalty: outside the maximum. */
	static final byte DEDUCTED = 3;

	/**
	 * The ancestor components of leaf {@code i}, nearest first, are
	 * {@code ancestors[firstAncestor[i] .. firstAncestor[i + 1])}.
	 */
	final int[] firstAncestor;

	final int[] ancestors;

	/** Per leaf, the index of its part, or -1. */
	final int[] leafPart;

	private final List<String> components;

	private final List<String> parts;

	/** Per leaf, its allowed unit types in lower case, or {@code null}: all types. */
	private final Set<String>[] leafTypes;

	private final boolean restricted;

	private final boolean[] allTypes;

	private final Map<String, boolean[]> byType = new ConcurrentHashMap<>();

	private Scheme(List<Node> nodes, long bonusCap, long penaltyCap) {
		this.nodes = List.copyOf(nodes);
		this.bonusCap = bonusCap;
		this.penaltyCap = penaltyCap;
		Map<String, Node> byCode = byCode(this.nodes);
		Set<String> parents = new HashSet<>();
		this.nodes.stream().map(Node::parentCode).filter(Objects::nonNull).forEach(parents::add);
		Map<String, Integer> componentIndex = new LinkedHashMap<>();
		List<Node> leaves = new ArrayList<>();
		for (Node node : this.nodes) {
			if (parents.contains(node.code())) {
				componentIndex.put(node.code(), componentIndex.size());
			}
			else {
				leaves.add(node);
			}
		}
		int n = leaves.size();
		this.leafCodes = new String[n];
		this.leafIndex = new HashMap<>(n * 2);
		this.leafMax = new long[n];
		this.leafKind = new Source[n];
		this.leafSource = new byte[n];
		this.firstAncestor = new int[n + 1];
		this.leafPart = new int[n];
		@SuppressWarnings("unchecked")
		Set<String>[] types = new Set[n];
		this.leafTypes = types;
		Map<String, Integer> partIndex = new LinkedHashMap<>();
		List<Integer> allAncestors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Node leaf = leaves.get(i);
			if (leaf.kind() == null || leaf.max() < 0) {
				throw new IllegalArgumentException("Leaf " + leaf.code() + " needs a kind and a maximum of at least 0");
			}
			this.leafCodes[i] = leaf.code();
			this.leafIndex.put(leaf.code(), i);
			this.leafMax[i] = leaf.max();
			this.leafKind[i] = leaf.kind();
			this.leafSource[i] = source(leaf.kind());
			allAncestors.addAll(ancestors(leaf, byCode, componentIndex));
			this.firstAncestor[i + 1] = allAncestors.size();
			this.leafPart[i] = (leaf.part() == null || leaf.kind().outsideMaximum()) ? -1
					: partIndex.computeIfAbsent(leaf.part(), (p) -> partIndex.size());
			types[i] = lowerCase(leaf.unitTypes());
		}
		this.ancestors = allAncestors.stream().mapToInt(Integer::intValue).toArray();
		this.restricted = Arrays.stream(types).anyMatch(Objects::nonNull);
		this.allTypes = new boolean[n];
		Arrays.fill(this.allTypes, true);
		this.components = List.copyOf(componentIndex.keySet());
		this.parts = List.copyOf(partIndex.keySet());
	}

	private static Map<String, Node> byCode(List<Node> nodes) {
		Map<String, Node> byCode = new HashMap<>();
		for (Node node : nodes) {
			if (byCode.put(node.code(), node) != null) {
				throw new IllegalArgumentException("Duplicate node code " + node.code());
			}
		}
		for (Node node : nodes) {
			if (node.parentCode() != null && !byCode.containsKey(node.parentCode())) {
				throw new IllegalArgumentException("Unknown parent " + node.parentCode() + " of " + node.code());
			}
		}
		return byCode;
	}

	private static byte source(Source kind) {
		return switch (kind) {
			case SELF -> SCORED;
			case SURVEY, STATISTIC -> MEASURED;
			case BONUS -> ADDED;
			case PENALTY -> DEDUCTED;
		};
	}

	private static Set<String> lowerCase(Set<String> unitTypes) {
		if (unitTypes.isEmpty()) {
			return null;
		}
		Set<String> lower = new HashSet<>();
		unitTypes.forEach((type) -> lower.add(type.toLowerCase(Locale.ROOT)));
		return lower;
	}

	/**
	 * Builds the model of a framework.
	 * @param nodes every node, in tree order (parents before their children); a node is a
	 * leaf unless another node names it as parent
	 * @param bonusCap the framework's bonus cap, in hundredths of a point
	 * @param penaltyCap the framework's penalty cap, in hundredths of a point
	 * @throws IllegalArgumentException on duplicate codes, unknown parents, cycles,
	 * negative maxima or caps
	 */
	public static Scheme of(List<Node> nodes, long bonusCap, long penaltyCap) {
		if (bonusCap < 0 || penaltyCap < 0) {
			throw new IllegalArgumentException("Caps must not be negative");
		}

		return new Scheme(nodes, bonusCap, penaltyCap);
	}

	private static List<Integer> ancestors(Node leaf, Map<String, Node> byCode, Map<String, Integer> componentIndex) {
		List<Integer> found = new ArrayList<>();
		String parent = leaf.parentCode();
		while (parent != null) {
			if (found.size() > byCode.size()) {
				throw new IllegalArgumentException("Cycle above " + leaf.code());
			}
			found.add(componentIndex.get(parent));
			parent = byCode.get(parent).parentCode();
		}
		return found;
	}

	public int leafCount() {
		return this.leafCodes.length;
	}

	/** The index of a leaf in the input arrays, or -1 when the code is not a leaf. */
	public int leafIndex(String code) {
		Integer index = this.leafIndex.get(code);
		return (index != null) ? index : -1;
	}

	/** The code of the leaf at an index. */
	public String leafCode(int leaf) {
		return this.leafCodes[leaf];
	}

	/** The maximum of the leaf at an index, in hundredths. */
	public long leafMax(int leaf) {
		return this.leafMax[leaf];
	}

	/** Where the points of the leaf at an index come from. */
	public Source leafKind(int leaf) {
		return this.leafKind[leaf];
	}

	/** Every area and criterion (every node that has children), in tree order. */
	public List<String> components() {
		return this.components;
	}

	/** The index of a component in {@link Figures#componentPoints()}, or -1. */
	public int componentIndex(String code) {
		return this.components.indexOf(code);
	}

	/** The part labels, in order of first appearance. */
	public List<String> parts() {
		return this.parts;
	}

	/** The nodes the model was built from, in their order. */
	public List<Node> nodes() {
		return this.nodes;
	}

	public long bonusCap() {
		return this.bonusCap;
	}

	public long penaltyCap() {
		return this.penaltyCap;
	}

	/**
	 * Whether the leaf at an index applies to a unit type (case-insensitive); a leaf
	 * without restriction applies to every type.
	 */
	public boolean appliesTo(int leaf, String unitType) {
		Set<String> types = this.leafTypes[leaf];
		return types == null || (unitType != null && types.contains(unitType.toLowerCase(Locale.ROOT)));
	}

	/** Per leaf, whether it applies to a unit type; cached per type. Never modify. */
	boolean[] applicability(String unitType) {
		if (!this.restricted) {
			return this.allTypes;
		}
		String key = (unitType != null) ? unitType.toLowerCase(Locale.ROOT) : "";
		boolean[] cached = this.byType.get(key);
		if (cached == null) {
			cached = new boolean[leafCount()];
			for (int i = 0; i < cached.length; i++) {
				cached[i] = appliesTo(i, unitType);
			}
			this.byType.putIfAbsent(key, cached);
		}
		return cached;
	}

	/**
	 * One node of the framework.
	 *
	 * @param max a leaf's maximum in hundredths of a point; ignored on parents
	 * @param kind a leaf's source; ignored on parents
	 * @param part a leaf's part label, or {@code null}; ignored on parents, bonus and
	 * penalty
	 * @param unitTypes the unit types a leaf is restricted to; empty (or {@code null})
	 * means all
	 */
	public record Node(String code, String parentCode, long max, Source kind, String part, Set<String> unitTypes) {

		public Node {
			if (code == null) {
				throw new IllegalArgumentException("A node needs a code");
			}
			unitTypes = (unitTypes != null) ? Set.copyOf(unitTypes) : Set.of();
		}

	}

}
