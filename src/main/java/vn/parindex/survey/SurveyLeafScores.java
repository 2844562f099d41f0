package vn.parindex.survey;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.engine.LeafFiguresChanged;
import vn.parindex.engine.MovedUnits;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every unit's survey score and points on the leaves its surveys feed
 * ({@code survey_leaf_score}), which {@link SurveyLeafSource} hands to scoring. Responses
 * arrive in bursts (thousands a second), so a change only marks its units dirty, once the
 * transaction that stored it has committed; a job recomputes the dirty units every
 * {@code parindex.survey.results.recompute-delay} milliseconds (2,000 by default), and
 * every survey at startup. A flag decision recomputes its survey at once, in its own
 * transaction. Each recomputation locks its survey row (two never interleave), writes
 * only the units whose scores moved, and announces them with {@link LeafFiguresChanged}
 * inside its transaction, so that the campaign's stored results commit with them.
 */
@Component
class SurveyLeafScores {

	private static final Logger log = LoggerFactory.getLogger(SurveyLeafScores.class);

	/** Marks every unit of a survey dirty. */
	private static final Set<Long> EVERY_UNIT = Set.of(-1L);

	private final SurveyResultStore store;

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Map<Long, Set<Long>> dirty = new ConcurrentHashMap<>();

	/** The longest the job waits beyond its delay, however long it took. */
	private static final long MAX_PAUSE_NANOS = 10_000_000_000L;

	/** When the job may recompute again, in {@link System#nanoTime()}. */
	private volatile long notBefore = System.nanoTime();

	SurveyLeafScores(SurveyResultStore store, SurveyStore surveys, InstrumentStore instruments,
			CampaignCatalog campaigns, FrameworkCatalog frameworks, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.store = store;
		this.surveys = surveys;
		this.instruments = instruments;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.events = events;
		this.transactions = transactions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void responsesChanged(SurveyResponsesChanged event) {
		dirty.compute(event.surveyId(), (survey, units) -> {
			if (units == EVERY_UNIT) {
				return units;
			}
			Set<Long> marked = (units != null) ? units : ConcurrentHashMap.newKeySet();
			marked.addAll(event.unitIds());
			return marked;
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		store.surveys().forEach((survey) -> dirty.put(survey, EVERY_UNIT));
	}

	/**
	 * The job: recomputes the dirty units, unless the last recomputation took so long
	 * that running again now would make recomputing more than a tenth of the work — a
	 * national intake keeps every unit dirty, and the scores of a survey of 50,000
	 * responses take a second or more: they then follow every ten seconds at most instead
	 * of taking the CPU the intake needs.
	 */
	@Scheduled(fixedDelayString = "${parindex.survey.results.recompute-delay:2000}",
			initialDelayString = "${parindex.survey.results.recompute-delay:2000}")
	void tick() {
		long now = System.nanoTime();
		if (now - notBefore < 0) {
			return;
		}
		flush();
		long took = System.nanoTime() - now;
		notBefore = System.nanoTime() + Math.min(9 * took, MAX_PAUSE_NANOS);
	}

	/** Recomputes the dirty units now (the job calls it; tests may too). */
	synchronized void flush() {
		for (Long survey : List.copyOf(dirty.keySet())) {
			Set<Long> units = dirty.remove(survey);
			if (units == null) {
				continue;
			}
			try {
				transactions.executeWithoutResult(
						(status) -> recompute(survey, (units == EVERY_UNIT) ? null : Set.copyOf(units)));
			}
			catch (RuntimeException ex) {
				log.error("Survey {}: its leaf scores could not be recomputed", survey, ex);
			}
		}
	}

	/**
	 * Recomputes some units' scores of a survey ({@code null}: every unit), in the
	 * caller's transaction; answers the units whose scores moved.
	 */
	Set<Long> recompute(long surveyId, Collection<Long> unitIds) {
		Long campaignId = store.lock(surveyId).orElse(null);
		if (campaignId == null) {
			return Set.of();
		}
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		FrameworkView framework = frameworks.get(campaigns.frameworkId(campaignId));
		SurveyTally tally = store.tally(surveyId, instrument, unitIds);
		IntPredicate counts = SurveyTally.countingWithout(store.excluded(surveyId));
		List<SurveyResultStore.LeafScoreRow> fresh = rows(new SurveyFigures(instrument, tally), tally.units(), counts,
				framework);
		List<SurveyResultStore.LeafScoreRow> stored = store.leafScores(surveyId, unitIds);
		Set<Long> moved = moved(stored, fresh);
		if (!moved.isEmpty()) {
			store.replaceLeafScores(surveyId, moved,
					fresh.stream().filter((row) -> moved.contains(row.unitId())).toList());
			events.publishEvent(new LeafFiguresChanged(campaignId, moved));
		}
		return moved;
	}

	static List<SurveyResultStore.LeafScoreRow> rows(SurveyFigures figures, Collection<Long> units, IntPredicate counts,
			FrameworkView framework) {
		List<SurveyResultStore.LeafScoreRow> rows = new ArrayList<>();
		for (long unit : units) {
			for (SurveyFigures.Score score : figures.leafScores(unit, counts)) {
				rows.add(new SurveyResultStore.LeafScoreRow(unit, score.name(),
						score.share().setScale(10, RoundingMode.HALF_UP),
						SurveyLeafPoints.of(framework, score.name(), score.share()).orElse(null), score.answers()));
			}
		}
		return rows;
	}

	private static Set<Long> moved(List<SurveyResultStore.LeafScoreRow> stored,
			List<SurveyResultStore.LeafScoreRow> fresh) {
		return MovedUnits.of(stored, fresh, SurveyResultStore.LeafScoreRow::unitId,
				SurveyResultStore.LeafScoreRow::leaf, SurveyResultStore.LeafScoreRow::sameAs);
	}

}
