package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey rounds (đợt khảo sát): creating and changing a campaign's surveys, their
 * populations and samples, and the batches of anonymous tokens handed out on cards. Every
 * change is checked whole — every error listed, nothing changed when one is found — and
 * recorded in the {@link SurveyTrail}; tokens are recorded by their count only.
 */
@Service
@Transactional
class SurveyRounds {

	/** The largest population N a unit's group may have (a country's people). */
	static final long MAX_POPULATION = 200_000_000L;

	static final int MAX_NAME = 300;

	static final int MAX_DEVICE_WINDOW = 10_080;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SurveyStore surveys;

	private final SurveyRoundStore rounds;

	private final InstrumentStore instruments;

	private final TokenStore tokens;

	private final SurveyTrail trail;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final Clock clock;

	SurveyRounds(SurveyStore surveys, SurveyRoundStore rounds, InstrumentStore instruments, TokenStore tokens,
			SurveyTrail trail, CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, Clock clock) {
		this.surveys = surveys;
		this.rounds = rounds;
		this.instruments = instruments;
		this.tokens = tokens;
		this.trail = trail;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	// ---- reading

	/** Every survey of every campaign, newest first, for the index page. */
	@Transactional(readOnly = true)
	List<IndexRow> index() {
		Map<Long, String> campaignNames = campaigns.list()
			.stream()
			.collect(Collectors.toMap(CampaignView::id, CampaignView::name));
		LocalDate today = today();
		return rounds.all().stream().map((s) -> {
			Survey.Phase phase = today.isBefore(s.opensOn()) ? Survey.Phase.NOT_OPEN
					: (today.isAfter(s.closesOn()) ? Survey.Phase.CLOSED : Survey.Phase.OPEN);
			return new IndexRow(s, campaignNames.getOrDefault(s.campaignId(), "#" + s.campaignId()), phase);
		}).toList();
	}

	/** A campaign's surveys, oldest first. */
	@Transactional(readOnly = true)
	List<Overview> ofCampaign(long campaignId) {
		campaigns.get(campaignId);
		return surveys.ofCampaign(campaignId).stream().map(this::overview).toList();
	}

	/**
	 * @throws Refusal 404 when there is no such survey
	 */
	@Transactional(readOnly = true)
	Overview get(long surveyId) {
		return overview(surveys.get(surveyId));
	}

	@Transactional(readOnly = true)
	List<AuditRecord> history(long surveyId) {
		surveys.get(surveyId);
		return trail.latest(surveyId, 100);
	}

	/**
	 * @throws Refusal 404 when there is no such campaign
	 */
	@Transactional(readOnly = true)
	CampaignView campaign(long campaignId) {
		return campaigns.get(campaignId);
	}

	@Transactional(readOnly = true)
	List<SurveyRoundStore.InstrumentChoice> instrumentChoices() {
		return rounds.instruments();
	}

	/** The units a campaign's survey may evaluate: those taking part in it, by code. */
	@Transactional(readOnly = true)
	List<UnitView> campaignUnits(long campaignId) {
		return sortedUnits(campaigns.unitIds(campaignId));
	}

	private Overview overview(Survey survey) {
		Instrument instrument = instruments.get(survey.instrumentId());
		CampaignView campaign = campaigns.get(survey.campaignId());
		List<UnitView> evaluated = sortedUnits(surveys.units(survey.id()));
		Map<String, SurveyStore.Population> stored = new HashMap<>();
		for (SurveyStore.Population p : surveys.populations(survey.id())) {
			stored.put(p.unitId() + "/" + p.group(), p);
		}
		// populations of a group the instrument no longer has are not shown
		List<PopulationRow> populations = new ArrayList<>();
		for (UnitView unit : evaluated) {
			for (RespondentGroup group : instrument.groups()) {
				SurveyStore.Population p = stored.get(unit.id() + "/" + group.code());
				if (p != null) {
					populations.add(new PopulationRow(unit, group, p.population(), p.sample(survey.margin())));
				}
			}
		}
		return new Overview(survey, campaign, instrument, survey.phase(today()), evaluated, populations);
	}

	private List<UnitView> sortedUnits(Collection<Long> ids) {
		return units.byIds(ids).stream().sorted(java.util.Comparator.comparing(UnitView::code)).toList();
	}

	// ---- creating and changing

	/**
	 * Creates a survey of the campaign; absent units mean every unit of the campaign.
	 * @throws Refusal 404 without the campaign, 400 listing every error
	 */
	long create(long campaignId, SurveyInput input, String actor) {
		CampaignView campaign = campaigns.get(campaignId);
		List<Refusal.FieldError> errors = new ArrayList<>();
		Survey candidate = new Survey(0, campaignId, (input.instrumentId() != null) ? input.instrumentId() : 0,
				input.name(), input.opensOn(), input.closesOn(),
				(input.margin() != null) ? input.margin() : Survey.DEFAULT_MARGIN,
				(input.speedingShare() != null) ? input.speedingShare() : new BigDecimal("0.3"),
				(input.deviceWindowMinutes() != null) ? input.deviceWindowMinutes() : 60);
		if (input.instrumentId() == null) {
			errors.add(error("instrumentId", "survey.rounds.error.instrumentRequired"));
		}
		List<Long> unitIds = check(candidate, campaign, input.units(), errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		long id = surveys.insert(clean(candidate), unitIds);
		trail.record(AuditChange.of(id, actor, SurveyTrail.SURVEY_CREATED)
			.scope(campaignId)
			.values(null, describe(surveys.get(id), unitIds)));
		return id;
	}

	/**
	 * Changes a survey's name, dates, margin, thresholds, units, and — until it opens —
	 * its instrument; what the input leaves out is kept.
	 * @throws Refusal 404 without the survey, 400 listing every error
	 */
	void change(long surveyId, SurveyInput input, String actor) {
		if (!rounds.lock(surveyId)) {
			throw Refusal.notFound("survey.notFound", surveyId);
		}
		Survey current = surveys.get(surveyId);
		CampaignView campaign = campaigns.get(current.campaignId());
		List<Refusal.FieldError> errors = new ArrayList<>();
		long instrumentId = (input.instrumentId() != null) ? input.instrumentId() : current.instrumentId();
		Map<Long, Long> responses = rounds.responsesPerUnit(surveyId);
		// moving the opening day back does not free the instrument of a survey answered
		// already
		if (instrumentId != current.instrumentId()
				&& (current.phase(today()) != Survey.Phase.NOT_OPEN || !responses.isEmpty())) {
			errors.add(error("instrumentId", "survey.rounds.error.instrumentLocked"));
		}
		Survey candidate = new Survey(surveyId, current.campaignId(), instrumentId,
				(input.name() != null) ? input.name() : current.name(),
				(input.opensOn() != null) ? input.opensOn() : current.opensOn(),
				(input.closesOn() != null) ? input.closesOn() : current.closesOn(),
				(input.margin() != null) ? input.margin() : current.margin(),
				(input.speedingShare() != null) ? input.speedingShare() : current.speedingShare(),
				(input.deviceWindowMinutes() != null) ? input.deviceWindowMinutes() : current.deviceWindowMinutes());
		List<String> codes = input.units();
		List<Long> before = surveys.units(surveyId);
		List<Long> unitIds = check(candidate, campaign,
				(codes != null) ? codes : units.byIds(before).stream().map(UnitView::code).toList(), errors);
		for (long dropped : before) {
			if (!unitIds.contains(dropped) && responses.getOrDefault(dropped, 0L) > 0 && !unitIdsUnknown(errors)) {
				errors
					.add(error("units", "survey.rounds.error.unitHasResponses", code(dropped), responses.get(dropped)));
			}
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		Survey changed = clean(candidate);
		String old = describe(current, before);
		rounds.update(changed);
		surveys.setUnits(surveyId, unitIds);
		rounds.keepPopulationsOf(surveyId, unitIds);
		String now = describe(changed, unitIds);
		if (!old.equals(now)) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.SURVEY_CHANGED)
				.scope(current.campaignId())
				.values(old, now));
		}
	}

	private static boolean unitIdsUnknown(List<Refusal.FieldError> errors) {
		return errors.stream().anyMatch((e) -> "units".equals(e.location().get("field")));
	}

	/**
	 * Checks a survey whole, adding every error; answers the ids of the units it
	 * evaluates (every unit of the campaign when none are named).
	 */
	private List<Long> check(Survey survey, CampaignView campaign, List<String> unitCodes,
			List<Refusal.FieldError> errors) {
		if (survey.name() == null || survey.name().isBlank()) {
			errors.add(error("name", "survey.rounds.error.nameRequired"));
		}
		else if (survey.name().strip().length() > MAX_NAME) {
			errors.add(error("name", "survey.rounds.error.nameTooLong", MAX_NAME));
		}
		if (survey.opensOn() == null) {
			errors.add(error("opensOn", "survey.rounds.error.opensOnRequired"));
		}
		if (survey.closesOn() == null) {
			errors.add(error("closesOn", "survey.rounds.error.closesOnRequired"));
		}
		if (survey.opensOn() != null && survey.closesOn() != null && survey.opensOn().isAfter(survey.closesOn())) {
			errors.add(error("closesOn", "survey.rounds.error.datesOrder", DAY.format(survey.opensOn()),
					DAY.format(survey.closesOn())));
		}
		if (survey.opensOn() != null && (survey.opensOn().getYear() < 2000 || survey.opensOn().getYear() > 2200)
				|| survey.closesOn() != null
						&& (survey.closesOn().getYear() < 2000 || survey.closesOn().getYear() > 2200)) {
			errors.add(error("opensOn", "survey.rounds.error.datesRange"));
		}
		BigDecimal margin = survey.margin();
		if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
			errors.add(error("margin", "survey.rounds.error.marginRange"));
		}
		else if (margin.stripTrailingZeros().scale() > 4) {
			errors.add(error("margin", "survey.rounds.error.marginDecimals"));
		}
		BigDecimal speeding = survey.speedingShare();
		if (speeding.signum() < 0 || speeding.compareTo(BigDecimal.ONE) > 0
				|| speeding.stripTrailingZeros().scale() > 4) {
			errors.add(error("speedingShare", "survey.rounds.error.speedingShareRange"));
		}
		if (survey.deviceWindowMinutes() < 1 || survey.deviceWindowMinutes() > MAX_DEVICE_WINDOW) {
			errors.add(error("deviceWindowMinutes", "survey.rounds.error.deviceWindowRange", MAX_DEVICE_WINDOW));
		}
		if (survey.instrumentId() != 0) {
			Optional<Instrument> instrument = instruments.find(survey.instrumentId());
			if (instrument.isEmpty()) {
				errors.add(error("instrumentId", "survey.rounds.error.instrumentNotFound", survey.instrumentId()));
			}
			else {
				checkLeaves(instrument.get(), campaign, errors);
			}
		}
		return unitIds(campaign, unitCodes, errors);
	}

	/**
	 * Every question's leaf must be a SURVEY leaf of the campaign's framework whose rule
	 * takes a survey score.
	 */
	private void checkLeaves(Instrument instrument, CampaignView campaign, List<Refusal.FieldError> errors) {
		vn.parindex.framework.FrameworkView framework = frameworks.get(campaign.frameworkId());
		FrameworkTree tree = framework.tree();
		for (Question question : instrument.questions()) {
			String leaf = question.leafCode();
			if (leaf == null || leaf.isBlank()) {
				continue;
			}
			Optional<FrameworkNode> node = tree.find(leaf);
			if (node.isEmpty()) {
				errors.add(questionError(question, "survey.rounds.error.leafUnknown", question.code(), leaf));
			}
			else if (!tree.isLeaf(leaf)) {
				errors.add(questionError(question, "survey.rounds.error.leafNotALeaf", question.code(), leaf));
			}
			else if (node.get().source() != Source.SURVEY) {
				errors.add(questionError(question, "survey.rounds.error.leafNotSurvey", question.code(), leaf));
			}
			else if (!SurveyLeafPoints.feedable(framework, leaf)) {
				errors.add(questionError(question, "survey.rounds.error.leafRule", question.code(), leaf,
						new org.springframework.context.support.DefaultMessageSourceResolvable(
								"framework.ruleKind." + node.get().rule().name())));
			}
		}
	}

	private List<Long> unitIds(CampaignView campaign, List<String> codes, List<Refusal.FieldError> errors) {
		if (codes == null) {
			List<Long> all = List.copyOf(campaigns.unitIds(campaign.id()));
			if (all.isEmpty()) {
				errors.add(error("units", "survey.rounds.error.unitsEmpty"));
			}
			return all;
		}
		List<Long> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String given : codes) {
			String code = (given != null) ? given.strip() : "";
			if (!seen.add(code)) {
				continue;
			}
			Optional<UnitView> unit = code.isEmpty() ? Optional.empty() : units.byCode(code);
			if (unit.isEmpty()) {
				errors.add(error("units", "survey.rounds.error.unitUnknown", code));
			}
			else if (!campaign.includes(unit.get().id())) {
				errors.add(error("units", "survey.rounds.error.unitNotInCampaign", code));
			}
			else {
				ids.add(unit.get().id());
			}
		}
		if (codes.isEmpty()) {
			errors.add(error("units", "survey.rounds.error.unitsEmpty"));
		}
		return ids;
	}

	private static Survey clean(Survey s) {
		return new Survey(s.id(), s.campaignId(), s.instrumentId(), s.name().strip(), s.opensOn(), s.closesOn(),
				s.margin().stripTrailingZeros(), s.speedingShare().stripTrailingZeros(), s.deviceWindowMinutes());
	}

	private String describe(Survey s, Collection<Long> unitIds) {
		return s.name() + "; #" + s.instrumentId() + "; " + DAY.format(s.opensOn()) + "–" + DAY.format(s.closesOn())
				+ "; e=" + s.margin().toPlainString() + "; " + codes(unitIds);
	}

	private String codes(Collection<Long> unitIds) {
		return units.byIds(unitIds).stream().map(UnitView::code).sorted().collect(Collectors.joining(", "));
	}

	private String code(long unitId) {
		return units.byId(unitId).map(UnitView::code).orElse("#" + unitId);
	}

	// ---- populations

	/**
	 * Sets the population N of some units' groups (0 clears it) and answers each with its
	 * sample; every error listed, nothing changed when one is found.
	 */
	List<PopulationRow> setPopulations(long surveyId, List<PopulationInput> given, String actor) {
		if (!rounds.lock(surveyId)) {
			throw Refusal.notFound("survey.notFound", surveyId);
		}
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		Map<String, UnitView> evaluated = sortedUnits(surveys.units(surveyId)).stream()
			.collect(Collectors.toMap(UnitView::code, Function.identity()));
		List<Refusal.FieldError> errors = new ArrayList<>();
		List<PopulationRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			PopulationInput row = given.get(i);
			if (row == null) {
				errors.add(rowError(i, "unit", "survey.rounds.populations.unitRequired"));
				continue;
			}
			String code = (row.unit() != null) ? row.unit().strip() : "";
			String groupCode = (row.group() != null) ? row.group().strip() : "";
			UnitView unit = evaluated.get(code);
			Optional<RespondentGroup> group = instrument.group(groupCode);
			if (code.isEmpty()) {
				errors.add(rowError(i, "unit", "survey.rounds.populations.unitRequired"));
			}
			else if (unit == null) {
				errors.add(rowError(i, "unit", "survey.rounds.populations.unitUnknown", code));
			}
			if (group.isEmpty()) {
				errors.add(rowError(i, "group", "survey.rounds.populations.groupUnknown", groupCode));
			}
			Long population = whole(row.population());
			if (row.population() == null) {
				errors.add(rowError(i, "population", "survey.rounds.populations.populationRequired"));
			}
			else if (population == null || population < 0 || population > MAX_POPULATION) {
				errors.add(rowError(i, "population", "survey.rounds.populations.populationRange", MAX_POPULATION));
			}
			if (unit != null && group.isPresent() && !seen.add(code + "/" + groupCode)) {
				errors.add(rowError(i, "unit", "survey.rounds.populations.duplicate", code, groupCode));
			}
			if (unit != null && group.isPresent() && population != null && population >= 0
					&& population <= MAX_POPULATION) {
				rows.add(new PopulationRow(unit, group.get(), population, Samples.size(population, survey.margin())));
			}
		}
		if (!errors.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.rounds.populations.invalid", errors.size());
		}
		Map<String, Long> before = new HashMap<>();
		for (SurveyStore.Population p : surveys.populations(surveyId)) {
			before.put(p.unitId() + "/" + p.group(), p.population());
		}
		List<String> changes = new ArrayList<>();
		for (PopulationRow row : rows) {
			Long old = before.get(row.unit().id() + "/" + row.group().code());
			if (old == null || old != row.population()) {
				changes.add(row.unit().code() + "/" + row.group().code() + ": " + ((old != null) ? old : "∅") + " → "
						+ row.population());
			}
		}
		surveys.setPopulations(surveyId,
				rows.stream()
					.map((row) -> new SurveyStore.Population(row.unit().id(), row.group().code(), row.population()))
					.toList());
		if (!changes.isEmpty()) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.POPULATIONS_SET)
				.scope(survey.campaignId())
				.values(null, String.join("; ", changes)));
		}
		return rows;
	}

	/** The number if it is a whole one within a long, else {@code null}. */
	private static Long whole(BigDecimal number) {
		if (number == null || number.stripTrailingZeros().scale() > 0
				|| number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
			return null;
		}
		return number.longValue();
	}

	// ---- tokens

	/**
	 * Issues a batch of anonymous tokens for a unit's group; answers them, shown this
	 * once. Recorded by their count only.
	 * @throws Refusal 400 listing every error; 409 once the survey has closed
	 */
	IssuedBatch issueTokens(long surveyId, TokenRequest request, String actor) {
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		List<Refusal.FieldError> errors = new ArrayList<>();
		String code = (request.unit() != null) ? request.unit().strip() : "";
		Optional<UnitView> unit = code.isEmpty() ? Optional.empty()
				: units.byCode(code).filter((u) -> surveys.units(surveyId).contains(u.id()));
		if (unit.isEmpty()) {
			errors.add(error("unit",
					code.isEmpty() ? "survey.rounds.tokens.unitRequired" : "survey.rounds.tokens.unitUnknown", code));
		}
		String groupCode = (request.group() != null) ? request.group().strip() : "";
		Optional<RespondentGroup> group = instrument.group(groupCode);
		if (group.isEmpty()) {
			errors.add(error("group", "survey.rounds.tokens.groupUnknown", groupCode));
		}
		if (request.count() == null || request.count() < 1 || request.count() > TokenStore.MAX_BATCH) {
			errors.add(error("count", "survey.rounds.tokens.countRange", TokenStore.MAX_BATCH));
		}
		if (!errors.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.rounds.tokens.invalid", errors.size());
		}
		if (survey.phase(today()) == Survey.Phase.CLOSED) {
			throw Refusal.conflict("survey.rounds.tokens.closed", DAY.format(survey.closesOn()));
		}
		int batch = rounds.nextBatch(surveyId);
		List<String> issued = tokens.issue(surveyId, unit.get().id(), groupCode, request.count(), false, batch)
			.stream()
			.map(TokenStore.IssuedToken::token)
			.toList();
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.TOKENS_ISSUED)
			.scope(survey.campaignId())
			.item(unit.get().code() + "/" + groupCode)
			.values(null, "#" + batch + ": " + issued.size()));
		return new IssuedBatch(survey, instrument, unit.get(), group.get(), batch, issued);
	}

	/**
	 * Revokes the tokens of a batch that nobody has started answering with.
	 * @return how many were revoked
	 */
	int revokeBatch(long surveyId, int batch, String actor) {
		Survey survey = surveys.get(surveyId);
		Optional<SurveyRoundStore.Batch> found = rounds.batches(surveyId)
			.stream()
			.filter((b) -> b.number() == batch)
			.findFirst();
		if (found.isEmpty()) {
			throw Refusal.notFound("survey.rounds.tokens.batchNotFound", batch);
		}
		int revoked = rounds.revokeUnused(surveyId, batch);
		if (revoked > 0) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.TOKENS_REVOKED)
				.scope(survey.campaignId())
				.item(code(found.get().unitId()) + "/" + found.get().group())
				.values(null, "#" + batch + ": " + revoked));
		}
		return revoked;
	}

	/**
	 * Per evaluated unit and group: the sample and the anonymous tokens in each state.
	 */
	@Transactional(readOnly = true)
	TokenBoard tokenBoard(long surveyId) {
		Overview overview = get(surveyId);
		Map<String, SurveyRoundStore.TokenCount> counts = new LinkedHashMap<>();
		for (SurveyRoundStore.TokenCount count : rounds.tokenCounts(surveyId)) {
			counts.put(count.unitId() + "/" + count.group(), count);
		}
		Map<String, Long> samples = new HashMap<>();
		for (PopulationRow p : overview.populations()) {
			samples.put(p.unit().id() + "/" + p.group().code(), p.sample());
		}
		List<TokenLine> lines = new ArrayList<>();
		for (UnitView unit : overview.units()) {
			for (RespondentGroup group : overview.instrument().groups()) {
				String key = unit.id() + "/" + group.code();
				SurveyRoundStore.TokenCount count = counts.getOrDefault(key,
						new SurveyRoundStore.TokenCount(unit.id(), group.code(), 0, 0, 0, 0));
				lines.add(new TokenLine(unit, group, samples.get(key), count.issued(), count.started(),
						count.submitted(), count.revoked()));
			}
		}
		Map<Long, UnitView> byId = overview.units().stream().collect(Collectors.toMap(UnitView::id, (u) -> u));
		List<BatchLine> batches = rounds.batches(surveyId)
			.stream()
			.map((b) -> new BatchLine(b.number(),
					Optional.ofNullable(byId.get(b.unitId())).map(UnitView::code).orElseGet(() -> code(b.unitId())),
					b.group(), b.issued(), b.unused(), b.revoked()))
			.toList();
		return new TokenBoard(overview, lines, batches);
	}

	private static Refusal invalid(List<Refusal.FieldError> errors) {
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.rounds.error.invalid", errors.size());
	}

	private static Refusal.FieldError error(String field, String key, Object... arguments) {
		return Refusal.FieldError.at(Map.of("field", field), key, arguments);
	}

	private static Refusal.FieldError questionError(Question question, String key, Object... arguments) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("field", "instrumentId");
		location.put("question", question.code());
		return Refusal.FieldError.at(location, key, arguments);
	}

	private static Refusal.FieldError rowError(int index, String field, String key, Object... arguments) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("index", index);
		location.put("field", field);
		return Refusal.FieldError.at(location, key, arguments);
	}

	// ---- shapes

	/**
	 * What a survey is created or changed with; {@code null} is "not given" (a default
	 * when creating, unchanged when changing). Units by code.
	 */
	record SurveyInput(Long instrumentId, String name, LocalDate opensOn, LocalDate closesOn, BigDecimal margin,
			List<String> units, BigDecimal speedingShare, Integer deviceWindowMinutes) {
	}

	/**
	 * @param population N, a whole number (a fraction is refused, not rounded)
	 */
	record PopulationInput(String unit, String group, BigDecimal population) {
	}

	record TokenRequest(String unit, String group, Integer count) {
	}

	record IndexRow(SurveyRoundStore.Listed survey, String campaignName, Survey.Phase phase) {
	}

	/** A survey as its pages and API show it. */
	record Overview(Survey survey, CampaignView campaign, Instrument instrument, Survey.Phase phase,
			List<UnitView> units, List<PopulationRow> populations) {
	}

	record PopulationRow(UnitView unit, RespondentGroup group, long population, long sample) {
	}

	record IssuedBatch(Survey survey, Instrument instrument, UnitView unit, RespondentGroup group, int batch,
			List<String> tokens) {
	}

	record TokenLine(UnitView unit, RespondentGroup group, Long sample, long issued, long started, long submitted,
			long revoked) {
	}

	record BatchLine(int number, String unit, String group, long issued, long unused, long revoked) {
	}

	record TokenBoard(Overview overview, List<TokenLine> lines, List<BatchLine> batches) {
	}

}
