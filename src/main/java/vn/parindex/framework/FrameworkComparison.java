package vn.parindex.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a framework, e.g. last year's and this year's:
 * nodes added, removed, renamed, re-weighted, re-ruled or moved to another parent. Nodes
 * are matched by code, or through a mapping for renumbered codes.
 */
public record FrameworkComparison(List<Change> changes, Map<String, String> mapping) {

	/**
	 * What happened to one node.
	 */
	public enum Kind {

		ADDED, REMOVED, RENAMED, REWEIGHTED, RERULED, MOVED

	}

	/**
	 * One change; {@code before} and {@code after} hold the values that differ.
	 */
	public record Change(Kind kind, String oldCode, String newCode, String before, String after) {
	}

	public List<Change> of(Kind kind) {
		return changes.stream().filter((change) -> change.kind() == kind).toList();
	}

	public boolean identical() {
		return changes.isEmpty();
	}

	static FrameworkComparison of(FrameworkTree from, FrameworkTree to, Map<String, String> mapping) {
		Map<String, String> oldToNew = new HashMap<>();
		from.ordered().forEach((node) -> oldToNew.put(node.code(), mapping.getOrDefault(node.code(), node.code())));
		Map<String, String> newToOld = new HashMap<>();
		oldToNew.forEach((oldCode, newCode) -> newToOld.put(newCode, oldCode));
		List<Change> changes = new ArrayList<>();
		for (FrameworkNode before : from.ordered()) {
			String newCode = oldToNew.get(before.code());
			to.find(newCode)
				.ifPresentOrElse((after) -> compare(from, to, before, after, oldToNew, changes),
						() -> changes.add(new Change(Kind.REMOVED, before.code(), null, before.name(), null)));
		}
		for (FrameworkNode after : to.ordered()) {
			String oldCode = newToOld.get(after.code());
			if (oldCode == null || from.find(oldCode).isEmpty()) {
				changes.add(new Change(Kind.ADDED, null, after.code(), null, after.name()));
			}
		}
		return new FrameworkComparison(changes, Map.copyOf(mapping));
	}

	private static void compare(FrameworkTree from, FrameworkTree to, FrameworkNode before, FrameworkNode after,
			Map<String, String> oldToNew, List<Change> changes) {
		String oldCode = before.code();
		String newCode = after.code();
		if (!before.name().equals(after.name())) {
			changes.add(new Change(Kind.RENAMED, oldCode, newCode, before.name(), after.name()));
		}
		if (from.maxPoints(oldCode).compareTo(to.maxPoints(newCode)) != 0) {
			changes.add(new Change(Kind.REWEIGHTED, oldCode, newCode, from.maxPoints(oldCode).toPlainString(),
					to.maxPoints(newCode).toPlainString()));
		}
		boolean leaves = from.isLeaf(oldCode) && to.isLeaf(newCode);
		if (leaves && !ruleOf(before).equals(ruleOf(after))) {
			changes.add(new Change(Kind.RERULED, oldCode, newCode, ruleOf(before), ruleOf(after)));
		}
		String expectedParent = (before.parentCode() != null) ? oldToNew.get(before.parentCode()) : null;
		if (!Objects.equals(expectedParent, after.parentCode())) {
			changes.add(new Change(Kind.MOVED, oldCode, newCode, before.parentCode(), after.parentCode()));
		}
	}

	private static String ruleOf(FrameworkNode node) {
		String params = (node.ruleParams() != null) ? " " + node.ruleParams() : "";
		return node.source() + " · " + node.rule() + params;
	}

}
