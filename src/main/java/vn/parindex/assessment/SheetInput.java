package vn.parindex.assessment;

import java.util.Map;
import java.util.Set;

/**
 * One unit's sheet as data: its status, what it entered and what the council decided per
 * leaf, and the leaves open for explanation while it is returned.
 */
public record SheetInput(long unitId, SheetStatus status, Map<String, LeafEntry> entries, Set<String> openLeaves) {

	public LeafEntry entry(String leafCode) {
		return entries.getOrDefault(leafCode, LeafEntry.empty(leafCode));
	}

	/**
	 * Whether the council's result is final and the appraised figures are the official
	 * ones.
	 */
	public boolean finalised() {
		return status == SheetStatus.APPRAISED;
	}

}
