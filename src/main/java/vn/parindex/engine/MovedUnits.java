package vn.parindex.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Which units' figures moved between the rows a {@link LeafSource} stored and the rows it
 * has just computed: the units to announce with {@link LeafFiguresChanged}. A unit moved
 * when its rows, leaf by leaf, are not all the same, or it gained or lost a row.
 */
public final class MovedUnits {

	private MovedUnits() {
	}

	/**
	 * @param unit a row's unit
	 * @param leaf a row's leaf code (one row per unit and leaf)
	 * @param same whether two rows of one unit and leaf hold the same figures
	 */
	public static <R> Set<Long> of(Collection<R> stored, Collection<R> fresh, ToLongFunction<R> unit,
			Function<R, String> leaf, BiPredicate<R, R> same) {
		Map<Long, List<R>> before = byUnit(stored, unit, leaf);
		Map<Long, List<R>> after = byUnit(fresh, unit, leaf);
		Set<Long> units = new LinkedHashSet<>(before.keySet());
		units.addAll(after.keySet());
		Set<Long> moved = new TreeSet<>();
		for (Long id : units) {
			List<R> a = before.getOrDefault(id, List.of());
			List<R> b = after.getOrDefault(id, List.of());
			boolean unchanged = a.size() == b.size();
			for (int i = 0; unchanged && i < a.size(); i++) {
				unchanged = same.test(a.get(i), b.get(i));
			}
			if (!unchanged) {
				moved.add(id);
			}
		}
		return moved;
	}

	private static <R> Map<Long, List<R>> byUnit(Collection<R> rows, ToLongFunction<R> unit, Function<R, String> leaf) {
		Map<Long, List<R>> byUnit = new HashMap<>();
		rows.stream()
			.sorted(Comparator.comparing(leaf))
			.forEach((row) -> byUnit.computeIfAbsent(unit.applyAsLong(row), (u) -> new ArrayList<>()).add(row));
		return byUnit;
	}

}
