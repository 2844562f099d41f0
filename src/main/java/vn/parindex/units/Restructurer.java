package vn.parindex.units;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.audit.AuditChange;

import vn.parindex.problem.Refusal;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records restructurings: checks what needs the history of the units involved (each
 * predecessor ceases once; nothing is recorded before a restructuring already recorded
 * for one of them, nor in the future), saves it, makes the predecessors inactive and logs
 * it on every unit involved.
 */
@Service
@Transactional
class Restructurer {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Units units;

	private final Restructurings restructurings;

	private final UnitEvents events;

	private final Clock clock;

	Restructurer(Units units, Restructurings restructurings, UnitEvents events, Clock clock) {
		this.units = units;
		this.restructurings = restructurings;
		this.events = events;
		this.clock = clock;
	}

	Restructuring record(RestructuringRequest request, String actor) {
		Map<String, Unit> predecessors = resolve(request.predecessors(), "predecessors");
		Map<String, Unit> successors = resolve(request.successors(), "successors");
		LocalDate effectiveOn = request.effectiveOn();
		if (effectiveOn == null) {
			throw Refusal.badRequest("units.error.dateRequired").onField("effectiveOn");
		}
		Restructuring restructuring = Restructuring.of(request.kind(), views(predecessors), views(successors),
				effectiveOn, request.note(), actor, clock.instant());
		checkHistory(predecessors, successors, effectiveOn);
		Restructuring saved = restructurings.save(restructuring);
		long id = saved.id();
		List<AuditChange> log = new ArrayList<>();
		for (Unit predecessor : predecessors.values()) {
			UnitView before = predecessor.view();
			predecessor.deactivate();
			units.save(predecessor);
			log.add(events.restructured(predecessor.id(), id, restructuring.note(), actor));
			log.addAll(events.changes(before, predecessor.view(), (unitId) -> null, actor));
		}
		successors.values()
			.forEach((successor) -> log.add(events.restructured(successor.id(), id, restructuring.note(), actor)));
		events.record(log);
		return saved;
	}

	private void checkHistory(Map<String, Unit> predecessors, Map<String, Unit> successors, LocalDate effectiveOn) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (effectiveOn.isAfter(today)) {
			throw Refusal.badRequest("units.error.futureDate", DATE.format(effectiveOn)).onField("effectiveOn");
		}
		for (Unit predecessor : predecessors.values()) {
			if (restructurings.ceased(predecessor.id())) {
				throw Refusal.badRequest("units.error.alreadyCeased", predecessor.code()).onField("predecessors");
			}
		}
		List<Unit> involved = new ArrayList<>(predecessors.values());
		involved.addAll(successors.values());
		for (Unit unit : involved) {
			restructurings.latestDate(unit.id()).filter(effectiveOn::isBefore).ifPresent((latest) -> {
				throw Refusal
					.badRequest("units.error.beforeEarlierRestructuring", DATE.format(effectiveOn), unit.code(),
							DATE.format(latest))
					.onField("effectiveOn");
			});
		}
	}

	private Map<String, Unit> resolve(List<String> codes, String field) {
		Map<String, Unit> found = new LinkedHashMap<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			if (code != null && !code.isBlank()) {
				String stripped = code.strip();
				found.put(stripped, units.findByCode(stripped)
					.orElseThrow(() -> Refusal.badRequest("units.error.unknownUnit", stripped).onField(field)));
			}
		}
		if (found.isEmpty()) {
			throw Refusal.badRequest("units.error.unitsRequired").onField(field);
		}
		return found;
	}

	private static List<UnitView> views(Map<String, Unit> units) {
		return units.values().stream().map(Unit::view).toList();
	}

}
