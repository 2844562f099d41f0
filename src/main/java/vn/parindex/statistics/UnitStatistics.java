package vn.parindex.statistics;

import java.time.Instant;
import java.util.List;

/**
 * Every {@code STATISTIC} leaf of a campaign's framework that applies to a unit, with its
 * figures over the campaign's year (read only).
 *
 * @param official whether the unit's appraisal is final: until then the points are
 * provisional
 * @param frozenSince when the unit's outcomes were frozen (its appraisal finalised), or
 * {@code null}: the leaves show the figures as they were then, each with what the current
 * observations would give where that differs
 */
public record UnitStatistics(long campaignId, long unitId, int year, boolean official, Instant frozenSince,
		List<StatisticFigure> leaves) {

	public UnitStatistics {
		leaves = List.copyOf(leaves);
	}

	/** The leaf's figure, or {@code null} when it is no statistic leaf of this unit. */
	public StatisticFigure figure(String leafCode) {
		return leaves.stream().filter((leaf) -> leaf.leafCode().equals(leafCode)).findFirst().orElse(null);
	}

	/** Whether the figures are frozen since the unit's appraisal was finalised. */
	public boolean frozen() {
		return frozenSince != null;
	}

	/** Whether newer observations would now give some leaf other figures or points. */
	public boolean movedSince() {
		return leaves.stream().anyMatch((leaf) -> leaf.current() != null);
	}

	public boolean isEmpty() {
		return leaves.isEmpty();
	}

}
