package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Ranking.Place;
import vn.parindex.engine.Ranking;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.UnitInput;
import vn.parindex.engine.UnitResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a campaign's stored results in step with its inputs: fully (settings changed,
 * nothing stored yet) or for a few units (their figures changed, they joined or left the
 * campaign) followed by a re-ranking of the campaign from the stored totals. Runs in the
 * caller's transaction, so results commit with the input that changed them, and announces
 * {@link ResultsComputed}.
 */
@Service
@Transactional
public class Recomputation {

	private final CampaignCatalog campaigns;

	private final ScoringInputs inputs;

	private final ResultWriter store;

	private final ResultQueries stored;

	private final ApplicationEventPublisher events;

	private final KeptTotals totals;

	private final AtomicLong runs = new AtomicLong();

	Recomputation(CampaignCatalog campaigns, ScoringInputs inputs, ResultWriter store, ResultQueries stored,
			ApplicationEventPublisher events, KeptTotals totals) {
		this.totals = totals;
		this.campaigns = campaigns;
		this.inputs = inputs;
		this.store = store;
		this.stored = stored;
		this.events = events;
	}

	/** Recomputes every unit of the campaign and replaces its stored results. */
	public void full(long campaignId) {
		runs.incrementAndGet();
		store.lock(campaignId);
		long frameworkId = campaigns.frameworkId(campaignId);
		List<Long> unitIds = campaigns.unitIds(campaignId);
		ScoringEngine engine = inputs.engine(campaignId, frameworkId);
		Scheme scheme = engine.scheme();
		List<UnitResult> results = inputs.forCampaign(campaignId, unitIds, scheme).stream().map(engine::score).toList();
		store.replaceAll(campaignId, frameworkId, scheme, results, engine.rank(results));
		events.publishEvent(new ResultsComputed(campaignId, true, Set.copyOf(unitIds)));
	}

	/**
	 * Recomputes the given units (removing those no longer taking part), then re-ranks
	 * the campaign; falls back to a full recomputation when nothing is stored yet or the
	 * stored results were made from another framework or other components.
	 */
	public void units(long campaignId, Set<Long> unitIds) {
		store.lock(campaignId);
		long frameworkId = campaigns.frameworkId(campaignId);
		Optional<StoredCampaign> before = stored.campaign(campaignId);
		ScoringEngine engine = inputs.engine(campaignId, frameworkId);
		Scheme scheme = engine.scheme();
		if (before.isEmpty() || before.get().frameworkId() != frameworkId
				|| !before.get().components().equals(scheme.components())
				|| !before.get().parts().equals(scheme.parts())) {
			full(campaignId);
			return;
		}
		runs.incrementAndGet();
		List<Long> participating = campaigns.unitIds(campaignId, unitIds);
		Set<Long> gone = new HashSet<>(unitIds);
		participating.forEach(gone::remove);
		if (!gone.isEmpty()) {
			store.removeUnits(campaignId, gone);
		}
		Map<Long, UnitResult> fresh = new HashMap<>();
		for (UnitInput input : inputs.forUnits(campaignId, participating, scheme)) {
			UnitResult result = engine.score(input);
			store.replaceUnit(campaignId, scheme, result);
			fresh.put(input.unitId(), result);
		}
		Optional<List<StoredUnit>> kept = totals.get(campaignId, before.get().stamp());
		Map<Long, StoredUnit> current = new HashMap<>();
		if (kept.isPresent()) {
			kept.get().forEach((unit) -> current.put(unit.unitId(), unit));
			current.keySet().removeAll(gone);
		}
		else {
			stored.totals(campaignId).forEach((unit) -> current.put(unit.unitId(), unit));
		}
		fresh.values()
			.forEach((result) -> current.computeIfAbsent(result.unitId(),
					(unit) -> StoredUnit.of(result, null, ResultWriter.fingerprint(scheme, result))));
		rerank(campaignId, engine, scheme, List.copyOf(current.values()), fresh);
		events.publishEvent(new ResultsComputed(campaignId, false, unitIds));
	}

	/**
	 * Whether the stored results are missing or were made for another framework or set of
	 * units (results stored before the campaign announced its participants, or by hand).
	 */
	@Transactional(readOnly = true)
	public boolean stale(long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		Optional<StoredCampaign> results = stored.campaign(campaignId);
		return results.isEmpty() || results.get().frameworkId() != campaign.frameworkId()
				|| results.get().unitsCount() != campaign.unitIds().size()
				|| !stored.unitIds(campaignId).equals(campaign.unitIds());
	}

	/** What the stored result set was made from, and when, if there is one. */
	@Transactional(readOnly = true)
	Optional<StoredCampaign> stored(long campaignId) {
		return stored.campaign(campaignId);
	}

	/**
	 * How many recomputations ran since start-up: one per transaction that changed
	 * inputs.
	 */
	long runs() {
		return runs.get();
	}

	/**
	 * Ranks the stored totals, the fresh results standing in for the units just
	 * recomputed, updates the places that changed, and keeps the totals as they now are
	 * for the next re-ranking.
	 */
	private void rerank(long campaignId, ScoringEngine engine, Scheme scheme, List<StoredUnit> units,
			Map<Long, UnitResult> fresh) {
		Ranking ranking = engine
			.rank(units.stream().map((unit) -> fresh.getOrDefault(unit.unitId(), unit.forRanking())).toList());
		Map<Long, Place> changed = new HashMap<>();
		List<StoredUnit> now = new ArrayList<>(units.size());
		for (StoredUnit unit : units) {
			Place place = ranking.places().get(unit.unitId());
			UnitResult result = fresh.get(unit.unitId());
			boolean moved = place != null && (result != null || !Objects.equals(place, unit.place()));
			if (moved) {
				changed.put(unit.unitId(), place);
			}
			if (result != null) {
				now.add(StoredUnit.of(result, moved ? place : unit.place(), ResultWriter.fingerprint(scheme, result)));
			}
			else {
				now.add(moved ? unit.withPlace(place) : unit);
			}
		}
		long stamp = store.updatePlaces(campaignId, changed, ranking.correlation(), units.size());
		totals.keep(campaignId, stamp, now);
	}

}
