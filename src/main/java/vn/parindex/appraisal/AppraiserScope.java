package vn.parindex.appraisal;

import java.util.Set;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;

/**
 * Which leaves of one sheet a user may decide: all of them (the working group, or an
 * appraiser assigned the unit), those under her areas (an appraiser assigned areas), or
 * none.
 */
record AppraiserScope(boolean wholeSheet, Set<String> areas) {

	static final AppraiserScope NONE = new AppraiserScope(false, Set.of());

	static final AppraiserScope ALL = new AppraiserScope(true, Set.of());

	public AppraiserScope {
		areas = Set.copyOf(areas);
	}

	/** Whether the user decides anything on this sheet. */
	public boolean decides() {
		return wholeSheet || !areas.isEmpty();
	}

	/** Whether the user decides this leaf. */
	public boolean covers(FrameworkTree tree, String leafCode) {
		return wholeSheet || areas.contains(areaOf(tree, leafCode));
	}

	static String areaOf(FrameworkTree tree, String code) {
		FrameworkNode node = tree.node(code);
		while (node.parentCode() != null) {
			node = tree.node(node.parentCode());
		}
		return node.code();
	}

}
