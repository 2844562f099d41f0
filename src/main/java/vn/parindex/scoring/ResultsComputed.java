package vn.parindex.scoring;

import java.util.Set;

/**
 * A campaign's stored results were recomputed, inside the transaction of the change that
 * caused it: for every unit ({@code all}) or for some units followed by a re-ranking of
 * the campaign (every unit's place may have moved).
 */
public record ResultsComputed(long campaignId, boolean all, Set<Long> unitIds) {

	public ResultsComputed {
		unitIds = Set.copyOf(unitIds);
	}

}
