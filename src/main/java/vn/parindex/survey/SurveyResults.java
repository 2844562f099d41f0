package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkView;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results as the secretariat and the council read them — per unit the leaf
 * scores and points, SIPAS per element and overall, per group and question the answers,
 * their distribution, mean and confidence interval — and its quality: the flags per unit
 * and group, the decisions, and the scores with and without the flagged responses.
 * Computed from the responses whenever asked (one aggregating query), with the
 * secretariat's flag decisions applied; no permission check (the controllers decide).
 */
@Service
@Transactional(readOnly = true)
class SurveyResults {

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final SurveyResultStore store;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final Clock clock;

	SurveyResults(SurveyStore surveys, InstrumentStore instruments, SurveyResultStore store, CampaignCatalog campaigns,
			FrameworkCatalog frameworks, UnitCatalog units, Clock clock) {
		this.surveys = surveys;
		this.instruments = instruments;
		this.store = store;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @throws vn.parindex.problem.Refusal 404 for an unknown survey
	 */
	Results results(long surveyId) {
		Context context = context(surveyId);
		IntPredicate counts = SurveyTally.countingWithout(store.excluded(surveyId));
		Map<Long, Map<String, Long>> samples = new HashMap<>();
		for (SurveyStore.Population population : surveys.populations(surveyId)) {
			samples.computeIfAbsent(population.unitId(), (u) -> new HashMap<>())
				.put(population.group(), population.sample(context.survey().margin()));
		}
		List<UnitResults> unitResults = new ArrayList<>();
		for (UnitView unit : context.units()) {
			long id = unit.id();
			List<LeafResult> leaves = context.figures()
				.leafScores(id, counts)
				.stream()
				.map((score) -> leaf(context.framework(), score))
				.toList();
			List<ElementResult> elements = context.figures()
				.elementScores(id, counts)
				.stream()
				.map((score) -> new ElementResult(score.name(), SurveyFigures.percent(score.share()), score.answers()))
				.toList();
			List<GroupResults> groups = new ArrayList<>();
			Map<String, Long> unitSamples = samples.getOrDefault(id, Map.of());
			for (RespondentGroup group : context.instrument().groups()) {
				long received = context.tally().responses(id, group.code(), SurveyTally.ALL);
				Long sample = unitSamples.get(group.code());
				if (received == 0 && sample == null) {
					continue;
				}
				groups
					.add(new GroupResults(group, sample, received, context.tally().responses(id, group.code(), counts),
							context.figures().questions(id, group.code(), counts)));
			}
			unitResults.add(new UnitResults(unit, context.tally().responses(id, null, SurveyTally.ALL),
					context.tally().flagged(id, null, null), leaves, elements, groups));
		}
		return new Results(context.survey(), context.campaign(), context.instrument(),
				context.survey().phase(today()) != Survey.Phase.CLOSED, unitResults);
	}

	/**
	 * @throws vn.parindex.problem.Refusal 404 for an unknown survey
	 */
	Quality quality(long surveyId) {
		Context context = context(surveyId);
		Map<StoredResponse.Flag, SurveyResultStore.FlagDecision> decisions = store.decisions(surveyId);
		Set<StoredResponse.Flag> excluded = EnumSet.noneOf(StoredResponse.Flag.class);
		decisions.values().stream().filter((d) -> !d.counts()).forEach((d) -> excluded.add(d.flag()));
		IntPredicate counted = SurveyTally.countingWithout(excluded);
		IntPredicate unflagged = SurveyTally.countingWithout(EnumSet.allOf(StoredResponse.Flag.class));
		List<QualityUnit> rows = new ArrayList<>();
		for (UnitView unit : context.units()) {
			long id = unit.id();
			List<QualityGroup> groups = new ArrayList<>();
			for (RespondentGroup group : context.instrument().groups()) {
				long received = context.tally().responses(id, group.code(), SurveyTally.ALL);
				if (received == 0) {
					continue;
				}
				Map<StoredResponse.Flag, Long> flagged = new LinkedHashMap<>();
				for (StoredResponse.Flag flag : StoredResponse.Flag.values()) {
					flagged.put(flag, context.tally().flagged(id, group.code(), flag));
				}
				groups.add(QualityGroup.of(group, received, flagged));
			}
			Map<String, SurveyFigures.Score> withoutFlagged = new HashMap<>();
			context.figures().leafScores(id, unflagged).forEach((score) -> withoutFlagged.put(score.name(), score));
			Map<String, SurveyFigures.Score> asCounted = new HashMap<>();
			context.figures().leafScores(id, counted).forEach((score) -> asCounted.put(score.name(), score));
			List<LeafComparison> leaves = new ArrayList<>();
			for (String leaf : context.figures().leaves()) {
				SurveyFigures.Score a = asCounted.get(leaf);
				SurveyFigures.Score b = withoutFlagged.get(leaf);
				if (a == null && b == null) {
					continue;
				}
				leaves.add(new LeafComparison(leaf, (a != null) ? leaf(context.framework(), a) : null,
						(b != null) ? leaf(context.framework(), b) : null));
			}
			rows.add(new QualityUnit(unit, context.tally().responses(id, null, SurveyTally.ALL),
					context.tally().responses(id, null, counted), groups, leaves));
		}
		List<FlagRow> flags = new ArrayList<>();
		for (StoredResponse.Flag flag : StoredResponse.Flag.values()) {
			flags.add(new FlagRow(flag, decisions.get(flag)));
		}
		return new Quality(context.survey(), context.campaign(), decisions, rows, flags);
	}

	private Context context(long surveyId) {
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		CampaignView campaign = campaigns.get(survey.campaignId());
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		SurveyTally tally = store.tally(surveyId, instrument, null);
		List<Long> ids = new ArrayList<>(surveys.units(surveyId));
		tally.units().stream().filter((id) -> !ids.contains(id)).forEach(ids::add);
		List<UnitView> found = units.byIds(ids)
			.stream()
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(UnitView::code))
			.toList();
		return new Context(survey, campaign, instrument, framework, tally, new SurveyFigures(instrument, tally), found);
	}

	private static LeafResult leaf(FrameworkView framework, SurveyFigures.Score score) {
		return new LeafResult(score.name(), framework.tree().find(score.name()).map((n) -> n.name()).orElse(null),
				SurveyFigures.percent(score.share()),
				SurveyLeafPoints.of(framework, score.name(), score.share()).orElse(null),
				framework.tree().find(score.name()).map((n) -> n.maxPoints()).orElse(null), score.answers());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	private record Context(Survey survey, CampaignView campaign, Instrument instrument, FrameworkView framework,
			SurveyTally tally, SurveyFigures figures, List<UnitView> units) {
	}

	/**
	 * @param provisional whether answers may still come (the survey is not closed): the
	 * figures are provisional ("tạm tính")
	 */
	record Results(Survey survey, CampaignView campaign, Instrument instrument, boolean provisional,
			List<UnitResults> units) {
	}

	record UnitResults(UnitView unit, long responses, long flagged, List<LeafResult> leaves,
			List<ElementResult> elements, List<GroupResults> groups) {
	}

	/**
	 * A unit's leaf: its score in percent (4 decimals), points by the framework's rule
	 * ({@code null} where the rule takes no survey score), the leaf's maximum.
	 */
	record LeafResult(String leaf, String name, BigDecimal score, BigDecimal points, BigDecimal maxPoints,
			long answers) {
	}

	/** SIPAS satisfaction of an element ({@code null}: overall), in percent. */
	record ElementResult(String element, BigDecimal score, long answers) {
	}

	/**
	 * @param sample the sample n of the group's population, {@code null} where none was
	 * set
	 * @param counted the responses that count (the flag decisions applied)
	 */
	record GroupResults(RespondentGroup group, Long sample, long responses, long counted,
			List<SurveyFigures.QuestionFigures> questions) {
	}

	record Quality(Survey survey, CampaignView campaign,
			Map<StoredResponse.Flag, SurveyResultStore.FlagDecision> decisions, List<QualityUnit> units,
			List<FlagRow> flags) {
	}

	/** A flag with the decision taken on it, {@code null} while none was. */
	record FlagRow(StoredResponse.Flag flag, SurveyResultStore.FlagDecision decision) {
	}

	/** How many of a group's responses carry a flag, and their share in percent. */
	record FlagCell(StoredResponse.Flag flag, long count, BigDecimal share) {
	}

	record QualityUnit(UnitView unit, long responses, long counted, List<QualityGroup> groups,
			List<LeafComparison> leaves) {
	}

	/**
	 * @param shares the share of the group's responses carrying each flag, in percent (2
	 * decimals)
	 */
	record QualityGroup(RespondentGroup group, long responses, Map<StoredResponse.Flag, Long> flagged,
			Map<StoredResponse.Flag, BigDecimal> shares, List<FlagCell> cells) {

		static QualityGroup of(RespondentGroup group, long responses, Map<StoredResponse.Flag, Long> flagged) {
			Map<StoredResponse.Flag, BigDecimal> shares = new LinkedHashMap<>();
			List<FlagCell> cells = new ArrayList<>();
			flagged.forEach((flag, count) -> {
				BigDecimal share = BigDecimal.valueOf(count * 100)
					.divide(BigDecimal.valueOf(responses), 2, java.math.RoundingMode.HALF_UP);
				shares.put(flag, share);
				cells.add(new FlagCell(flag, count, share));
			});
			return new QualityGroup(group, responses, flagged, shares, cells);
		}

	}

	/** A leaf as counted (the decisions applied) and without any flagged response. */
	record LeafComparison(String leaf, LeafResult asCounted, LeafResult withoutFlagged) {
	}

}
