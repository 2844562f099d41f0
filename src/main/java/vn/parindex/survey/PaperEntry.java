package vn.parindex.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper questionnaires (phiếu khảo sát giấy) entered by the secretariat's officers: one
 * form per serial number per survey, answers checked against the group's questions, a
 * random share of forms drawn for a second, blind entry by another officer, whose
 * differences the officers resolve against the paper form; the entry error rate they
 * measure.
 * <p>
 * Paper forms are taken from the day the survey opens, and also after it closes: forms
 * collected on paper arrive late. The stored response carries the day it was entered.
 */
@Service
class PaperEntry {

	/** A serial number as printed on a form: letters, digits, "-", "_", "." and "/". */
	static final Pattern SERIAL = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,63}");

	static final String SERIAL_FIELD = "serial";

	static final String UNIT_FIELD = "unit";

	static final String GROUP_FIELD = "group";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final ResponseStore responses;

	private final PaperStore store;

	private final UnitCatalog units;

	private final SurveyTrail trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaperEntry(SurveyStore surveys, InstrumentStore instruments, ResponseStore responses, PaperStore store,
			UnitCatalog units, SurveyTrail trail, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.instruments = instruments;
		this.responses = responses;
		this.store = store;
		this.units = units;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The survey with its instrument and evaluated units.
	 * @throws Refusal 404 when there is no such survey
	 */
	PaperSurvey survey(long surveyId) {
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		List<UnitView> evaluated = units.byIds(surveys.units(surveyId))
			.stream()
			.sorted(java.util.Comparator.comparing(UnitView::code))
			.toList();
		return new PaperSurvey(survey, instrument, evaluated, today());
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	/**
	 * Checks a form without storing it: what the summary before saving shows.
	 */
	Checked check(PaperSurvey paper, PaperForm form) {
		List<PaperAnswers.Problem> problems = new ArrayList<>();
		String serial = serial(form.serial(), problems);
		if (serial != null && !store.used(paper.survey().id(), List.of(serial)).isEmpty()) {
			problems.add(new PaperAnswers.Problem(SERIAL_FIELD, "survey.paper.serialUsed", serial));
		}
		UnitView unit = unit(paper, form.unit(), problems);
		String group = group(paper, form.group(), problems);
		ObjectNode answers = null;
		if (group != null) {
			PaperAnswers.Read read = PaperAnswers.readJson(paper.instrument(), group, form.answers());
			problems.addAll(read.problems());
			answers = read.answers();
		}
		return new Checked(serial, unit, group, answers, problems);
	}

	/**
	 * Stores one paper form.
	 * @throws Refusal 409 before the survey opens, or when a form with its serial number
	 * is stored already (also by a parallel entry); 400 listing every problem of the form
	 */
	@Transactional
	String enter(long surveyId, PaperForm form, String actor) {
		PaperSurvey paper = survey(surveyId);
		refuseBeforeOpening(paper);
		Checked checked = check(paper, form);
		if (!checked.problems().isEmpty()) {
			throw refusal(checked.problems());
		}
		store(paper, checked.serial(), checked.unit().id(), checked.group(), checked.answers(), actor);
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.PAPER_ENTERED)
			.scope(paper.survey().campaignId())
			.item(checked.serial())
			.values(null, checked.unit().code() + " / " + checked.group()));
		events.publishEvent(new SurveyResponsesChanged(surveyId, Set.of(checked.unit().id())));
		return checked.serial();
	}

	/**
	 * Stores forms read from a workbook, all or none; the caller has checked them and
	 * records the import.
	 */
	void storeAll(PaperSurvey paper, List<Checked> forms, String actor) {
		for (Checked form : forms) {
			store(paper, form.serial(), form.unit().id(), form.group(), form.answers(), actor);
		}
	}

	private void store(PaperSurvey paper, String serial, long unitId, String group, ObjectNode answers, String actor) {
		Set<StoredResponse.Flag> flags = flags(paper.instrument(), group, answers);
		try {
			responses.insert(new StoredResponse(paper.survey().id(), unitId, group, StoredResponse.Channel.PAPER,
					serial, today(), null, flags, answers.toString()));
		}
		catch (DuplicateKeyException ex) {
			throw new Refusal(HttpStatus.CONFLICT,
					List.of(Refusal.FieldError.at(Map.of("field", SERIAL_FIELD), "survey.paper.serialUsed", serial)),
					"survey.paper.serialUsed", serial);
		}
		int percent = store.checkPercent(paper.survey().id());
		if (percent > 0 && RANDOM.nextInt(100) < percent) {
			store.draw(paper.survey().id(), serial, unitId, group, actor, clock.instant());
		}
	}

	private static Set<StoredResponse.Flag> flags(Instrument instrument, String group, JsonNode answers) {
		return StraightLining.in(instrument.questionsFor(group), answers)
				? EnumSet.of(StoredResponse.Flag.STRAIGHT_LINING) : EnumSet.noneOf(StoredResponse.Flag.class);
	}

	static void refuseBeforeOpening(PaperSurvey paper) {
		if (paper.survey().phase(paper.today()) == Survey.Phase.NOT_OPEN) {
			throw Refusal.conflict("survey.paper.notOpen",
					paper.survey().opensOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
	}

	/**
	 * 409 naming the serial when a used serial is the only problem, else 400 listing
	 * every problem by its field or question code.
	 */
	static Refusal refusal(List<PaperAnswers.Problem> problems) {
		List<Refusal.FieldError> errors = problems.stream()
			.map((problem) -> Refusal.FieldError.at(location(problem.field()), problem.messageKey(),
					problem.arguments()))
			.toList();
		if (problems.size() == 1 && problems.get(0).messageKey().equals("survey.paper.serialUsed")) {
			return new Refusal(HttpStatus.CONFLICT, errors, "survey.paper.serialUsed", problems.get(0).arguments());
		}
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.paper.invalid", problems.size());
	}

	private static Map<String, Object> location(String field) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("field", field);
		return location;
	}

	/** The serial number as stored (upper case), or {@code null} with a problem. */
	static String serial(String typed, List<PaperAnswers.Problem> problems) {
		if (typed == null || typed.isBlank()) {
			problems.add(new PaperAnswers.Problem(SERIAL_FIELD, "survey.paper.serialRequired"));
			return null;
		}
		String serial = typed.strip().toUpperCase(Locale.ROOT);
		if (!SERIAL.matcher(serial).matches()) {
			problems.add(new PaperAnswers.Problem(SERIAL_FIELD, "survey.paper.serialInvalid",
					(serial.indexOf('\0') >= 0) ? serial.replace('\0', ' ') : abbreviated(serial)));
			return null;
		}
		return serial;
	}

	private static String abbreviated(String text) {
		return (text.length() > 70) ? text.substring(0, 70) + "…" : text;
	}

	static UnitView unit(PaperSurvey paper, String code, List<PaperAnswers.Problem> problems) {
		if (code == null || code.isBlank()) {
			problems.add(new PaperAnswers.Problem(UNIT_FIELD, "survey.paper.unitRequired"));
			return null;
		}
		Optional<UnitView> unit = paper.unit(code.strip());
		if (unit.isEmpty()) {
			problems.add(new PaperAnswers.Problem(UNIT_FIELD, "survey.paper.unknownUnit", abbreviated(code.strip())));
		}
		return unit.orElse(null);
	}

	static String group(PaperSurvey paper, String code, List<PaperAnswers.Problem> problems) {
		if (code == null || code.isBlank()) {
			problems.add(new PaperAnswers.Problem(GROUP_FIELD, "survey.paper.groupRequired"));
			return null;
		}
		String group = code.strip().toUpperCase(Locale.ROOT);
		if (paper.instrument().group(group).isEmpty()) {
			problems.add(new PaperAnswers.Problem(GROUP_FIELD, "survey.paper.unknownGroup", abbreviated(code.strip())));
			return null;
		}
		return group;
	}

	// --- double entry ---

	int checkPercent(long surveyId) {
		return store.checkPercent(surveyId);
	}

	/** Sets the share of forms drawn for a second entry, 0 to 100. */
	@Transactional
	void setCheckPercent(long surveyId, Integer percent, String actor) {
		Survey survey = surveys.get(surveyId);
		if (percent == null || percent < 0 || percent > 100) {
			throw Refusal.badRequest("survey.paper.percentRange").onField("percent");
		}
		int before = store.checkPercent(surveyId);
		store.setCheckPercent(surveyId, percent);
		if (before != percent) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.SURVEY_CHANGED)
				.scope(survey.campaignId())
				.item("paper.checkPercent")
				.values(before + "%", percent + "%"));
		}
	}

	List<PaperStore.Check> awaiting(long surveyId) {
		return store.awaiting(surveyId);
	}

	List<PaperStore.Check> checked(long surveyId) {
		return store.checked(surveyId);
	}

	PaperStore.ErrorRate errorRate(long surveyId) {
		return store.errorRate(surveyId);
	}

	long paperForms(long surveyId) {
		return store.paperForms(surveyId);
	}

	/**
	 * A form drawn for a second entry.
	 * @throws Refusal 404 when the survey has no such form drawn
	 */
	PaperStore.Check drawn(long surveyId, String serial) {
		return store.check(surveyId, normalized(serial))
			.orElseThrow(() -> Refusal.notFound("survey.paper.notDrawn", serial));
	}

	/**
	 * Keeps the second, blind entry of a drawn form and counts the fields that differ
	 * from the stored response.
	 * @throws Refusal 409 when the officer entered the form herself or it was entered a
	 * second time already (also in parallel); 400 listing every problem of the answers
	 */
	@Transactional
	Comparison secondEntry(long surveyId, String serial, Map<String, String> typed, String actor) {
		PaperSurvey paper = survey(surveyId);
		PaperStore.Check check = drawn(surveyId, serial);
		if (check.isChecked()) {
			throw Refusal.conflict("survey.paper.alreadyChecked", check.serial());
		}
		if (check.enteredBy().equals(actor)) {
			throw Refusal.conflict("survey.paper.checkByAnother", check.serial());
		}
		PaperAnswers.Read read = PaperAnswers.read(paper.instrument(), check.group(), typed);
		if (!read.problems().isEmpty()) {
			throw refusal(read.problems());
		}
		PaperStore.PaperResponse stored = store.response(surveyId, check.serial())
			.orElseThrow(() -> Refusal.notFound("survey.paper.notDrawn", check.serial()));
		Comparison comparison = compare(paper.instrument(), check.group(), PaperAnswers.parse(stored.answers()),
				read.answers());
		if (!store.checked(surveyId, check.serial(), actor, read.answers().toString(), comparison.fields(),
				comparison.differences().size(), clock.instant())) {
			throw Refusal.conflict("survey.paper.alreadyChecked", check.serial());
		}
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.PAPER_CHECKED)
			.scope(paper.survey().campaignId())
			.item(check.serial())
			.values(null, comparison.differences().size() + "/" + comparison.fields()));
		return comparison;
	}

	/** The stored answers and a checked form's second entry, field by field. */
	Comparison comparison(PaperSurvey paper, PaperStore.Check check) {
		ObjectNode stored = store.response(paper.survey().id(), check.serial())
			.map((response) -> PaperAnswers.parse(response.answers()))
			.orElseGet(() -> PaperAnswers.parse("{}"));
		ObjectNode second = (check.answers() != null) ? PaperAnswers.parse(check.answers()) : PaperAnswers.parse("{}");
		return compare(paper.instrument(), check.group(), stored, second);
	}

	static Comparison compare(Instrument instrument, String group, JsonNode stored, JsonNode second) {
		List<Difference> differences = new ArrayList<>();
		List<Question> questions = instrument.questionsFor(group);
		for (Question question : questions) {
			String first = PaperAnswers.typed(stored.get(question.code()));
			String again = PaperAnswers.typed(second.get(question.code()));
			if (!same(question, first, again)) {
				differences.add(new Difference(question.code(), question.text(), first, again));
			}
		}
		return new Comparison(questions.size(), differences);
	}

	private static boolean same(Question question, String first, String again) {
		if (question.type() == AnswerType.MULTI) {
			return Set.of(first.split(",")).equals(Set.of(again.split(",")));
		}
		return Objects.equals(first, again);
	}

	/**
	 * Settles a checked form's differences as the paper form reads: each corrected answer
	 * replaces the stored one, audited with its old and new value.
	 * @param corrected the answers as typed, by question code, of the differing
	 * questions; an empty one means no answer
	 * @throws Refusal 409 when they were settled already; 400 listing every problem
	 */
	@Transactional
	int resolve(long surveyId, String serial, Map<String, String> corrected, String actor) {
		PaperSurvey paper = survey(surveyId);
		PaperStore.Check check = drawn(surveyId, serial);
		if (!check.isChecked()) {
			throw Refusal.conflict("survey.paper.notChecked", check.serial());
		}
		PaperAnswers.Read read = PaperAnswers.read(paper.instrument(), check.group(), corrected);
		if (!read.problems().isEmpty()) {
			throw refusal(read.problems());
		}
		if (!store.resolved(surveyId, check.serial(), actor, clock.instant())) {
			throw Refusal.conflict("survey.paper.alreadyResolved", check.serial());
		}
		PaperStore.PaperResponse stored = store.response(surveyId, check.serial())
			.orElseThrow(() -> Refusal.notFound("survey.paper.notDrawn", check.serial()));
		ObjectNode answers = PaperAnswers.parse(stored.answers());
		List<AuditChange> changes = new ArrayList<>();
		for (String code : corrected.keySet()) {
			String key = code.strip().toUpperCase(Locale.ROOT);
			JsonNode now = read.answers().get(key);
			String before = PaperAnswers.typed(answers.get(key));
			String after = PaperAnswers.typed(now);
			if (before.equals(after)) {
				continue;
			}
			if (now == null) {
				answers.remove(key);
			}
			else {
				answers.set(key, now);
			}
			changes.add(AuditChange.of(surveyId, actor, SurveyTrail.PAPER_CHECKED)
				.scope(paper.survey().campaignId())
				.item(check.serial() + " " + key)
				.values(before, after));
		}
		if (!changes.isEmpty()) {
			ObjectNode ordered = PaperAnswers.parse("{}");
			paper.instrument()
				.questionsFor(check.group())
				.stream()
				.filter((question) -> answers.has(question.code()))
				.forEach((question) -> ordered.set(question.code(), answers.get(question.code())));
			Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
			flags.addAll(stored.flags());
			flags.remove(StoredResponse.Flag.STRAIGHT_LINING);
			flags.addAll(flags(paper.instrument(), check.group(), ordered));
			store.correct(surveyId, check.serial(), ordered.toString(), flags);
			trail.record(changes);
			events.publishEvent(new SurveyResponsesChanged(surveyId, Set.of(check.unitId())));
		}
		return changes.size();
	}

	private static String normalized(String serial) {
		return (serial == null) ? "" : serial.strip().toUpperCase(Locale.ROOT);
	}

	/** A form as an officer or a program gives it: answers by question code. */
	record PaperForm(String serial, String unit, String group, Map<String, JsonNode> answers) {

		PaperForm {
			answers = (answers != null) ? new LinkedHashMap<>(answers) : Map.of();
		}

		/** A form whose answers are all as typed on the entry page. */
		static PaperForm typed(String serial, String unit, String group, Map<String, String> typed) {
			Map<String, JsonNode> answers = new LinkedHashMap<>();
			typed.forEach((code, text) -> answers.put(code,
					(text == null) ? null : tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text)));
			return new PaperForm(serial, unit, group, answers);
		}

	}

	/**
	 * A form checked: what was read of it ({@code null} where it could not be) and every
	 * problem.
	 */
	record Checked(String serial, UnitView unit, String group, ObjectNode answers,
			List<PaperAnswers.Problem> problems) {

		Checked {
			problems = List.copyOf(problems);
		}

	}

	/** A survey as the paper pages need it. */
	record PaperSurvey(Survey survey, Instrument instrument, List<UnitView> units, LocalDate today) {

		Optional<UnitView> unit(String code) {
			return units.stream().filter((unit) -> unit.code().equalsIgnoreCase(code)).findFirst();
		}

		public Survey.Phase phase() {
			return survey.phase(today);
		}

	}

	/** How a second entry compared: the fields compared and those that differed. */
	record Comparison(int fields, List<Difference> differences) {

		Comparison {
			differences = List.copyOf(differences);
		}

	}

	/** A question whose second entry differs from the stored answer, both as typed. */
	record Difference(String code, String text, String stored, String second) {
	}

}
