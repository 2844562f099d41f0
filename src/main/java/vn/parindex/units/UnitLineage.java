package vn.parindex.units;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the lineage that restructurings make: which current units carry a unit on, which
 * units preceded it, across any number of restructurings.
 */
@Component
@Transactional(readOnly = true)
class UnitLineage {

	private final Units units;

	private final Restructurings restructurings;

	UnitLineage(Units units, Restructurings restructurings) {
		this.units = units;
		this.restructurings = restructurings;
	}

	/**
	 * The active units at the end of every chain of restructurings that starts at the
	 * unit; the unit itself while it has not ceased and is active.
	 */
	List<UnitView> currentSuccessors(long unitId) {
		Set<Long> candidates = new HashSet<>(restructurings.laterUnitIds(unitId));
		candidates.add(unitId);
		return views(candidates).stream()
			.filter(UnitView::active)
			.filter((unit) -> !restructurings.ceased(unit.id()))
			.sorted(UnitView.BY_NAME)
			.toList();
	}

	List<UnitView> predecessors(long unitId) {
		return views(restructurings.earlierUnitIds(unitId)).stream().sorted(UnitView.BY_NAME).toList();
	}

	Lineage of(UnitView unit) {
		List<UnitView> predecessors = predecessors(unit.id());
		Set<Long> chain = new HashSet<>(restructurings.laterUnitIds(unit.id()));
		predecessors.forEach((predecessor) -> chain.add(predecessor.id()));
		chain.add(unit.id());
		List<Restructuring> found = restructurings.findAllById(restructurings.idsInvolving(chain));
		return new Lineage(unit, predecessors, currentSuccessors(unit.id()), views(found));
	}

	List<RestructuringView> views(List<Restructuring> restructurings) {
		Set<Long> ids = new HashSet<>();
		restructurings.forEach((restructuring) -> {
			ids.addAll(restructuring.predecessorIds());
			ids.addAll(restructuring.successorIds());
		});
		Map<Long, UnitView> byId = views(ids).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		return restructurings.stream()
			.sorted(Comparator.comparing(Restructuring::effectiveOn).thenComparing(Restructuring::id))
			.map((restructuring) -> new RestructuringView(restructuring.id(), restructuring.kind(),
					restructuring.effectiveOn(), named(restructuring.predecessorIds(), byId),
					named(restructuring.successorIds(), byId), restructuring.note(), restructuring.recordedBy(),
					restructuring.recordedAt()))
			.toList();
	}

	private static List<UnitView> named(List<Long> ids, Map<Long, UnitView> byId) {
		return ids.stream().map(byId::get).sorted(UnitView.BY_NAME).toList();
	}

	private List<UnitView> views(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : units.findAllById(ids).stream().map(Unit::view).toList();
	}

}
