package vn.parindex.statistics;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a unit's appraisal in a campaign is final, as scoring learns it: from the
 * {@link LeafSource} that appraises ({@link LeafFigures#finalised}), without statistics
 * knowing the modules behind it. Until then a statistic leaf's points are provisional;
 * after it the council's adjustments are closed and the unit's outcomes frozen until the
 * appraisal is reopened.
 */
@Component
class AppraisalFinality {

	private final ObjectProvider<LeafSource> sources;

	AppraisalFinality(ObjectProvider<LeafSource> sources) {
		this.sources = sources;
	}

	boolean finalised(long campaignId, long unitId) {
		return finalised(campaignId, Set.of(unitId)).contains(unitId);
	}

	/**
	 * Which of these units' appraisals are final, as the caller's transaction sees them
	 * (a finalisation in it counts).
	 */
	Set<Long> finalised(long campaignId, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> asked = Set.copyOf(unitIds);
		Set<Long> finalised = new HashSet<>();
		LeafFigures sink = new LeafFigures() {

			@Override
			public void leaf(long unit, String leafCode, long self, long appraised, boolean notApplicable,
					boolean appraisedNotApplicable) {
			}

			@Override
			public void finalised(long unit) {
				if (asked.contains(unit)) {
					finalised.add(unit);
				}
			}

		};
		List<LeafSource> all = sources.orderedStream().toList();
		for (LeafSource source : all) {
			if (!(source instanceof StatisticLeafSource)) {
				source.figures(campaignId, asked, sink);
			}
			if (finalised.size() == asked.size()) {
				break;
			}
		}
		return finalised;
	}

}
