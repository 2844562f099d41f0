package vn.parindex.scoring.engine;

import java.util.List;
import java.util.Set;

/**
 * A framework as the engine sees it: its nodes in tree order, with every amount in
 * hundredths of a point (exact: framework maxima and all points have at most 2 decimals).
 * Leaves are numbered 0..{@link #leafCount()}-1 in tree order; inputs are arrays in that
 * order.
 */
public final class Model {

	/**
	 * @param bonusCap the framework's bonus cap, in hundredths of a point
	 */
	public static Model of(List<Node> nodes, long bonusCap, long penaltyCap) {
		throw new UnsupportedOperationException("contract only: implemented on branch scoring-engine");
	}

	public int leafCount() {
		throw new UnsupportedOperationException();
	}

	/** The index of a leaf in the input arrays, or -1 when the code is not a leaf. */
	public int leafIndex(String code) {
		throw new UnsupportedOperationException();
	}

	/** Every area and criterion (every node that has children), in tree order. */
	public List<String> components() {
		throw new UnsupportedOperationException();
	}

	/** The part labels, in order of first appearance. */
	public List<String> parts() {
		throw new UnsupportedOperationException();
	}

	/**
	 * One node of the framework.
	 *
	 * @param max a leaf's maximum in hundredths of a point; ignored on parents
	 * @param unitTypes the unit types a leaf is restricted to; empty means all
	 */
	public record Node(String code, String parentCode, long max, Kind kind, String part, Set<String> unitTypes) {
	}

	/**
	 * Where a leaf's points come from.
	 */
	public enum Kind {

		/** Self-assessed, then appraised. */
		SELF,
		/** From a survey; not applicable where none was run for the unit. */
		SURVEY,
		/** From operational data; not applicable where none exists for the unit. */
		STATISTIC,
		/** Added on top, within the bonus cap; outside the maximum. */
		BONUS,
		/** Deducted, within the penalty cap; outside the maximum. */
		PENALTY

	}

}
