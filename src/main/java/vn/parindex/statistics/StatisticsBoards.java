package vn.parindex.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.engine.Amounts;
import vn.parindex.engine.Figures;
import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;
import vn.parindex.engine.NoDataPolicy;
import vn.parindex.engine.Options;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.Source;
import vn.parindex.engine.UnitInput;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.Rule;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Computes a campaign's quarterly board ({@link StatisticsBoard}) from the observations:
 * each leaf's points by {@link StatisticLeafPoints} (the one arithmetic), the projected
 * index by the scoring engine over every other source's current figures with the
 * statistic leaves scored as in the quarter.
 */
@Component
class StatisticsBoards {

	/** Charts' colours: as many lines as leaves, eight colours in turn. */
	static final int COLOURS = 8;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	private final StatisticMeasures measures;

	private final List<LeafSource> sources;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final StatisticLeafStore store;

	StatisticsBoards(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units,
			IndicatorStore indicators, StatisticMeasures measures, List<LeafSource> sources, JdbcTemplate jdbc,
			Clock clock, StatisticLeafStore store) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.indicators = indicators;
		this.measures = measures;
		// the statistics module's own source gives the year's figures; the board puts
		// the quarter's in their place
		this.sources = sources.stream()
			.filter((source) -> !ClassUtils.getUserClass(source)
				.getPackageName()
				.equals(StatisticsBoards.class.getPackageName()))
			.toList();
		this.jdbc = jdbc;
		this.clock = clock;
		this.store = store;
	}

	/** Whether the user reads her own unit only (a unit leader or officer). */
	static boolean ownUnitOnly(CurrentUser user) {
		return user.roles().stream().noneMatch(Role::seesAllUnits);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
	}

	/**
	 * The quarter a board shows when none is asked: today's in the campaign's year, its
	 * last for a year gone by, its first for a year to come.
	 */
	Period defaultQuarter(CampaignView campaign) {
		LocalDate today = today();
		if (today.getYear() == campaign.year()) {
			return Period.quarterOf(today);
		}
		return Period.quarter(campaign.year(), (today.getYear() > campaign.year()) ? 4 : 1);
	}

	/**
	 * The quarter asked ({@code 2026-Q3}), of the campaign's year, or the default.
	 * @throws Refusal 400 for anything else
	 */
	Period quarter(CampaignView campaign, String text) {
		if (text == null || text.isBlank()) {
			return defaultQuarter(campaign);
		}
		return Period.parse(text)
			.filter((period) -> period.length() == Period.Length.QUARTER && period.year() == campaign.year())
			.orElseThrow(() -> Refusal
				.badRequest("statistics.board.error.quarter",
						(text.length() > 20) ? text.substring(0, 20) + "…" : text.replace('\0', ' '),
						String.valueOf(campaign.year()))
				.onField("quarter"));
	}

	/**
	 * The board as the user may read it: every unit for the roles that see them all, her
	 * own unit's line for a unit leader or officer.
	 * @throws org.springframework.security.access.AccessDeniedException when her unit
	 * does not take part
	 */
	StatisticsBoard board(long campaignId, String quarterText, CurrentUser user) {
		CampaignView campaign = campaigns.get(campaignId, user);
		Period quarter = quarter(campaign, quarterText);
		if (!ownUnitOnly(user)) {
			return compute(campaign, quarter, campaign.unitIds(), true);
		}
		Long own = user.unitId();
		return compute(campaign, quarter, (own != null && campaign.includes(own)) ? List.of(own) : List.of(), false);
	}

	/** The board of some of the campaign's units. */
	StatisticsBoard compute(CampaignView campaign, Period quarter, Collection<Long> unitIds, boolean allUnits) {
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		List<UnitView> shown = units.byIds(unitIds)
			.stream()
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(UnitView::code))
			.toList();
		List<Long> ids = shown.stream().map(UnitView::id).toList();
		Map<String, Set<String>> codesOfLeaf = new LinkedHashMap<>();
		Map<String, Rule> rules = new HashMap<>();
		for (FrameworkNode node : framework.tree().leaves()) {
			if (node.source() != Source.STATISTIC) {
				continue;
			}
			Set<String> codes = new LinkedHashSet<>();
			try {
				Rule rule = Rule.parse(node.rule(), node.ruleParams(), node.maxPoints());
				rules.put(node.code(), rule);
				codes.addAll(rule.indicators().values());
			}
			catch (RuntimeException unreadable) {
				// a rule this version cannot read: the leaf has no data
			}
			codesOfLeaf.put(node.code(), codes);
		}
		Set<String> allCodes = new LinkedHashSet<>();
		codesOfLeaf.values().forEach(allCodes::addAll);
		Map<String, Indicator> byCode = new HashMap<>();
		indicators.byCodes(allCodes).forEach((indicator) -> byCode.put(indicator.code(), indicator));
		Map<String, IndicatorKind> kinds = new HashMap<>();
		byCode.forEach((code, indicator) -> kinds.put(code, indicator.kind()));

		List<StatisticsBoard.Leaf> leaves = new ArrayList<>();
		for (Map.Entry<String, Set<String>> entry : codesOfLeaf.entrySet()) {
			FrameworkNode node = framework.tree().node(entry.getKey());
			String indicator = entry.getValue().stream().findFirst().orElse(null);
			Rule rule = rules.get(node.code());
			leaves.add(new StatisticsBoard.Leaf(node.code(), node.name(), node.maxPoints(), node.rule(), indicator,
					(indicator != null && byCode.containsKey(indicator)) ? byCode.get(indicator).kind() : null,
					(rule != null) ? rule.thresholds() : List.of(), leaves.size() % COLOURS));
		}

		Period previous = quarter.previousQuarter();
		List<Period> trend = Period.year(campaign.year())
			.quarters()
			.stream()
			.filter((q) -> q.compareTo(quarter) <= 0)
			.toList();
		List<Period> needed = new ArrayList<>(trend);
		if (!needed.contains(previous)) {
			needed.add(0, previous);
		}
		Map<Period, Map<Long, Map<String, LeafOutcome>>> outcomes = new HashMap<>();
		for (Period period : needed) {
			outcomes.put(period, outcomes(framework, ids, codesOfLeaf, rules.keySet(), byCode, kinds, period));
		}

		ScoringEngine engine = new ScoringEngine(framework.scheme(), options(campaign.id()));
		Map<Long, BaseFigures> base = baseFigures(campaign.id(), allUnits ? null : ids, ids, engine.scheme());

		List<StatisticsBoard.Row> rows = new ArrayList<>();
		// finalised units: their official points are frozen; the board still follows them
		Map<Long, java.time.Instant> frozen = store.frozen(campaign.id(), ids);
		List<StatisticsBoard.Fall> falls = new ArrayList<>();
		for (UnitView unit : shown) {
			List<StatisticsBoard.Cell> cells = new ArrayList<>();
			List<List<BigDecimal>> series = new ArrayList<>();
			boolean unitFell = false;
			for (StatisticsBoard.Leaf leaf : leaves) {
				LeafOutcome now = outcomes.get(quarter).get(unit.id()).get(leaf.code());
				LeafOutcome before = outcomes.get(previous).get(unit.id()).get(leaf.code());
				Measure measure = single(now);
				Measure previousMeasure = single(before);
				BigDecimal reached = reached(measure, leaf.thresholds());
				BigDecimal reachedBefore = reached(previousMeasure, leaf.thresholds());
				BigDecimal next = nextTier(measure, leaf.thresholds());
				boolean fell = reachedBefore != null && reached != null && reached.compareTo(reachedBefore) < 0;
				List<BigDecimal> rates = new ArrayList<>();
				for (Period period : trend) {
					rates.add(figure(single(outcomes.get(period).get(unit.id()).get(leaf.code()))));
				}
				boolean applies = framework.tree().node(leaf.code()).appliesTo(unit.type());
				StatisticsBoard.Cell cell = new StatisticsBoard.Cell(leaf, applies, now.state(),
						(measure != null) ? measure.numerator() : null,
						(measure != null) ? measure.denominator() : null,
						(measure != null && !measure.isRatio()) ? measure.value() : null, rate(measure), now.points(),
						before.state(), rate(previousMeasure),
						(previousMeasure != null && !previousMeasure.isRatio()) ? previousMeasure.value() : null,
						before.points(), (reached != null && reached.signum() < 0) ? null : reached, next,
						fell && applies, java.util.Collections.unmodifiableList(rates));
				cells.add(cell);
				if (cell.fell()) {
					unitFell = true;
					falls.add(new StatisticsBoard.Fall(unit, leaf, rate(previousMeasure), rate(measure), reachedBefore,
							(next != null) ? next : reachedBefore));
				}
				if (leaf.ratio()) {
					series.add(rates);
				}
			}
			BaseFigures figures = base.get(unit.id());
			StatisticsBoard.Projection projected = project(engine, unit, figures, leaves, outcomes.get(quarter));
			StatisticsBoard.Projection previousProjected = project(engine, unit, figures, leaves,
					outcomes.get(previous));
			List<StatisticsBoard.Leaf> ratioLeaves = leaves.stream().filter(StatisticsBoard.Leaf::ratio).toList();
			rows.add(new StatisticsBoard.Row(unit, cells, projected, previousProjected,
					BoardChart.of(240, 120, trend, ratioLeaves, series), unitFell, frozen.get(unit.id())));
		}
		BoardChart chart = allUnits ? campaignChart(trend, leaves, rows) : null;
		return new StatisticsBoard(campaign, quarter, previous, Period.year(campaign.year()).quarters(), trend, leaves,
				rows, falls, chart, allUnits);
	}

	/** Per unit and leaf, what the leaf earns over the period. */
	private Map<Long, Map<String, LeafOutcome>> outcomes(FrameworkView framework, List<Long> ids,
			Map<String, Set<String>> codesOfLeaf, Set<String> readable, Map<String, Indicator> byCode,
			Map<String, IndicatorKind> kinds, Period period) {
		Map<StatisticMeasures.Key, Measure> found = measures.measures(ids, byCode.values(), period);
		Map<Long, Map<String, LeafOutcome>> outcomes = new HashMap<>();
		for (long unit : ids) {
			Map<String, LeafOutcome> ofUnit = new HashMap<>();
			for (Map.Entry<String, Set<String>> leaf : codesOfLeaf.entrySet()) {
				Map<String, Measure> named = new HashMap<>();
				for (String code : leaf.getValue()) {
					Indicator indicator = byCode.get(code);
					Measure measure = (indicator != null) ? found.get(new StatisticMeasures.Key(unit, indicator.id()))
							: null;
					if (measure != null) {
						named.put(code, measure);
					}
				}
				ofUnit.put(leaf.getKey(),
						readable.contains(leaf.getKey())
								? StatisticLeafPoints.of(framework, leaf.getKey(), named, kinds)
								: new LeafOutcome(leaf.getKey(), LeafOutcome.State.NO_DATA, null, null, Map.of()));
			}
			outcomes.put(unit, ofUnit);
		}
		return outcomes;
	}

	/** The one measure of a rule of one indicator, or {@code null}. */
	private static Measure single(LeafOutcome outcome) {
		return (outcome != null && outcome.measures().size() == 1) ? outcome.measures().values().iterator().next()
				: null;
	}

	/** A ratio's rate as a share, or {@code null} without one (0 / 0 among them). */
	private static BigDecimal rate(Measure measure) {
		return (measure != null && measure.isRatio()) ? measure.number() : null;
	}

	/** What a chart or a trend plots: a ratio's rate, a count's or value's value. */
	private static BigDecimal figure(Measure measure) {
		return (measure == null) ? null : measure.number();
	}

	/**
	 * The highest threshold the ratio reaches, compared exactly (numerator × 100 against
	 * threshold × denominator); {@code null} without a rate or without tiers.
	 */
	static BigDecimal reached(Measure measure, List<BigDecimal> thresholds) {
		if (measure == null || !measure.isRatio() || measure.denominator().signum() == 0) {
			return null;
		}
		BigDecimal hundredfold = measure.numerator().multiply(HUNDRED);
		return thresholds.stream()
			.filter((threshold) -> hundredfold.compareTo(threshold.multiply(measure.denominator())) >= 0)
			.findFirst()
			.orElse(thresholds.isEmpty() ? null : BigDecimal.valueOf(-1));
	}

	/** The lowest threshold above the rate, or {@code null}. */
	static BigDecimal nextTier(Measure measure, List<BigDecimal> thresholds) {
		if (measure == null || !measure.isRatio() || measure.denominator().signum() == 0) {
			return null;
		}
		BigDecimal hundredfold = measure.numerator().multiply(HUNDRED);
		BigDecimal next = null;
		for (BigDecimal threshold : thresholds) {
			if (hundredfold.compareTo(threshold.multiply(measure.denominator())) < 0) {
				next = threshold;
			}
		}
		return next;
	}

	/** The campaign's chart: per ratio leaf and quarter, the mean of its units' rates. */
	private static BoardChart campaignChart(List<Period> trend, List<StatisticsBoard.Leaf> leaves,
			List<StatisticsBoard.Row> rows) {
		List<StatisticsBoard.Leaf> ratioLeaves = new ArrayList<>();
		List<List<BigDecimal>> series = new ArrayList<>();
		for (int leaf = 0; leaf < leaves.size(); leaf++) {
			if (!leaves.get(leaf).ratio()) {
				continue;
			}
			ratioLeaves.add(leaves.get(leaf));
			List<BigDecimal> means = new ArrayList<>();
			for (int q = 0; q < trend.size(); q++) {
				BigDecimal sum = BigDecimal.ZERO;
				int count = 0;
				for (StatisticsBoard.Row row : rows) {
					StatisticsBoard.Cell cell = row.cells().get(leaf);
					BigDecimal rate = cell.applies() ? cell.trend().get(q) : null;
					if (rate != null) {
						sum = sum.add(rate);
						count++;
					}
				}
				means.add((count == 0) ? null : sum.divide(BigDecimal.valueOf(count), Measure.RATE));
			}
			series.add(means);
		}
		return BoardChart.of(640, 240, trend, ratioLeaves, series);
	}

	/**
	 * The campaign's engine options: its "no data" policy matters to an index (ranking
	 * settings do not). Read from the scoring settings table, which the scoring module
	 * owns; the default (rescale) when the campaign has none.
	 */
	private Options options(long campaignId) {
		List<String> policy = jdbc.queryForList("select no_data from scoring_settings where campaign_id = ?",
				String.class, campaignId);
		Options defaults = Options.defaults();
		NoDataPolicy noData = policy.isEmpty() ? NoDataPolicy.RESCALE : NoDataPolicy.valueOf(policy.get(0));
		return new Options(defaults.method(), defaults.tieBreak(), defaults.bandBasis(), defaults.bands(),
				defaults.peers(), defaults.peerGroupCount(), noData);
	}

	/** A unit's current figures from every other source, in the scheme's leaf order. */
	private static final class BaseFigures {

		final long[] self;

		final long[] appraised;

		final boolean[] selfNotApplicable;

		final boolean[] appraisedNotApplicable;

		boolean finalised;

		BaseFigures(int leaves) {
			self = new long[leaves];
			appraised = new long[leaves];
			Arrays.fill(self, UnitInput.MISSING);
			Arrays.fill(appraised, UnitInput.MISSING);
			selfNotApplicable = new boolean[leaves];
			appraisedNotApplicable = new boolean[leaves];
		}

	}

	private Map<Long, BaseFigures> baseFigures(long campaignId, Collection<Long> asked, List<Long> ids, Scheme scheme) {
		Map<Long, BaseFigures> figures = new HashMap<>();
		ids.forEach((id) -> figures.put(id, new BaseFigures(scheme.leafCount())));
		if (ids.isEmpty()) {
			return figures;
		}
		Set<Long> finalised = new HashSet<>();
		LeafFigures sink = new LeafFigures() {

			@Override
			public void leaf(long unitId, String leafCode, long self, long appraised, boolean notApplicable,
					boolean appraisedNotApplicable) {
				BaseFigures unit = figures.get(unitId);
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
		sources.forEach((source) -> source.figures(campaignId, asked, sink));
		finalised.forEach((unit) -> {
			if (figures.containsKey(unit)) {
				figures.get(unit).finalised = true;
			}
		});
		return figures;
	}

	/**
	 * The unit's index with its statistic leaves as in the period: scored points, a 0 / 0
	 * ratio not applicable, no data (or invalid figures) without a value.
	 */
	private static StatisticsBoard.Projection project(ScoringEngine engine, UnitView unit, BaseFigures base,
			List<StatisticsBoard.Leaf> leaves, Map<Long, Map<String, LeafOutcome>> outcomes) {
		Scheme scheme = engine.scheme();
		long[] self = base.self.clone();
		long[] appraised = base.appraised.clone();
		boolean[] selfNotApplicable = base.selfNotApplicable.clone();
		boolean[] appraisedNotApplicable = base.appraisedNotApplicable.clone();
		Map<String, LeafOutcome> ofUnit = outcomes.get(unit.id());
		for (StatisticsBoard.Leaf leaf : leaves) {
			int index = scheme.leafIndex(leaf.code());
			if (index < 0) {
				continue;
			}
			LeafOutcome outcome = ofUnit.get(leaf.code());
			long value = (outcome.state() == LeafOutcome.State.SCORED) ? Amounts.of(outcome.points())
					: UnitInput.MISSING;
			boolean notApplicable = outcome.state() == LeafOutcome.State.NOT_APPLICABLE;
			self[index] = value;
			appraised[index] = value;
			selfNotApplicable[index] = notApplicable;
			appraisedNotApplicable[index] = notApplicable;
		}
		Figures figures = engine
			.score(new UnitInput(unit.id(), unit.type(), unit.ranked(), base.finalised, self, appraised,
					selfNotApplicable, appraisedNotApplicable))
			.official();
		return new StatisticsBoard.Projection(figures.points(), figures.max(), figures.percent(),
				figures.noData().leaves());
	}

}
