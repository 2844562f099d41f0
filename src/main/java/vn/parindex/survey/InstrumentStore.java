package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import vn.parindex.problem.Refusal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The instruments' tables: an instrument with its groups and questions, written and read
 * whole. No permission check and no audit here: the services above decide and record.
 */
@Repository
class InstrumentStore {

	private final JdbcTemplate jdbc;

	InstrumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new instrument (its id is ignored) and answers its id. */
	long insert(Instrument instrument) {
		Long id = jdbc.queryForObject("""
				insert into survey_instrument (name, year, template, layout, satisfaction)
				values (?, ?, ?, ?, ?) returning id""", Long.class, instrument.name(), instrument.year(),
				instrument.template(), instrument.layout().name(), instrument.satisfaction().name());
		writeContent(id, instrument);
		return id;
	}

	/**
	 * Replaces an instrument's name, layout, groups and questions.
	 * @throws Refusal 404 when it does not exist
	 */
	void replace(long id, Instrument instrument) {
		int updated = jdbc.update("""
				update survey_instrument set name = ?, year = ?, layout = ?, satisfaction = ?, version = version + 1
				where id = ?""", instrument.name(), instrument.year(), instrument.layout().name(),
				instrument.satisfaction().name(), id);
		if (updated == 0) {
			throw Refusal.notFound("survey.instrument.notFound", id);
		}
		jdbc.update("delete from survey_question where instrument_id = ?", id);
		jdbc.update("delete from survey_group where instrument_id = ?", id);
		writeContent(id, instrument);
	}

	private void writeContent(long id, Instrument instrument) {
		List<RespondentGroup> groups = instrument.groups();
		jdbc.batchUpdate(
				"insert into survey_group (instrument_id, position, code, name, weight) values (?, ?, ?, ?, ?)",
				java.util.stream.IntStream.range(0, groups.size())
					.mapToObj((i) -> new Object[] { id, i, groups.get(i).code(), groups.get(i).name(),
							groups.get(i).weight() })
					.toList());
		List<Question> questions = instrument.questions();
		jdbc.batchUpdate("""
				insert into survey_question (instrument_id, position, code, groups, text, type, options, cannot_judge,
				    leaf_code, element, satisfied, context)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				java.util.stream.IntStream.range(0, questions.size()).mapToObj((i) -> {
					Question q = questions.get(i);
					return new Object[] { id, i, q.code(), QuestionText.join(q.groups()), q.text(), q.type().name(),
							q.options(), q.cannotJudge(), q.leafCode(), q.element(), QuestionText.join(q.satisfied()),
							q.context() };
				}).toList());
	}

	Optional<Instrument> find(long id) {
		List<Instrument> found = jdbc.query(
				"select id, name, year, template, layout, satisfaction from survey_instrument where id = ?",
				(rs, n) -> new Instrument(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						Layout.valueOf(rs.getString(5)), Satisfaction.valueOf(rs.getString(6)), List.of(), List.of()),
				id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Instrument head = found.get(0);
		List<RespondentGroup> groups = jdbc.query(
				"select code, name, weight from survey_group where instrument_id = ? order by position",
				(rs, n) -> new RespondentGroup(rs.getString(1), rs.getString(2),
						rs.getBigDecimal(3).stripTrailingZeros()),
				id);
		List<Question> questions = jdbc.query("""
				select code, groups, text, type, options, cannot_judge, leaf_code, element, satisfied, context
				from survey_question where instrument_id = ? order by position""",
				(rs, n) -> QuestionText.parse(rs.getString(1), rs.getString(2), rs.getString(3),
						AnswerType.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getString(7),
						rs.getString(8), rs.getString(9), rs.getString(10)),
				id);
		return Optional.of(new Instrument(head.id(), head.name(), head.year(), head.template(), head.layout(),
				head.satisfaction(), groups, questions));
	}

	/**
	 * @throws Refusal 404 when it does not exist
	 */
	Instrument get(long id) {
		return find(id).orElseThrow(() -> Refusal.notFound("survey.instrument.notFound", id));
	}

	/**
	 * Whether a survey using the instrument has opened (on or before {@code today}): its
	 * questions can no longer change.
	 */
	boolean frozen(long id, java.time.LocalDate today) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from survey_survey where instrument_id = ? and opens_on <= ?)", Boolean.class,
				id, today));
	}

	static BigDecimal weight(String text) {
		return (text == null || text.isBlank()) ? BigDecimal.ONE : new BigDecimal(text.strip().replace(',', '.'));
	}

}
