package vn.parindex.units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Units arranged by parent: the units that match a filter, with their ancestors around
 * them so that a Cục is seen under its ministry.
 */
final class UnitTree {

	/**
	 * A unit in the tree; {@code match} is false for an ancestor shown only as context.
	 */
	record Node(UnitView unit, boolean match, List<Node> children) {
	}

	private UnitTree() {
	}

	/** A tree no deeper than the default limit, see {@link UnitLimits}. */
	static List<Node> build(Collection<UnitView> units, Predicate<UnitView> matches, Comparator<UnitView> order) {
		return build(units, matches, order, 20);
	}

	/**
	 * @param units every unit that may be shown
	 * @param matches which of them the reader looks for
	 * @param order the order of siblings
	 * @param maxDepth the deepest level shown: units below it (stored before the limit
	 * held) are shown at that level, beside their parent, so that no page or export that
	 * walks the tree goes deeper
	 */
	static List<Node> build(Collection<UnitView> units, Predicate<UnitView> matches, Comparator<UnitView> order,
			int maxDepth) {
		Map<Long, UnitView> byId = new HashMap<>();
		units.forEach((unit) -> byId.put(unit.id(), unit));
		Set<Long> matched = new LinkedHashSet<>();
		Set<Long> shown = new LinkedHashSet<>();
		for (UnitView unit : units) {
			if (matches.test(unit)) {
				matched.add(unit.id());
				UnitView up = unit;
				while (up != null && shown.add(up.id())) {
					up = byId.get(up.parentId());
				}
			}
		}
		Map<Long, List<UnitView>> childrenOf = new HashMap<>();
		List<UnitView> roots = new ArrayList<>();
		Map<Long, Long> shownParents = shownParents(shown, byId, Math.max(2, maxDepth));
		for (Long id : shown) {
			UnitView unit = byId.get(id);
			Long parent = shownParents.get(id);
			((parent != null) ? childrenOf.computeIfAbsent(parent, (key) -> new ArrayList<>()) : roots).add(unit);
		}
		return nodes(roots, childrenOf, matched, order);
	}

	/**
	 * The parent each shown unit is shown under: its own, or for a unit deeper than
	 * {@code maxDepth} its ancestor one level above that depth.
	 */
	private static Map<Long, Long> shownParents(Set<Long> shown, Map<Long, UnitView> byId, int maxDepth) {
		Map<Long, Long> parentOf = new HashMap<>();
		for (Long id : shown) {
			Long parent = byId.get(id).parentId();
			parentOf.put(id, (parent != null && shown.contains(parent)) ? parent : null);
		}
		Map<Long, Long> result = new HashMap<>();
		for (Long id : shown) {
			List<Long> up = new ArrayList<>();
			Set<Long> seen = new java.util.HashSet<>();
			for (Long at = parentOf.get(id); at != null && seen.add(at); at = parentOf.get(at)) {
				up.add(at);
			}
			// up holds the ancestors from the parent to the root; the unit is at level
			// up.size() + 1
			result.put(id, (up.size() < maxDepth) ? parentOf.get(id) : up.get(up.size() - maxDepth + 1));
		}
		return result;
	}

	private static List<Node> nodes(List<UnitView> units, Map<Long, List<UnitView>> childrenOf, Set<Long> matched,
			Comparator<UnitView> order) {
		return units.stream()
			.sorted(order)
			.map((unit) -> new Node(unit, matched.contains(unit.id()),
					nodes(childrenOf.getOrDefault(unit.id(), List.of()), childrenOf, matched, order)))
			.toList();
	}

	/** The units of the tree, each parent before its children. */
	static List<UnitView> depthFirst(List<Node> nodes) {
		List<UnitView> units = new ArrayList<>();
		for (Node node : nodes) {
			units.add(node.unit());
			units.addAll(depthFirst(node.children()));
		}
		return units;
	}

	/**
	 * Text for searching: lower case, without Vietnamese diacritics, so that "ha noi"
	 * finds "Hà Nội" and "dak lak" finds "Đắk Lắk".
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
	}

}
