package vn.parindex.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.scoring.engine.Model;
import vn.parindex.scoring.engine.Ranking;
import vn.parindex.scoring.engine.Ranking.Place;
import vn.parindex.scoring.engine.ScoringEngine;
import vn.parindex.scoring.engine.UnitInput;
import vn.parindex.scoring.engine.UnitResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a campaign's stored results in step with its inputs: fully (settings changed,
 * nothing stored yet, the campaign's units changed) or for a few units followed by a
 * re-ranking of the campaign from the stored totals. Runs in the caller's transaction, so
 * results commit with the input that changed them.
 */
@Service
@Transactional
public class Recomputation {

	private final CampaignCatalog campaigns;

	private final ScoringInputs inputs;

	private final SettingsStore settings;

	private final ResultStore store;

	private final AtomicLong runs = new AtomicLong();

	Recomputation(CampaignCatalog campaigns, ScoringInputs inputs, SettingsStore settings, ResultStore store) {
		this.campaigns = campaigns;
		this.inputs = inputs;
		this.settings = settings;
		this.store = store;
	}

	/** Recomputes every unit of the campaign and replaces its stored results. */
	public void full(long campaignId) {
		runs.incrementAndGet();
		store.lock(campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		Model model = inputs.model(campaign.frameworkId());
		ScoringEngine engine = new ScoringEngine(model, settings.of(campaignId).options());
		List<UnitResult> results = inputs.forCampaign(campaign, model).stream().map(engine::score).toList();
		store.replaceAll(campaignId, campaign.frameworkId(), model, results, engine.rank(results));
	}

	/**
	 * Recomputes the given units, then re-ranks the campaign; falls back to a full
	 * recomputation when the stored results are missing or were made for other units.
	 */
	public void units(long campaignId, Set<Long> unitIds) {
		store.lock(campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		Optional<ResultStore.StoredCampaign> stored = store.campaign(campaignId);
		if (stored.isEmpty() || stored.get().frameworkId() != campaign.frameworkId()) {
			full(campaignId);
			return;
		}
		// one read of the stored totals serves both the check and the re-ranking
		List<StoredUnit> before = store.units(campaignId);
		if (!before.stream().map(StoredUnit::unitId).collect(Collectors.toSet()).equals(campaign.unitIds())) {
			full(campaignId);
			return;
		}
		runs.incrementAndGet();
		Model model = inputs.model(campaign.frameworkId());
		ScoringEngine engine = new ScoringEngine(model, settings.of(campaignId).options());
		Map<Long, UnitResult> fresh = new HashMap<>();
		for (long unitId : unitIds) {
			Optional<UnitInput> input = campaign.includes(unitId) ? inputs.forUnit(campaign, unitId, model)
					: Optional.empty();
			input.ifPresent((unit) -> {
				UnitResult result = engine.score(unit);
				store.replaceUnit(campaignId, model, result);
				fresh.put(unitId, result);
			});
		}
		rerank(campaignId, engine, before, fresh);
	}

	/**
	 * Whether the stored results are missing or were made for another set of units (the
	 * campaign module announces no change of its units).
	 */
	@Transactional(readOnly = true)
	public boolean stale(long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		Optional<ResultStore.StoredCampaign> stored = store.campaign(campaignId);
		return stored.isEmpty() || stored.get().frameworkId() != campaign.frameworkId()
				|| stored.get().unitsCount() != campaign.unitIds().size()
				|| !store.unitIds(campaignId).equals(campaign.unitIds());
	}

	/** What the stored result set was made from, and when, if there is one. */
	@Transactional(readOnly = true)
	Optional<ResultStore.StoredCampaign> stored(long campaignId) {
		return store.campaign(campaignId);
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
	 * recomputed, and updates the places that changed.
	 */
	private void rerank(long campaignId, ScoringEngine engine, List<StoredUnit> units, Map<Long, UnitResult> fresh) {
		Ranking ranking = engine
			.rank(units.stream().map((unit) -> fresh.getOrDefault(unit.unitId(), unit.forRanking())).toList());
		Map<Long, Place> changed = new HashMap<>();
		for (StoredUnit unit : units) {
			Place place = ranking.places().get(unit.unitId());
			if (place != null && !Objects.equals(place, unit.place())) {
				changed.put(unit.unitId(), place);
			}
		}
		store.updatePlaces(campaignId, changed, ranking.correlation(), units.size());
	}

}
