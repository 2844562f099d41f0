package vn.parindex.units;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitSheet.Entry;
import vn.parindex.workbook.WorkbookReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a units workbook atomically: every row is checked first, and any error leaves
 * every unit as it was. Rows create or update units by code; parents are saved before
 * their children wherever they stand in the sheet.
 */
@Service
class UnitImporter {

	private final Units units;

	private final UnitTypes types;

	private final UnitEvents events;

	private final UnitLimits limits;

	UnitImporter(Units units, UnitTypes types, UnitEvents events, UnitLimits limits) {
		this.units = units;
		this.types = types;
		this.events = events;
		this.limits = limits;
	}

	/**
	 * @throws vn.parindex.problem.Refusal listing every error; nothing was saved
	 */
	@Transactional
	ImportResult importWorkbook(InputStream content, String actor) {
		WorkbookReader reader = WorkbookReader.read(content, UnitColumns.SHEET, UnitColumns.ALL);
		Map<String, Unit> existing = new HashMap<>();
		Map<Long, String> codeById = new HashMap<>();
		for (Unit unit : units.findAll()) {
			existing.put(unit.code(), unit);
			codeById.put(unit.id(), unit.code());
		}
		Map<String, String> parents = new HashMap<>();
		existing.values()
			.forEach((unit) -> parents.put(unit.code(),
					(unit.parentId() != null) ? codeById.get(unit.parentId()) : null));
		List<Entry> entries = UnitSheet.check(reader, types, parents, limits.maxDepth());
		reader.throwIfErrors();
		return apply(entries, existing, codeById, actor);
	}

	/**
	 * Level by level from the top, so that every parent has its id before its children.
	 */
	private ImportResult apply(List<Entry> entries, Map<String, Unit> existing, Map<Long, String> codeById,
			String actor) {
		Map<String, Long> idByCode = new HashMap<>();
		codeById.forEach((id, code) -> idByCode.put(code, id));
		int created = 0;
		int updated = 0;
		for (List<Entry> level : levels(entries).values()) {
			Map<Unit, UnitView> changed = new LinkedHashMap<>();
			for (Entry entry : level) {
				Unit unit = existing.get(entry.code());
				UnitView before = (unit != null) ? unit.view() : null;
				unit = merge(unit, entry, (entry.parent() != null) ? idByCode.get(entry.parent()) : null);
				if (before == null || !before.equals(unit.view())) {
					changed.put(unit, before);
				}
			}
			created += (int) changed.values().stream().filter(Objects::isNull).count();
			updated += (int) changed.values().stream().filter(Objects::nonNull).count();
			save(new ArrayList<>(changed.keySet()), new ArrayList<>(changed.values()), idByCode, codeById, actor);
		}
		return new ImportResult(created, updated);
	}

	private void save(List<Unit> changed, List<UnitView> before, Map<String, Long> idByCode, Map<Long, String> codeById,
			String actor) {
		List<Unit> saved = units.saveAll(changed);
		List<AuditChange> log = new ArrayList<>();
		for (int i = 0; i < saved.size(); i++) {
			Unit unit = saved.get(i);
			idByCode.put(unit.code(), unit.id());
			codeById.put(unit.id(), unit.code());
			log.addAll(events.changes(before.get(i), unit.view(), codeById::get, actor));
		}
		events.record(log);
	}

	/** A new unit for the row, or the existing one changed as the row says. */
	private static Unit merge(Unit unit, Entry entry, Long parentId) {
		if (unit == null) {
			return Unit.create(entry.code(), entry.name(), entry.type(), parentId, entry.ranked());
		}
		unit.update(entry.name(), (entry.type() != null) ? entry.type() : unit.type(), parentId, entry.ranked());
		return unit;
	}

	/** Rows by their depth among the workbook's rows: 0 when the parent is not in it. */
	private static TreeMap<Integer, List<Entry>> levels(List<Entry> entries) {
		Map<String, Entry> byCode = new HashMap<>();
		entries.forEach((entry) -> byCode.put(entry.code(), entry));
		TreeMap<Integer, List<Entry>> levels = new TreeMap<>();
		for (Entry entry : entries) {
			int depth = 0;
			for (Entry up = byCode.get(entry.parent()); up != null; up = byCode.get(up.parent())) {
				depth++;
			}
			levels.computeIfAbsent(depth, (key) -> new ArrayList<>()).add(entry);
		}
		return levels;
	}

}
