package vn.parindex.assessment;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;

/**
 * A parent is shown when at least one leaf under it is: a Cục does not see an area made
 * only of criteria for Vụ.
 */
record FrameworkNodeVisibility(FrameworkTree tree, SheetCalculator calculator) {

	boolean visible(FrameworkNode node) {
		return tree.leavesUnder(node.code()).stream().anyMatch(calculator::visible);
	}

}
