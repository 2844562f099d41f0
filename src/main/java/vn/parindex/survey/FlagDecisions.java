package vn.parindex.survey;

import java.time.Clock;
import java.util.Locale;

import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat decides, per quality flag of a survey, whether the responses carrying
 * it count — with a reason, audited ({@code FLAG_DECIDED}, old → new) — and the survey's
 * leaf scores are recomputed in the same transaction, so that the campaign's results
 * commit with the decision. Two decisions at once queue on the survey's row: both are
 * audited, the last one wins, and each recomputation sees the one before it.
 */
@Service
class FlagDecisions {

	static final int MAX_REASON = 10_000;

	private final SurveyResultStore store;

	private final SurveyLeafScores scores;

	private final SurveyTrail trail;

	private final Clock clock;

	FlagDecisions(SurveyResultStore store, SurveyLeafScores scores, SurveyTrail trail, Clock clock) {
		this.store = store;
		this.scores = scores;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * @throws Refusal 404 for an unknown survey, 400 for an unknown flag, a missing
	 * decision or reason
	 */
	@Transactional
	SurveyResultStore.FlagDecision decide(long surveyId, String flagName, Boolean counts, String reason, String actor) {
		StoredResponse.Flag flag = flag(flagName);
		if (counts == null) {
			throw Refusal.badRequest("survey.results.flag.countsRequired");
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw Refusal.badRequest("survey.results.flag.reasonRequired").onField("reason");
		}
		if (why.length() > MAX_REASON) {
			throw Refusal.badRequest("survey.results.flag.reasonTooLong", MAX_REASON).onField("reason");
		}
		long campaignId = store.lock(surveyId).orElseThrow(() -> Refusal.notFound("survey.notFound", surveyId));
		SurveyResultStore.FlagDecision before = store.decisions(surveyId).get(flag);
		SurveyResultStore.FlagDecision decision = new SurveyResultStore.FlagDecision(flag, counts, why, actor,
				clock.instant());
		store.decide(surveyId, decision);
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.FLAG_DECIDED)
			.scope(campaignId)
			.item(flag.name())
			.values(word(before), word(decision))
			.reason(why));
		scores.recompute(surveyId, null);
		return decision;
	}

	static StoredResponse.Flag flag(String name) {
		try {
			return StoredResponse.Flag.valueOf((name != null) ? name.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.badRequest("survey.results.flag.unknown", name);
		}
	}

	/** How the trail writes a decision: counted (the default) or excluded. */
	private static String word(SurveyResultStore.FlagDecision decision) {
		return (decision == null || decision.counts()) ? "COUNTED" : "EXCLUDED";
	}

}
