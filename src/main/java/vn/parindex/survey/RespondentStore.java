package vn.parindex.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The named respondents' table, read with their tokens' states. No permission check and
 * no audit here. Nothing here touches a response: a respondent's row and a response share
 * no key.
 */
@Repository
class RespondentStore {

	/** The first key of the advisory lock that serialises the imports of one survey. */
	static final int IMPORT_LOCK = 0x52_45_53_50;

	private static final String SELECT = """
			select r.id, r.survey_id, r.unit_id, r.group_code, r.name, r.position, r.email, r.phone, r.token_id,
			    r.invited_at, r.reminded_at, t.state
			from survey_respondent r left join survey_token t on t.id = r.token_id
			""";

	private final JdbcTemplate jdbc;

	RespondentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits, until the transaction ends, for any other import into the survey. */
	void lockImports(long surveyId) {
		jdbc.query("select pg_advisory_xact_lock(?, ?)", (rs) -> null, IMPORT_LOCK, (int) surveyId);
	}

	/**
	 * The contact keys of the survey's respondents, see
	 * {@link RespondentSheet#contactKey}.
	 */
	Set<String> contactKeys(long surveyId) {
		return new HashSet<>(jdbc.query("select email, phone from survey_respondent where survey_id = ?",
				(rs, n) -> RespondentSheet.contactKey(rs.getString(1), rs.getString(2)), surveyId));
	}

	long insert(long surveyId, RespondentSheet.Entry entry, long tokenId, Instant invitedAt) {
		return jdbc.queryForObject("""
				insert into survey_respondent (survey_id, unit_id, group_code, name, position, email, phone, token_id,
				    invited_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, surveyId, entry.unitId(), entry.group(),
				entry.name(), entry.position(), entry.email(), entry.phone(), tokenId, Timestamp.from(invitedAt));
	}

	/** The survey's respondents by unit, group and name. */
	List<NamedRespondent> list(long surveyId) {
		return jdbc.query(SELECT + " where r.survey_id = ? order by r.unit_id, r.group_code, r.name, r.id",
				(rs, n) -> map(rs), surveyId);
	}

	/** One respondent of the survey, her row locked until the transaction ends. */
	Optional<NamedRespondent> lock(long surveyId, long id) {
		return jdbc
			.query(SELECT + " where r.survey_id = ? and r.id = ? for update of r", (rs, n) -> map(rs), surveyId, id)
			.stream()
			.findFirst();
	}

	/**
	 * Revokes a token not yet submitted and deletes the draft it held.
	 */
	void revoke(long tokenId) {
		jdbc.update("update survey_token set state = 'REVOKED' where id = ? and state in ('NEW', 'STARTED')", tokenId);
		jdbc.update("delete from survey_draft where token_id = ?", tokenId);
	}

	/** Gives the respondent a new token, as invited now. */
	void replaceToken(long id, long tokenId, Instant invitedAt) {
		jdbc.update("update survey_respondent set token_id = ?, invited_at = ? where id = ?", tokenId,
				Timestamp.from(invitedAt), id);
	}

	/**
	 * The respondents of the survey (of one unit and group, when given) that an e-mail
	 * reminder can reach: with an address, a token still pending, not reminded since the
	 * instant given.
	 */
	List<Long> dueForReminder(long surveyId, Long unitId, String group, Instant notSince) {
		return jdbc.queryForList("""
				select r.id from survey_respondent r join survey_token t on t.id = r.token_id
				where r.survey_id = ? and r.email is not null and t.state in ('NEW', 'STARTED')
				  and (r.reminded_at is null or r.reminded_at < ?)
				  and (cast(? as bigint) is null or r.unit_id = ?) and (cast(? as varchar) is null or r.group_code = ?)
				order by r.id""", Long.class, surveyId, Timestamp.from(notSince), unitId, unitId, group, group);
	}

	/**
	 * Claims a respondent for a reminder: marks her reminded now if she is still due. On
	 * two nodes at once, one claims her and the other, waiting on the row, finds her
	 * reminded.
	 */
	Optional<NamedRespondent> claimReminder(long surveyId, long id, Instant notSince, Instant now) {
		int claimed = jdbc.update("""
				update survey_respondent r set reminded_at = ?
				from survey_token t
				where r.id = ? and r.survey_id = ? and t.id = r.token_id and t.state in ('NEW', 'STARTED')
				  and r.email is not null and (r.reminded_at is null or r.reminded_at < ?)""", Timestamp.from(now), id,
				surveyId, Timestamp.from(notSince));
		return (claimed == 0) ? Optional.empty() : lock(surveyId, id);
	}

	/** The surveys that close on one of the days and have named respondents. */
	List<Long> surveysClosingOn(List<java.time.LocalDate> days) {
		if (days.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(days.size(), "?"));
		return jdbc.queryForList(
				"select s.id from survey_survey s where s.closes_on in (" + marks
						+ ") and exists (select 1 from survey_respondent r where r.survey_id = s.id) order by s.id",
				Long.class, days.toArray());
	}

	/** Per unit and group: the respondents invited and those who have answered. */
	List<NamedCount> counts(long surveyId) {
		return jdbc.query("""
				select r.unit_id, r.group_code, count(*), count(*) filter (where t.state = 'SUBMITTED'),
				    count(*) filter (where t.state in ('NEW', 'STARTED') and r.email is not null)
				from survey_respondent r left join survey_token t on t.id = r.token_id
				where r.survey_id = ? group by r.unit_id, r.group_code""",
				(rs, n) -> new NamedCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
				surveyId);
	}

	private static NamedRespondent map(ResultSet rs) throws SQLException {
		String state = rs.getString(12);
		return new NamedRespondent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), instant(rs, 10),
				instant(rs, 11), (state != null) ? Token.State.valueOf(state) : null);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * @param reachable those still pending whom an e-mail reminder can reach
	 */
	record NamedCount(long unitId, String group, long invited, long answered, long reachable) {
	}

}
