package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.parindex.problem.Refusal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The survey rounds' tables: a survey, its evaluated units and its populations. No
 * permission check and no audit here: the services above decide and record.
 */
@Repository
class SurveyStore {

	private static final String COLUMNS = "id, campaign_id, instrument_id, name, opens_on, closes_on, margin, "
			+ "speeding_share, device_window_minutes";

	private final JdbcTemplate jdbc;

	SurveyStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new survey (its id is ignored) with its evaluated units; answers its id.
	 */
	long insert(Survey survey, Collection<Long> unitIds) {
		Long id = jdbc.queryForObject("""
				insert into survey_survey (campaign_id, instrument_id, name, opens_on, closes_on, margin,
				    speeding_share, device_window_minutes)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, survey.campaignId(), survey.instrumentId(),
				survey.name(), survey.opensOn(), survey.closesOn(), survey.margin(), survey.speedingShare(),
				survey.deviceWindowMinutes());
		setUnits(id, unitIds);
		return id;
	}

	void setUnits(long surveyId, Collection<Long> unitIds) {
		jdbc.update("delete from survey_unit where survey_id = ? and not (unit_id = any(?))", surveyId,
				unitIds.toArray(Long[]::new));
		jdbc.batchUpdate("insert into survey_unit (survey_id, unit_id) values (?, ?) on conflict do nothing",
				unitIds.stream().distinct().map((unit) -> new Object[] { surveyId, unit }).toList());
	}

	Optional<Survey> find(long id) {
		return jdbc.query("select " + COLUMNS + " from survey_survey where id = ?", (rs, n) -> map(rs), id)
			.stream()
			.findFirst();
	}

	/**
	 * @throws Refusal 404 when it does not exist
	 */
	Survey get(long id) {
		return find(id).orElseThrow(() -> Refusal.notFound("survey.notFound", id));
	}

	/** The campaign's surveys, oldest first. */
	List<Survey> ofCampaign(long campaignId) {
		return jdbc.query("select " + COLUMNS + " from survey_survey where campaign_id = ? order by id",
				(rs, n) -> map(rs), campaignId);
	}

	/** The units a survey evaluates, by id. */
	List<Long> units(long surveyId) {
		return jdbc.queryForList("select unit_id from survey_unit where survey_id = ? order by unit_id", Long.class,
				surveyId);
	}

	/** Sets the population N of some units' groups. */
	void setPopulations(long surveyId, List<Population> populations) {
		jdbc.batchUpdate("""
				insert into survey_population (survey_id, unit_id, group_code, population) values (?, ?, ?, ?)
				on conflict (survey_id, unit_id, group_code) do update set population = excluded.population""",
				populations.stream()
					.map((p) -> new Object[] { surveyId, p.unitId(), p.group(), p.population() })
					.toList());
	}

	/** Every population of the survey, by unit id then group. */
	List<Population> populations(long surveyId) {
		return jdbc.query("""
				select unit_id, group_code, population from survey_population
				where survey_id = ? order by unit_id, group_code""",
				(rs, n) -> new Population(rs.getLong(1), rs.getString(2), rs.getLong(3)), surveyId);
	}

	private static Survey map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Survey(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
				rs.getBigDecimal(7).stripTrailingZeros(), rs.getBigDecimal(8).stripTrailingZeros(), rs.getInt(9));
	}

	/** The population N of a unit's group, with its sample n at the survey's margin. */
	record Population(long unitId, String group, long population) {

		long sample(BigDecimal margin) {
			return Samples.size(population, margin);
		}

	}

}
