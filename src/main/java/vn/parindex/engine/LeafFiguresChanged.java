package vn.parindex.engine;

import java.util.Set;

/**
 * A {@link LeafSource}'s figures changed for some units of a campaign — points, an
 * applicability, or which variant is official — published inside the transaction that
 * changed them, so that results can be recomputed before it commits. Not published for
 * changes that move no figure (an explanation, an attached file, a submission).
 */
public record LeafFiguresChanged(long campaignId, Set<Long> unitIds) {

	public LeafFiguresChanged {
		unitIds = Set.copyOf(unitIds);
	}

	public static LeafFiguresChanged of(long campaignId, long unitId) {
		return new LeafFiguresChanged(campaignId, Set.of(unitId));
	}

}
