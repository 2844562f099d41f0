package vn.parindex.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the survey rounds' pages and API read and write beyond {@link SurveyStore}: a
 * survey's settings, the instruments to choose from, token counts and batches, and the
 * erasure of closed surveys' device keys. No permission check and no audit here.
 */
@Repository
class SurveyRoundStore {

	/** The first key of the advisory lock that numbers a survey's token batches. */
	private static final int BATCH_LOCK = 0x5352_4e44;

	private final JdbcTemplate jdbc;

	SurveyRoundStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the survey's row until the transaction ends, so that changes to one survey
	 * wait for each other.
	 * @return whether it exists
	 */
	boolean lock(long surveyId) {
		return !jdbc.queryForList("select id from survey_survey where id = ? for update", Long.class, surveyId)
			.isEmpty();
	}

	/** Writes a survey's instrument, name, dates, margin and flag thresholds. */
	void update(Survey survey) {
		jdbc.update("""
				update survey_survey set instrument_id = ?, name = ?, opens_on = ?, closes_on = ?, margin = ?,
				    speeding_share = ?, device_window_minutes = ?, version = version + 1
				where id = ?""", survey.instrumentId(), survey.name(), survey.opensOn(), survey.closesOn(),
				survey.margin(), survey.speedingShare(), survey.deviceWindowMinutes(), survey.id());
	}

	/** Forgets the populations of the units a survey no longer evaluates. */
	void keepPopulationsOf(long surveyId, Collection<Long> unitIds) {
		jdbc.update("delete from survey_population where survey_id = ? and not (unit_id = any(?))", surveyId,
				unitIds.toArray(Long[]::new));
	}

	/** Responses stored per unit of the survey. */
	Map<Long, Long> responsesPerUnit(long surveyId) {
		return jdbc
			.query("select unit_id, count(*) from survey_response where survey_id = ? group by unit_id",
					(rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)), surveyId)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Every instrument to choose from, newest year first. */
	List<InstrumentChoice> instruments() {
		return jdbc.query("select id, name, year, template from survey_instrument order by year desc, name, id",
				(rs, n) -> new InstrumentChoice(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
	}

	/** Every survey of every campaign with its instrument's name, newest first. */
	List<Listed> all() {
		return jdbc.query("""
				select s.id, s.campaign_id, s.instrument_id, s.name, s.opens_on, s.closes_on, i.name
				from survey_survey s join survey_instrument i on i.id = s.instrument_id
				order by s.opens_on desc, s.id desc""",
				(rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)));
	}

	/**
	 * The next batch number of the survey's tokens. Takes a lock held until the
	 * transaction ends, so that two batches issued at once get two numbers.
	 */
	int nextBatch(long surveyId) {
		jdbc.query("select pg_advisory_xact_lock(?, ?)", (rs) -> {
		}, BATCH_LOCK, (int) surveyId);
		Integer last = jdbc.queryForObject("select max(batch) from survey_token where survey_id = ?", Integer.class,
				surveyId);
		return (last == null) ? 1 : last + 1;
	}

	/** How many anonymous tokens of the survey are in each state, per unit and group. */
	List<TokenCount> tokenCounts(long surveyId) {
		return jdbc.query("""
				select unit_id, group_code,
				    count(*),
				    count(*) filter (where state = 'STARTED'),
				    count(*) filter (where state = 'SUBMITTED'),
				    count(*) filter (where state = 'REVOKED')
				from survey_token where survey_id = ? and not named
				group by unit_id, group_code order by unit_id, group_code""", (rs, n) -> new TokenCount(rs.getLong(1),
				rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), surveyId);
	}

	/** The survey's batches of anonymous tokens, newest first. */
	List<Batch> batches(long surveyId) {
		return jdbc.query("""
				select batch, min(unit_id), min(group_code), count(*), count(*) filter (where state = 'NEW'),
				    count(*) filter (where state = 'REVOKED')
				from survey_token where survey_id = ? and batch is not null and not named
				group by batch order by batch desc""", (rs, n) -> new Batch(rs.getInt(1), rs.getLong(2),
				rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), surveyId);
	}

	/**
	 * Revokes the tokens of a batch nobody has started answering with.
	 * @return how many were revoked
	 */
	int revokeUnused(long surveyId, int batch) {
		return jdbc.update("""
				update survey_token set state = 'REVOKED'
				where survey_id = ? and batch = ? and not named and state = 'NEW'""", surveyId, batch);
	}

	/**
	 * Erases the device key of every survey closed before {@code today}; a survey whose
	 * key another transaction erases first is not answered twice.
	 * @return the surveys whose key this call erased
	 */
	List<Erased> eraseDeviceKeysClosedBefore(LocalDate today) {
		return jdbc.query("""
				update survey_survey set device_key = null
				where device_key is not null and closes_on < ?
				returning id, campaign_id, closes_on""",
				(rs, n) -> new Erased(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)), today);
	}

	record InstrumentChoice(long id, String name, int year, String template) {
	}

	record Listed(long id, long campaignId, long instrumentId, String name, LocalDate opensOn, LocalDate closesOn,
			String instrumentName) {
	}

	/**
	 * @param issued every anonymous token issued, whatever its state
	 */
	record TokenCount(long unitId, String group, long issued, long started, long submitted, long revoked) {
	}

	record Batch(int number, long unitId, String group, long issued, long unused, long revoked) {
	}

	record Erased(long surveyId, long campaignId, LocalDate closedOn) {
	}

}
