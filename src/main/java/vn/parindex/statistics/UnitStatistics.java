package vn.parindex.statistics;

import java.util.List;

/**
 * Every {@code STATISTIC} leaf of a campaign's framework that applies to a unit, with its
 * figures over the campaign's year (read only).
 *
 * @param official whether the unit's appraisal is final: until then the points are
 * provisional
 */
public record UnitStatistics(long campaignId, long unitId, int year, boolean official, List<StatisticFigure> leaves) {

	public UnitStatistics {
		leaves = List.copyOf(leaves);
	}

	/** The leaf's figure, or {@code null} when it is no statistic leaf of this unit. */
	public StatisticFigure figure(String leafCode) {
		return leaves.stream().filter((leaf) -> leaf.leafCode().equals(leafCode)).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		return leaves.isEmpty();
	}

}
