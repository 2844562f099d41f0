package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The parts of one save applied to a leaf's entry in turn, each with its own audit line
 * (old → new) where it changed something.
 */
final class LeafEdits {

	private LeafEntry entry;

	private final List<SheetStore.Change> changes = new ArrayList<>();

	LeafEdits(LeafEntry entry) {
		this.entry = entry;
	}

	void apply(String action, String reason, UnaryOperator<LeafEntry> edit) {
		LeafEntry after = edit.apply(entry);
		if (!after.equals(entry)) {
			changes.add(new SheetStore.Change(action, Inputs.describe(entry), Inputs.describe(after), reason));
			entry = after;
		}
	}

	LeafEntry entry() {
		return entry;
	}

	List<SheetStore.Change> changes() {
		return List.copyOf(changes);
	}

}
