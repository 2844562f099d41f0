package vn.parindex.engine;

/**
 * Why a leaf counts no points for a unit, as {@link ScoringEngine#scoreLeaves} reports it
 * in place of the points: codes below every possible amount.
 */
public final class LeafState {

	/** Restricted to other unit types: not on the unit's sheet at all. */
	public static final long NOT_FOR_TYPE = Long.MIN_VALUE;

	/** Claimed (and, once appraised, accepted) not applicable: out of the denominator. */
	public static final long NOT_APPLICABLE = Long.MIN_VALUE + 1;

	/** A survey or statistic leaf whose source has no data yet: not the same as 0. */
	public static final long NO_DATA = Long.MIN_VALUE + 2;

	private LeafState() {
	}

	/** Whether a reported value is one of these states rather than points. */
	public static boolean isState(long value) {
		return value <= NO_DATA;
	}

}
