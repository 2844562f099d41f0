package vn.parindex.campaign;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Turns the ways people choose participants (all active units of a type, codes, ids) into
 * unit ids, refusing units that do not exist or no longer operate: an inactive unit could
 * never submit.
 */
@Component
class Participants {

	private final UnitCatalog units;

	Participants(UnitCatalog units) {
		this.units = units;
	}

	Set<Long> ofType(String type) {
		Set<Long> ids = units.all()
			.stream()
			.filter((unit) -> unit.active() && unit.type().equals(type))
			.map(UnitView::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (ids.isEmpty()) {
			throw Refusal.badRequest("campaign.error.noUnitsOfType",
					new DefaultMessageSourceResolvable(new String[] { "unit.type." + type }, type));
		}
		return ids;
	}

	Set<Long> byCodes(Collection<String> codes) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String code : codes) {
			UnitView unit = units.byCode(code.strip())
				.orElseThrow(() -> Refusal.badRequest("campaign.error.unknownUnit", code));
			ids.add(active(unit).id());
		}
		return ids;
	}

	/** The given ids, checked. */
	Set<Long> byIds(Collection<Long> ids) {
		for (long id : ids) {
			active(units.byId(id)
				.orElseThrow(() -> Refusal.badRequest("campaign.error.unknownUnit", String.valueOf(id))));
		}
		return new LinkedHashSet<>(ids);
	}

	/** Every unit by id, active or not, in Vietnamese alphabetical order. */
	Map<Long, UnitView> all() {
		return units.all()
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	List<UnitView> active() {
		return units.all().stream().filter(UnitView::active).toList();
	}

	private static UnitView active(UnitView unit) {
		if (!unit.active()) {
			throw Refusal.badRequest("campaign.error.inactiveUnit", unit.code(), unit.name());
		}
		return unit;
	}

}
