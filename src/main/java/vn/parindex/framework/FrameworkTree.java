package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * A framework's nodes seen as a tree: children in order, depth, leaves, and every
 * parent's maximum as the sum of its children's. Built from a list that
 * {@link FrameworkValidator} has accepted.
 */
public final class FrameworkTree {

	private final List<FrameworkNode> nodes;

	private final Map<String, FrameworkNode> byCode = new LinkedHashMap<>();

	private final Map<String, List<FrameworkNode>> children = new LinkedHashMap<>();

	// shared by concurrent requests once built (see FrameworkViews)
	private final Map<String, BigDecimal> maxima = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile SchemeWithCaps scheme;

	/**
	 * A tree of nodes that {@link FrameworkValidator} accepts, e.g. for computing without
	 * a database.
	 */
	public static FrameworkTree of(List<FrameworkNode> nodes) {
		FrameworkValidator.check(nodes);
		return new FrameworkTree(nodes);
	}

	FrameworkTree(List<FrameworkNode> nodes) {
		this.nodes = List.copyOf(nodes);
		for (FrameworkNode node : nodes) {
			byCode.put(node.code(), node);
			children.computeIfAbsent(node.parentCode(), (parent) -> new ArrayList<>()).add(node);
		}
	}

	/** The nodes in tree order: each area, then its subtree, depth first. */
	public List<FrameworkNode> ordered() {
		List<FrameworkNode> result = new ArrayList<>();
		areas().forEach((area) -> result.addAll(subtree(area)));
		return result;
	}

	public List<FrameworkNode> areas() {
		return Collections.unmodifiableList(children.getOrDefault(null, List.of()));
	}

	public List<FrameworkNode> children(String code) {
		return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
	}

	public boolean isLeaf(String code) {
		return !children.containsKey(code);
	}

	public List<FrameworkNode> leaves() {
		return ordered().stream().filter((node) -> isLeaf(node.code())).toList();
	}

	public FrameworkNode node(String code) {
		return find(code).orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "framework.error.unknownNode", code));
	}

	public Optional<FrameworkNode> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** 1 for an area, 2 for a criterion, 3 and more for sub-criteria. */
	public int depth(String code) {
		int depth = 1;
		for (String parent = node(code).parentCode(); parent != null; parent = byCode.get(parent).parentCode()) {
			depth++;
		}
		return depth;
	}

	/** A leaf's own maximum, or the sum of a parent's children. */
	public BigDecimal maxPoints(String code) {
		BigDecimal cached = maxima.get(code);
		if (cached != null) {
			return cached;
		}
		// children before parents, without recursion: a tree may be as deep as it was
		// stored
		List<FrameworkNode> subtree = subtree(node(code));
		for (int i = subtree.size() - 1; i >= 0; i--) {
			String at = subtree.get(i).code();
			if (!maxima.containsKey(at)) {
				maxima.put(at,
						isLeaf(at) ? zeroIfNull(subtree.get(i).maxPoints())
								: children(at).stream()
									.map((child) -> maxima.getOrDefault(child.code(), BigDecimal.ZERO))
									.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		return maxima.get(code);
	}

	/** Whether the node counts in the maximum (bonus and penalty leaves do not). */
	public boolean inMaximum(String code) {
		return leavesUnder(code).stream().noneMatch((leaf) -> leaf.source().outsideMaximum());
	}

	public List<FrameworkNode> leavesUnder(String code) {
		return subtree(node(code)).stream().filter((node) -> isLeaf(node.code())).toList();
	}

	/** The codes of the node's parent, grandparent … up to its area. */
	public List<String> ancestors(String code) {
		List<String> result = new ArrayList<>();
		for (String parent = node(code).parentCode(); parent != null; parent = byCode.get(parent).parentCode()) {
			result.add(parent);
		}
		return result;
	}

	/** The node's code followed by every code below it. */
	List<String> subtreeCodes(String code) {
		return subtree(node(code)).stream().map(FrameworkNode::code).toList();
	}

	/**
	 * The node list with one node swapped with its previous (-1) or next (+1) sibling.
	 */
	List<FrameworkNode> reordered(String code, int direction) {
		FrameworkNode node = node(code);
		List<FrameworkNode> siblings = children.get(node.parentCode());
		int index = siblings.indexOf(node);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= siblings.size()) {
			return nodes;
		}
		List<FrameworkNode> swapped = new ArrayList<>(siblings);
		Collections.swap(swapped, index, target);
		List<FrameworkNode> result = new ArrayList<>();
		for (FrameworkNode area : (node.parentCode() == null) ? swapped : areas()) {
			result.addAll(subtree(area, (at) -> at.code().equals(node.parentCode()) ? swapped : children(at.code())));
		}
		return result;
	}

	/**
	 * The tree as the scoring engine sees it, with the framework's caps; built once and
	 * shared (the tree is immutable).
	 */
	public Scheme scheme(BigDecimal bonusCap, BigDecimal penaltyCap) {
		SchemeWithCaps built = this.scheme;
		if (built == null || built.bonusCap().compareTo(bonusCap) != 0
				|| built.penaltyCap().compareTo(penaltyCap) != 0) {
			List<Scheme.Node> schemeNodes = new ArrayList<>();
			for (FrameworkNode node : ordered()) {
				boolean leaf = isLeaf(node.code());
				schemeNodes.add(new Scheme.Node(node.code(), node.parentCode(),
						leaf ? Amounts.of(maxPoints(node.code())) : 0,
						(leaf && node.source() != null) ? node.source() : Source.SELF, node.part(), node.unitTypes()));
			}
			built = new SchemeWithCaps(bonusCap, penaltyCap,
					Scheme.of(schemeNodes, Amounts.of(bonusCap), Amounts.of(penaltyCap)));
			this.scheme = built;
		}
		return built.scheme();
	}

	public FrameworkSummary summary() {
		return FrameworkSummary.of(this);
	}

	List<FrameworkNode> nodes() {
		return nodes;
	}

	/** The node and everything under it, depth first, in order. */
	private List<FrameworkNode> subtree(FrameworkNode top) {
		return subtree(top, (node) -> children(node.code()));
	}

	/**
	 * Depth first with a stack of its own rather than recursion, so that no tree, however
	 * it was stored, overflows the thread's stack; a cycle (which the validator refuses)
	 * ends where it repeats.
	 */
	private static List<FrameworkNode> subtree(FrameworkNode top,
			java.util.function.Function<FrameworkNode, List<FrameworkNode>> childrenOf) {
		List<FrameworkNode> result = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Deque<FrameworkNode> stack = new java.util.ArrayDeque<>();
		stack.push(top);
		while (!stack.isEmpty()) {
			FrameworkNode node = stack.pop();
			if (!seen.add(node.code())) {
				continue;
			}
			result.add(node);
			List<FrameworkNode> kids = childrenOf.apply(node);
			for (int i = kids.size() - 1; i >= 0; i--) {
				stack.push(kids.get(i));
			}
		}
		return result;
	}

	private record SchemeWithCaps(BigDecimal bonusCap, BigDecimal penaltyCap, Scheme scheme) {
	}

	private static BigDecimal zeroIfNull(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
