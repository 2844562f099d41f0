package vn.parindex.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.problem.Texts;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;

import static vn.parindex.units.UnitColumns.CODE;
import static vn.parindex.units.UnitColumns.NAME;
import static vn.parindex.units.UnitColumns.PARENT;
import static vn.parindex.units.UnitColumns.RANKED;
import static vn.parindex.units.UnitColumns.TYPE;

/**
 * The rows of a units workbook, checked against each other and against the units that
 * exist: every error is recorded on the reader with its row and column, none stops the
 * check.
 */
final class UnitSheet {

	/**
	 * One valid row. An empty type keeps an existing unit's type and makes a new one's
	 * {@code OTHER}; an empty ranking means ranked, as the format says.
	 */
	record Entry(int row, String code, String name, String type, String parent, boolean ranked) {
	}

	private final WorkbookReader reader;

	private final UnitTypes types;

	/** Each code's parent code, as it will be once imported. */
	private final Map<String, String> parentOf = new HashMap<>();

	private UnitSheet(WorkbookReader reader, UnitTypes types, Map<String, String> existingParents) {
		this.reader = reader;
		this.types = types;
		this.parentOf.putAll(existingParents);
	}

	/**
	 * @param existingParents every existing unit's code mapped to its parent's code (or
	 * {@code null})
	 */
	static List<Entry> check(WorkbookReader reader, UnitTypes types, Map<String, String> existingParents,
			int maxDepth) {
		UnitSheet sheet = new UnitSheet(reader, types, existingParents);
		List<Entry> entries = new ArrayList<>();
		List<Entry> coded = sheet.rows(existingParents.keySet(), entries);
		coded.forEach((entry) -> sheet.parentOf.put(entry.code(), entry.parent()));
		List<Entry> placed = coded.stream().filter(sheet::checkParent).toList();
		sheet.checkDepth(placed, maxDepth);
		return entries;
	}

	/**
	 * No unit may end deeper than the limit: a row is refused when it, or an existing
	 * unit under it, would. Only rows whose parent is valid are checked, so that a cycle
	 * is reported once, as a cycle.
	 */
	private void checkDepth(List<Entry> placed, int maxDepth) {
		Map<String, Entry> rows = new HashMap<>();
		placed.forEach((entry) -> rows.put(entry.code(), entry));
		Map<String, Integer> deepestUnder = new HashMap<>();
		depths(parentOf).forEach((code, depth) -> {
			if (depth > maxDepth) {
				String at = code;
				Set<String> seen = new HashSet<>();
				while (at != null && !rows.containsKey(at) && seen.add(at)) {
					at = parentOf.get(at);
				}
				if (at != null && rows.containsKey(at)) {
					deepestUnder.merge(at, depth, Math::max);
				}
			}
		});
		for (Entry entry : placed) {
			Integer deepest = deepestUnder.get(entry.code());
			if (deepest != null) {
				reader.error(entry.row(), PARENT, "units.error.tooDeep", entry.code(), maxDepth, deepest);
			}
		}
	}

	/**
	 * Each code's level, a top unit being 1, walking up without recursion; a cycle ends
	 * the walk.
	 */
	static Map<String, Integer> depths(Map<String, String> parentOf) {
		Map<String, Integer> depths = new HashMap<>();
		for (String code : parentOf.keySet()) {
			Deque<String> path = new ArrayDeque<>();
			Set<String> onPath = new HashSet<>();
			String at = code;
			while (at != null && !depths.containsKey(at) && onPath.add(at)) {
				path.push(at);
				at = parentOf.get(at);
			}
			int depth = (at != null && depths.containsKey(at)) ? depths.get(at) : 0;
			while (!path.isEmpty()) {
				depths.put(path.pop(), ++depth);
			}
		}
		return depths;
	}

	/**
	 * @param valid receives the rows without any error
	 * @return every row with a valid code, erroneous or not, so that other rows may name
	 * it as their parent
	 */
	private List<Entry> rows(Set<String> existing, List<Entry> valid) {
		Map<String, Integer> firstRow = new HashMap<>();
		List<Entry> coded = new ArrayList<>();
		for (WorkbookRow row : reader.rows()) {
			int errorsBefore = reader.errors().size();
			String code = code(row, firstRow);
			String name = name(row);
			String type = type(row, (code != null) && existing.contains(code));
			Boolean ranked = row.yesNo(RANKED, true);
			if (code != null) {
				Entry entry = new Entry(row.number(), code, name, type, row.text(PARENT), Boolean.TRUE.equals(ranked));
				coded.add(entry);
				if (reader.errors().size() == errorsBefore) {
					valid.add(entry);
				}
			}
		}
		return coded;
	}

	private String code(WorkbookRow row, Map<String, Integer> firstRow) {
		String code = row.text(CODE);
		if (code == null) {
			row.error(CODE, "workbook.error.required");
			return null;
		}
		if (!Unit.isValidCode(code)) {
			row.error(CODE, "units.error.code", code, Unit.MAX_CODE);
			return null;
		}
		Integer first = firstRow.putIfAbsent(code, row.number());
		if (first != null) {
			row.error(CODE, "units.error.duplicateCode", code, first);
			return null;
		}
		return code;
	}

	private static String name(WorkbookRow row) {
		String name = row.text(NAME);
		if (name == null) {
			row.error(NAME, "workbook.error.required");
			return null;
		}
		if (Texts.hasNul(name)) {
			row.error(NAME, "text.error.nul");
			return null;
		}
		if (name.length() > Unit.MAX_NAME) {
			row.error(NAME, "units.error.nameTooLong", Unit.MAX_NAME);
			return null;
		}
		return name;
	}

	/** The normalized type; {@code null} when empty (or wrong, with an error). */
	private String type(WorkbookRow row, boolean exists) {
		String type = UnitTypes.normalize(row.text(TYPE));
		if (type == null) {
			return exists ? null : UnitTypes.OTHER;
		}
		if (!types.isKnown(type)) {
			row.error(TYPE, "units.error.unknownType", row.text(TYPE), String.join(", ", types.codes()));
			return null;
		}
		return type;
	}

	/**
	 * The parent must exist, here or already, and the unit must not become its own
	 * ancestor.
	 */
	private boolean checkParent(Entry entry) {
		if (entry.parent() == null) {
			return true;
		}
		if (!parentOf.containsKey(entry.parent())) {
			reader.error(entry.row(), PARENT, "units.error.unknownParent", entry.parent());
			return false;
		}
		Set<String> seen = new HashSet<>();
		for (String up = entry.parent(); up != null && seen.add(up); up = parentOf.get(up)) {
			if (up.equals(entry.code())) {
				reader.error(entry.row(), PARENT, "units.error.cycle", entry.code());
				return false;
			}
		}
		return true;
	}

}
