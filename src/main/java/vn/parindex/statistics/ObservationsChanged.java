package vn.parindex.statistics;

import java.util.Set;

/**
 * Observations changed for some units and indicators, published inside the transaction
 * that stored them: the statistic leaves fed by them are to be recomputed once it has
 * committed.
 */
public record ObservationsChanged(Set<Long> unitIds, Set<Long> indicatorIds) {

	public ObservationsChanged {
		unitIds = Set.copyOf(unitIds);
		indicatorIds = Set.copyOf(indicatorIds);
	}

}
