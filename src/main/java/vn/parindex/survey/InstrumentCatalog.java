package vn.parindex.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.problem.Refusal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments' service: imported from a workbook, made from a template, copied to a
 * new year, edited whole (the API) or piece by piece (the edit page), each change
 * checked, refused once a survey using the instrument has opened, refused when someone
 * else saved since it was read, and recorded in the surveys' trail.
 */
@Service
class InstrumentCatalog {

	/** How many lines of an instrument's trail its page shows. */
	static final int HISTORY = 100;

	private final InstrumentStore store;

	private final SurveyTrail trail;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InstrumentCatalog(InstrumentStore store, SurveyTrail trail, JdbcTemplate jdbc, Clock clock) {
		this.store = store;
		this.trail = trail;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An instrument in the list. */
	record Summary(long id, String name, int year, String template, boolean frozen, int questions) {
	}

	/** An instrument with the version an edit must name, and whether it is frozen. */
	record Editable(Instrument instrument, int version, boolean frozen) {
	}

	/**
	 * An instrument as the edit page changes it: its fields, groups and questions as
	 * typed.
	 */
	record Draft(InstrumentRules.Head head, List<InstrumentRules.GroupEntry> groups,
			List<InstrumentRules.QuestionEntry> questions) {

		Draft {
			groups = List.copyOf(groups);
			questions = List.copyOf(questions);
		}

		static Draft of(Instrument instrument) {
			return new Draft(
					new InstrumentRules.Head(instrument.name(), instrument.year(), instrument.template(),
							instrument.layout(), instrument.satisfaction()),
					instrument.groups().stream().map(InstrumentRules::entry).toList(),
					instrument.questions().stream().map(InstrumentRules.QuestionEntry::of).toList());
		}

		Draft withHead(InstrumentRules.Head changed) {
			return new Draft(changed, groups, questions);
		}

		Draft withGroups(List<InstrumentRules.GroupEntry> changed) {
			return new Draft(head, changed, questions);
		}

		Draft withQuestions(List<InstrumentRules.QuestionEntry> changed) {
			return new Draft(head, groups, changed);
		}

	}

	List<Summary> list() {
		return jdbc.query("""
				select i.id, i.name, i.year, i.template,
				       exists (select 1 from survey_survey s where s.instrument_id = i.id and s.opens_on <= ?),
				       (select count(*) from survey_question q where q.instrument_id = i.id)
				from survey_instrument i order by i.year desc, i.name, i.id""", (rs, n) -> new Summary(rs.getLong(1),
				rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6)), today());
	}

	/**
	 * @throws Refusal 404 when there is no such instrument
	 */
	Editable get(long id) {
		// the version first: content read later is never older than it, so an edit based
		// on
		// it can only be refused as stale, never overwrite a change it did not see
		List<Integer> version = jdbc.queryForList("select version from survey_instrument where id = ?", Integer.class,
				id);
		Instrument instrument = store.get(id);
		return new Editable(instrument, version.isEmpty() ? 0 : version.get(0), store.frozen(id, today()));
	}

	/** The instrument's own lines of the surveys' trail, newest first. */
	List<AuditRecord> history(long id) {
		return jdbc.query(
				"""
						select id, subject_id, scope_id, item, occurred_at, actor, action, old_value, new_value, reason, remote_address
						from survey_event where subject_id = ? and action like 'INSTRUMENT\\_%'
						order by occurred_at desc, id desc limit ?""",
				(rs, n) -> new AuditRecord(rs.getLong(1), "survey", "survey.event." + rs.getString(7), rs.getLong(2),
						rs.getObject(3, Long.class), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)),
				id, HISTORY);
	}

	/**
	 * @throws Refusal 400 with every error of the workbook, the name or the year; nothing
	 * stored
	 */
	@Transactional
	long importWorkbook(byte[] content, String name, Integer year, String actor) {
		Instrument instrument = InstrumentWorkbook.read(content,
				new InstrumentRules.Head(name, year, null, Layout.ONE_PAGE, Satisfaction.SHARE));
		long id = store.insert(instrument);
		trail.record(AuditChange.of(id, actor, SurveyTrail.INSTRUMENT_IMPORTED).values(null, summary(instrument)));
		return id;
	}

	/** Stores a new instrument made from a template. */
	@Transactional
	long create(Instrument instrument, String actor) {
		InstrumentRules.Checked checked = InstrumentRules.check(instrument);
		if (!checked.ok()) {
			throw refusal(checked.problems());
		}
		long id = store.insert(checked.instrument());
		trail.record(AuditChange.of(id, actor, SurveyTrail.INSTRUMENT_CREATED)
			.item(instrument.template())
			.values(null, summary(checked.instrument())));
		return id;
	}

	/**
	 * A new instrument with the groups and questions of another, for a year; never
	 * frozen.
	 * @param name the new name, or {@code null}: the old one with its year changed
	 */
	@Transactional
	long copy(long id, Integer year, String name, String actor) {
		Instrument source = store.get(id);
		String newName = (name != null && !name.isBlank()) ? name : renamed(source.name(), source.year(), year);
		Draft draft = Draft.of(source)
			.withHead(
					new InstrumentRules.Head(newName, year, source.template(), source.layout(), source.satisfaction()));
		InstrumentRules.Checked checked = InstrumentRules.check(0, draft.head(), draft.groups(), draft.questions());
		if (!checked.ok()) {
			throw refusal(checked.problems());
		}
		long copy = store.insert(checked.instrument());
		trail.record(AuditChange.of(copy, actor, SurveyTrail.INSTRUMENT_COPIED)
			.values(source.name() + " (" + source.year() + ")", newName + " (" + year + ")"));
		return copy;
	}

	/**
	 * Replaces the whole instrument (the API).
	 * @throws Refusal 409 when frozen or changed since {@code version}; 400 with every
	 * problem
	 */
	@Transactional
	void replace(long id, int version, Draft draft, String actor) {
		InstrumentRules.Head head = draft.head();
		change(id, version,
				(current) -> draft.withHead(new InstrumentRules.Head(head.name(), head.year(),
						current.head().template(), (head.layout() != null) ? head.layout() : current.head().layout(),
						(head.satisfaction() != null) ? head.satisfaction() : current.head().satisfaction())),
				null, actor);
	}

	/**
	 * Changes the instrument as {@code edit} says, checks the outcome whole, and records
	 * it.
	 * @param item what changed (a question's code, "groups"), for the trail
	 * @throws Refusal 404 when it does not exist; 409 when frozen or changed since
	 * {@code version}; 400 with every problem of the outcome
	 */
	@Transactional
	Instrument change(long id, int version, UnaryOperator<Draft> edit, String item, String actor) {
		List<Integer> current = jdbc.queryForList("select version from survey_instrument where id = ? for update",
				Integer.class, id);
		if (current.isEmpty()) {
			throw Refusal.notFound("survey.instrument.notFound", id);
		}
		if (store.frozen(id, today())) {
			throw Refusal.conflict("survey.instruments.frozen");
		}
		if (current.get(0) != version) {
			throw Refusal.conflict("survey.instruments.conflict");
		}
		Instrument before = store.get(id);
		Draft draft = edit.apply(Draft.of(before));
		InstrumentRules.Checked checked = InstrumentRules.check(id, draft.head(), draft.groups(), draft.questions());
		if (!checked.ok()) {
			throw refusal(checked.problems());
		}
		Instrument after = checked.instrument();
		store.replace(id, after);
		trail.record(AuditChange.of(id, actor, SurveyTrail.INSTRUMENT_CHANGED)
			.item(item)
			.values(describe(before, item), describe(after, item)));
		return after;
	}

	/** The problems of a whole instrument, located as the API names them. */
	static Refusal refusal(List<InstrumentRules.Problem> problems) {
		return InstrumentEdits.refusal(problems);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	/** What the trail shows of the part that changed, before or after. */
	private static String describe(Instrument instrument, String item) {
		if (item == null) {
			return summary(instrument);
		}
		if (item.equals(InstrumentEdits.SETTINGS)) {
			return instrument.name() + " · " + instrument.year() + " · " + instrument.layout() + " · "
					+ instrument.satisfaction();
		}
		if (item.equals(InstrumentEdits.GROUPS)) {
			List<String> groups = new ArrayList<>();
			instrument.groups()
				.forEach((group) -> groups
					.add(group.code() + " " + group.name() + " ×" + group.weight().toPlainString()));
			return String.join("; ", groups);
		}
		if (item.equals(InstrumentEdits.ORDER)) {
			return String.join(", ", instrument.questions().stream().map(Question::code).toList());
		}
		return instrument.question(item)
			.map((question) -> question.code() + " [" + question.type() + "] " + abbreviated(question.text())
					+ (question.options().isEmpty() ? "" : " — " + question.options()))
			.orElse(null);
	}

	private static String summary(Instrument instrument) {
		return instrument.name() + " (" + instrument.year() + "): " + instrument.groups().size() + " nhóm, "
				+ instrument.questions().size() + " câu hỏi";
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/** The old name with the old year changed to the new, or the year added. */
	static String renamed(String name, int oldYear, Integer newYear) {
		if (newYear == null) {
			return name;
		}
		String old = Integer.toString(oldYear);
		String renamed = name.contains(old) ? name.replace(old, newYear.toString())
				: name + " (" + String.format(Locale.ROOT, "%d", newYear) + ")";
		return (renamed.length() > InstrumentRules.MAX_NAME) ? name : renamed;
	}

}
