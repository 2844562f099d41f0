package vn.parindex.statistics;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a unit's appraisal in a campaign is final, as scoring learns it: from the
 * {@link LeafSource} that appraises ({@link LeafFigures#finalised}), without statistics
 * knowing the modules behind it. Until then a statistic leaf's points are provisional;
 * after it the council's adjustments are closed until the appraisal is reopened.
 */
@Component
class AppraisalFinality {

	private final ObjectProvider<LeafSource> sources;

	AppraisalFinality(ObjectProvider<LeafSource> sources) {
		this.sources = sources;
	}

	boolean finalised(long campaignId, long unitId) {
		AtomicBoolean finalised = new AtomicBoolean();
		LeafFigures sink = new LeafFigures() {

			@Override
			public void leaf(long unit, String leafCode, long self, long appraised, boolean notApplicable,
					boolean appraisedNotApplicable) {
			}

			@Override
			public void finalised(long unit) {
				if (unit == unitId) {
					finalised.set(true);
				}
			}

		};
		List<LeafSource> all = sources.orderedStream().toList();
		for (LeafSource source : all) {
			if (!(source instanceof StatisticLeafSource)) {
				source.figures(campaignId, Set.of(unitId), sink);
			}
			if (finalised.get()) {
				return true;
			}
		}
		return false;
	}

}
