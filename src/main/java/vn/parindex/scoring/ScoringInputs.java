package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.UnitInput;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * Gathers the engine's inputs for a campaign's units from every {@link LeafSource} (the
 * sheets today; surveys and statistics tomorrow), without knowing the modules behind
 * them. A leaf no source has a figure for stays without a value: not scored yet on a
 * sheet, no data yet from a survey or statistic.
 */
@Component
class ScoringInputs {

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final List<LeafSource> sources;

	private final CampaignSettings settings;

	ScoringInputs(FrameworkCatalog frameworks, UnitCatalog units, List<LeafSource> sources, CampaignSettings settings) {
		this.frameworks = frameworks;
		this.units = units;
		this.sources = List.copyOf(sources);
		this.settings = settings;
	}

	/**
	 * The engine for a campaign: its framework as the engine sees it (built once per
	 * framework version) and its ranking settings.
	 */
	ScoringEngine engine(long campaignId, long frameworkId) {
		return new ScoringEngine(frameworks.get(frameworkId).scheme(), settings.of(campaignId).options());
	}

	/** The inputs of every participating unit, in unit id order. */
	List<UnitInput> forCampaign(long campaignId, Collection<Long> unitIds, Scheme scheme) {
		return inputs(campaignId, units.byIds(unitIds), null, scheme);
	}

	/** The inputs of some participating units, in unit id order. */
	List<UnitInput> forUnits(long campaignId, Collection<Long> participating, Scheme scheme) {
		List<UnitView> found = units.byIds(participating);
		return inputs(campaignId, found, found.stream().map(UnitView::id).toList(), scheme);
	}

	private List<UnitInput> inputs(long campaignId, List<UnitView> unitList, Collection<Long> asked, Scheme scheme) {
		Map<Long, UnitFigures> figures = new HashMap<>();
		for (UnitView unit : unitList) {
			if (unit != null) {
				figures.put(unit.id(), new UnitFigures(scheme.leafCount()));
			}
		}
		Set<Long> finalised = new HashSet<>();
		LeafFigures sink = new LeafFigures() {

			private long lastId = -1;

			private UnitFigures last;

			@Override
			public void leaf(long unitId, String leafCode, long self, long appraised, boolean notApplicable,
					boolean appraisedNotApplicable) {
				if (unitId != lastId) {
					// sources report a unit's leaves together: one lookup per unit, not
					// per leaf
					lastId = unitId;
					last = figures.get(unitId);
				}
				UnitFigures unit = last;
				int leaf = scheme.leafIndex(leafCode);
				if (unit != null && leaf >= 0) {
					unit.self[leaf] = self;
					unit.appraised[leaf] = appraised;
					unit.selfNotApplicable[leaf] = notApplicable;
					unit.appraisedNotApplicable[leaf] = appraisedNotApplicable;
				}
			}

			@Override
			public void finalised(long unitId) {
				finalised.add(unitId);
			}

		};
		if (!figures.isEmpty()) {
			sources.forEach((source) -> source.figures(campaignId, asked, sink));
		}
		List<UnitInput> inputs = new ArrayList<>(figures.size());
		for (UnitView unit : unitList) {
			UnitFigures unitFigures = (unit != null) ? figures.get(unit.id()) : null;
			if (unitFigures != null) {
				inputs.add(new UnitInput(unit.id(), unit.type(), unit.ranked(), finalised.contains(unit.id()),
						unitFigures.self, unitFigures.appraised, unitFigures.selfNotApplicable,
						unitFigures.appraisedNotApplicable));
			}
		}
		inputs.sort(java.util.Comparator.comparingLong(UnitInput::unitId));
		return inputs;
	}

	/** One unit's figures while the sources fill them: nothing until a source says so. */
	private static final class UnitFigures {

		final long[] self;

		final long[] appraised;

		final boolean[] selfNotApplicable;

		final boolean[] appraisedNotApplicable;

		UnitFigures(int leaves) {
			self = new long[leaves];
			appraised = new long[leaves];
			Arrays.fill(self, UnitInput.MISSING);
			Arrays.fill(appraised, UnitInput.MISSING);
			selfNotApplicable = new boolean[leaves];
			appraisedNotApplicable = new boolean[leaves];
		}

	}

}
