package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignUnitsChanged;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.LeafFiguresChanged;
import vn.parindex.engine.MovedUnits;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.Rule;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every campaign's {@code STATISTIC} leaf outcomes per unit
 * ({@code statistic_leaf_points}), which {@link StatisticLeafSource} hands to scoring:
 * the points {@link StatisticLeafPoints} gives each leaf from the measures of its
 * indicators over the campaign's year.
 * <p>
 * Observations arrive in batches, so a change only marks work to do, once the transaction
 * that stored it has committed: the campaigns whose frameworks name a changed indicator,
 * for the changed units and their parents (a parent's figure may be the sum of its
 * children's). A job recomputes what is marked every
 * {@code parindex.statistics.recompute-delay} milliseconds (2,000 by default); every
 * campaign is recomputed at startup, when its units change, and when the job first sees
 * it (a new campaign). Each recomputation holds the campaign's advisory lock (two never
 * interleave, nor with an adjustment), writes only the units whose outcomes moved, and
 * announces them with {@link LeafFiguresChanged} inside its transaction, so that the
 * campaign's stored results commit with them.
 * <p>
 * Once a unit's appraisal is final its outcomes are frozen
 * ({@code statistic_leaf_freeze}): the job leaves them as they were at finalisation
 * whatever observations arrive. The finalisation and the reopening publish
 * {@link LeafFiguresChanged} inside their transaction; hearing it, the job takes the
 * campaign's lock there and freezes the unit, or unfreezes it and recomputes it at once
 * ({@link #settle}), so a recomputation and a finalisation are taken in turn.
 */
@Component
class StatisticLeafScores {

	private static final Logger log = LoggerFactory.getLogger(StatisticLeafScores.class);

	/** Marks every unit of a campaign dirty. */
	private static final Set<Long> EVERY_UNIT = Set.of(-1L);

	/** How often the job looks for campaigns it has not seen yet. */
	private static final long DISCOVERY_NANOS = 30_000_000_000L;

	/** Set while the job announces its own recomputation. */
	private static final ThreadLocal<Boolean> ANNOUNCING = new ThreadLocal<>();

	private final StatisticLeafStore store;

	private final StatisticMeasures measures;

	private final IndicatorStore indicators;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final AppraisalFinality finality;

	private final Clock clock;

	private final Map<Long, Set<Long>> dirty = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<ObservationsChanged> observed = new ConcurrentLinkedQueue<>();

	private final Set<Long> known = ConcurrentHashMap.newKeySet();

	private volatile long nextDiscovery = System.nanoTime();

	StatisticLeafScores(StatisticLeafStore store, StatisticMeasures measures, IndicatorStore indicators,
			CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, ApplicationEventPublisher events,
			TransactionTemplate transactions, AppraisalFinality finality, Clock clock) {
		this.store = store;
		this.measures = measures;
		this.indicators = indicators;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.events = events;
		this.transactions = transactions;
		this.finality = finality;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void observationsChanged(ObservationsChanged event) {
		observed.add(event);
	}

	/**
	 * A leaf source's figures changed for some units, inside the transaction that changed
	 * them: where that moved a unit's finality (a finalisation or a reopening publishes
	 * it), freezes or unfreezes it in that transaction (see {@link #settle}). The job's
	 * own announcements are skipped: a recomputation changes no finality.
	 */
	@EventListener
	void figuresChanged(LeafFiguresChanged event) {
		if (ANNOUNCING.get() != null) {
			return;
		}
		transactions.executeWithoutResult((status) -> {
			CampaignView campaign;
			try {
				campaign = campaigns.get(event.campaignId());
			}
			catch (Refusal gone) {
				return;
			}
			Set<Long> asked = event.unitIds()
				.stream()
				.filter(campaign::includes)
				.collect(Collectors.toCollection(TreeSet::new));
			if (asked.isEmpty() || statisticLeaves(frameworks.get(campaign.frameworkId())).isEmpty()) {
				return;
			}
			if (!finality.finalised(campaign.id(), asked).equals(store.frozen(campaign.id(), asked).keySet())) {
				settle(campaign.id(), asked);
			}
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void unitsChanged(CampaignUnitsChanged event) {
		campaign(event.campaignId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		discover();
		store.campaigns().forEach(this::campaign);
	}

	/** Marks every unit of a campaign for the next recomputation. */
	void campaign(long campaignId) {
		dirty.put(campaignId, EVERY_UNIT);
	}

	@Scheduled(fixedDelayString = "${parindex.statistics.recompute-delay:2000}",
			initialDelayString = "${parindex.statistics.recompute-delay:2000}")
	void tick() {
		if (System.nanoTime() - nextDiscovery >= 0) {
			discover();
		}
		flush();
	}

	/** Marks the campaigns the job has not seen yet (every one at startup). */
	private void discover() {
		nextDiscovery = System.nanoTime() + DISCOVERY_NANOS;
		try {
			for (CampaignView campaign : campaigns.list()) {
				if (known.add(campaign.id())) {
					campaign(campaign.id());
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Statistic leaves: the campaigns could not be listed", ex);
		}
	}

	/** Recomputes what is marked now (the job calls it; tests may too). */
	synchronized void flush() {
		try {
			resolveObserved();
		}
		catch (RuntimeException ex) {
			log.error("Statistic leaves: changed observations could not be traced to campaigns", ex);
		}
		for (Long campaign : List.copyOf(dirty.keySet())) {
			Set<Long> marked = dirty.remove(campaign);
			if (marked == null) {
				continue;
			}
			try {
				transactions.executeWithoutResult(
						(status) -> recompute(campaign, (marked == EVERY_UNIT) ? null : Set.copyOf(marked)));
			}
			catch (RuntimeException ex) {
				log.error("Campaign {}: its statistic leaves could not be recomputed", campaign, ex);
			}
		}
	}

	/**
	 * Turns the changed observations into campaigns and units to recompute: the campaigns
	 * whose frameworks' statistic leaves name a changed indicator, for the changed units
	 * and their ancestors that take part.
	 */
	private void resolveObserved() {
		if (observed.isEmpty()) {
			return;
		}
		Set<Long> changedUnits = new HashSet<>();
		Set<Long> changedIndicators = new HashSet<>();
		ObservationsChanged event;
		while ((event = observed.poll()) != null) {
			changedUnits.addAll(event.unitIds());
			changedIndicators.addAll(event.indicatorIds());
		}
		Map<Long, Long> parents = new HashMap<>();
		for (UnitView unit : units.all()) {
			if (unit.parentId() != null) {
				parents.put(unit.id(), unit.parentId());
			}
		}
		Set<Long> affected = new HashSet<>();
		for (Long unit : changedUnits) {
			Long at = unit;
			while (at != null && affected.add(at)) {
				at = parents.get(at);
			}
		}
		Map<Long, Set<String>> codesByFramework = new HashMap<>();
		for (CampaignView campaign : campaigns.list()) {
			known.add(campaign.id());
			Set<String> codes = codesByFramework.computeIfAbsent(campaign.frameworkId(),
					(framework) -> indicatorCodes(frameworks.get(framework)));
			if (codes.isEmpty()) {
				continue;
			}
			boolean named = indicators.byCodes(codes)
				.stream()
				.anyMatch((indicator) -> changedIndicators.contains(indicator.id()));
			if (!named) {
				continue;
			}
			Set<Long> marked = affected.stream().filter(campaign::includes).collect(Collectors.toSet());
			if (!marked.isEmpty()) {
				dirty.compute(campaign.id(), (id, before) -> {
					if (before == EVERY_UNIT) {
						return before;
					}
					Set<Long> units = (before != null) ? before : ConcurrentHashMap.newKeySet();
					units.addAll(marked);
					return units;
				});
			}
		}
	}

	/** The statistic leaves of a framework. */
	static List<FrameworkNode> statisticLeaves(FrameworkView framework) {
		return framework.tree().leaves().stream().filter((leaf) -> leaf.source() == Source.STATISTIC).toList();
	}

	/**
	 * The indicator codes a leaf's rule names, by the rule's name for each; empty when
	 * the rule cannot be read.
	 */
	static Map<String, String> indicatorsOf(FrameworkNode leaf) {
		try {
			return Rule.parse(leaf.rule(), leaf.ruleParams(), leaf.maxPoints()).indicators();
		}
		catch (Refusal | UnsupportedOperationException ex) {
			return Map.of();
		}
	}

	private static Set<String> indicatorCodes(FrameworkView framework) {
		Set<String> codes = new TreeSet<>();
		statisticLeaves(framework).forEach((leaf) -> codes.addAll(indicatorsOf(leaf).values()));
		return codes;
	}

	/**
	 * Under the campaign's lock, in the caller's transaction: freezes the outcomes of the
	 * units whose appraisal is final and which are not frozen yet, as they are stored
	 * now; unfreezes those frozen whose appraisal is no longer final and recomputes them
	 * from the current observations at once. Answers the units whose outcomes moved.
	 */
	Set<Long> settle(long campaignId, Collection<Long> unitIds) {
		store.lock(campaignId);
		Set<Long> thawed = align(campaignId, finality.finalised(campaignId, unitIds),
				store.frozen(campaignId, unitIds).keySet());
		return thawed.isEmpty() ? Set.of() : recompute(campaignId, thawed);
	}

	/**
	 * Freezes the units final and not frozen, unfreezes those frozen and no longer final;
	 * answers the latter.
	 */
	private Set<Long> align(long campaignId, Set<Long> finalised, Set<Long> frozen) {
		Set<Long> freezing = new TreeSet<>(finalised);
		freezing.removeAll(frozen);
		Set<Long> thawing = new TreeSet<>(frozen);
		thawing.removeAll(finalised);
		store.freeze(campaignId, freezing, clock.instant());
		store.thaw(campaignId, thawing);
		return thawing;
	}

	/**
	 * Recomputes some units of a campaign ({@code null}: every unit), in the caller's
	 * transaction; answers the units whose outcomes moved. The units whose outcomes are
	 * frozen (their appraisal is final) are left as they are; recomputing every unit
	 * first brings the frozen units in line with the appraisals (an appraisal finalised
	 * before freezing existed, or a change no event told).
	 */
	Set<Long> recompute(long campaignId, Collection<Long> unitIds) {
		store.lock(campaignId);
		CampaignView campaign;
		try {
			campaign = campaigns.get(campaignId);
		}
		catch (Refusal gone) {
			return Set.of();
		}
		Set<Long> participating = campaign.unitIds();
		Set<Long> asked = new TreeSet<>((unitIds != null) ? unitIds : participating);
		Set<Long> leaving = new TreeSet<>(asked);
		leaving.removeAll(participating);
		asked.retainAll(participating);
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		boolean scored = !statisticLeaves(framework).isEmpty();
		if (unitIds == null) {
			store.keepFrozenOnly(campaignId, participating);
			align(campaignId, scored ? finality.finalised(campaignId, participating) : Set.of(),
					store.frozen(campaignId, null).keySet());
		}
		asked.removeAll(store.frozen(campaignId, asked).keySet());
		List<StatisticLeafStore.Row> fresh = scored
				? outcomes(framework, units.byIds(asked), Period.year(campaign.year())) : List.of();
		List<StatisticLeafStore.Row> stored = store.rows(campaignId, asked);
		Set<Long> moved = moved(stored, fresh);
		if (unitIds == null) {
			moved.addAll(store.keepOnly(campaignId, participating));
		}
		else if (!leaving.isEmpty()) {
			Set<Long> had = store.rows(campaignId, leaving)
				.stream()
				.map(StatisticLeafStore.Row::unitId)
				.collect(Collectors.toSet());
			store.replace(campaignId, had, List.of());
			moved.addAll(had);
		}
		Set<Long> rewritten = new HashSet<>(moved);
		rewritten.retainAll(participating);
		store.replace(campaignId, rewritten, fresh.stream().filter((row) -> rewritten.contains(row.unitId())).toList());
		if (!moved.isEmpty()) {
			ANNOUNCING.set(Boolean.TRUE);
			try {
				events.publishEvent(new LeafFiguresChanged(campaignId, moved));
			}
			finally {
				ANNOUNCING.remove();
			}
		}
		return moved;
	}

	/**
	 * The outcome of every statistic leaf for these units over the period: a row for each
	 * one scored, not applicable or invalid, none where there is no data.
	 */
	List<StatisticLeafStore.Row> outcomes(FrameworkView framework, List<UnitView> unitViews, Period period) {
		List<FrameworkNode> leaves = statisticLeaves(framework);
		if (leaves.isEmpty() || unitViews.isEmpty()) {
			return List.of();
		}
		Set<String> codes = new TreeSet<>();
		for (FrameworkNode leaf : leaves) {
			codes.addAll(indicatorsOf(leaf).values());
		}
		List<Indicator> found = indicators.byCodes(codes);
		Map<String, IndicatorKind> kinds = new HashMap<>();
		found.forEach((indicator) -> kinds.put(indicator.code(), indicator.kind()));
		List<Long> unitIds = unitViews.stream().map(UnitView::id).toList();
		Map<StatisticMeasures.Key, Measure> all = measures.measures(unitIds, found, period);
		List<StatisticLeafStore.Row> rows = new ArrayList<>();
		for (UnitView unit : unitViews) {
			Map<String, Measure> ofUnit = new HashMap<>();
			for (Indicator indicator : found) {
				Measure measure = all.get(new StatisticMeasures.Key(unit.id(), indicator.id()));
				if (measure != null) {
					ofUnit.put(indicator.code(), measure);
				}
			}
			for (FrameworkNode leaf : leaves) {
				if (!leaf.appliesTo(unit.type())) {
					continue;
				}
				LeafOutcome outcome = outcome(framework, leaf, ofUnit, kinds);
				if (outcome.state() != LeafOutcome.State.NO_DATA) {
					rows.add(row(unit.id(), outcome));
				}
			}
		}
		return rows;
	}

	/**
	 * A leaf's outcome: a leaf whose rule names no indicator has no data; a rule that
	 * cannot be read (e.g. a formula before its rule is built) is invalid.
	 */
	static LeafOutcome outcome(FrameworkView framework, FrameworkNode leaf, Map<String, Measure> measures,
			Map<String, IndicatorKind> kinds) {
		try {
			return StatisticLeafPoints.of(framework, leaf.code(), measures, kinds);
		}
		catch (Refusal | UnsupportedOperationException ex) {
			return new LeafOutcome(leaf.code(), LeafOutcome.State.INVALID, null, null, Map.of());
		}
	}

	static StatisticLeafStore.Row row(long unitId, LeafOutcome outcome) {
		Collection<Measure> used = outcome.measures().values();
		Measure single = (used.size() == 1) ? used.iterator().next() : null;
		Set<String> sources = new TreeSet<>();
		Set<Period> periods = new TreeSet<>();
		boolean complete = !used.isEmpty();
		for (Measure measure : used) {
			sources.addAll(measure.sources());
			periods.addAll(measure.periods());
			complete &= measure.complete();
		}
		return new StatisticLeafStore.Row(unitId, outcome.leafCode(), outcome.state(), outcome.points(),
				stored((single != null) ? single.numerator() : null),
				stored((single != null) ? single.denominator() : null),
				stored((single != null) ? single.value() : null),
				(outcome.rate() != null) ? outcome.rate().setScale(10, RoundingMode.HALF_UP) : null,
				String.join(",", sources), periods.stream().map(Period::text).collect(Collectors.joining(",")),
				complete);
	}

	private static BigDecimal stored(BigDecimal figure) {
		return (figure != null) ? figure.setScale(4, RoundingMode.HALF_UP) : null;
	}

	private static Set<Long> moved(List<StatisticLeafStore.Row> stored, List<StatisticLeafStore.Row> fresh) {
		return MovedUnits.of(stored, fresh, StatisticLeafStore.Row::unitId, StatisticLeafStore.Row::leafCode,
				StatisticLeafStore.Row::sameAs);
	}

}
