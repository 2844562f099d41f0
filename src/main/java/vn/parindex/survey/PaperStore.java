package vn.parindex.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The paper forms' own tables — the share of forms drawn for a second entry and the forms
 * drawn — and the paper responses read and corrected by their serial number. No
 * permission check and no audit here: {@link PaperEntry} decides and records.
 */
@Repository
class PaperStore {

	/** The share of forms drawn for a second entry when the survey sets none. */
	static final int DEFAULT_CHECK_PERCENT = 10;

	private final JdbcTemplate jdbc;

	PaperStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int checkPercent(long surveyId) {
		return jdbc
			.queryForList("select check_percent from survey_paper_setting where survey_id = ?", Integer.class, surveyId)
			.stream()
			.findFirst()
			.orElse(DEFAULT_CHECK_PERCENT);
	}

	void setCheckPercent(long surveyId, int percent) {
		jdbc.update("""
				insert into survey_paper_setting (survey_id, check_percent) values (?, ?)
				on conflict (survey_id) do update set check_percent = excluded.check_percent""", surveyId, percent);
	}

	/** Those of the serial numbers that a response of the survey already carries. */
	Set<String> used(long surveyId, Collection<String> serials) {
		if (serials.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.queryForList("select serial from survey_response where survey_id = ? and serial = any(?)",
						String.class, surveyId, serials.toArray(String[]::new)));
	}

	/** How many paper forms the survey holds. */
	long paperForms(long surveyId) {
		Long count = jdbc.queryForObject(
				"select count(*) from survey_response where survey_id = ? and channel = 'PAPER'", Long.class, surveyId);
		return (count != null) ? count : 0;
	}

	Optional<PaperResponse> response(long surveyId, String serial) {
		return jdbc
			.query("""
					select unit_id, group_code, flags, answers::text from survey_response
					where survey_id = ? and serial = ? and channel = 'PAPER'""",
					(rs, n) -> new PaperResponse(serial, rs.getLong(1), rs.getString(2),
							ResponseStore.flags(rs.getString(3)), rs.getString(4)),
					surveyId, serial)
			.stream()
			.findFirst();
	}

	void correct(long surveyId, String serial, String answers, Set<StoredResponse.Flag> flags) {
		jdbc.update("""
				update survey_response set answers = cast(? as jsonb), flags = ?
				where survey_id = ? and serial = ? and channel = 'PAPER'""", answers, ResponseStore.flags(flags),
				surveyId, serial);
	}

	/**
	 * Draws a form for a second entry by an officer other than the one who entered it.
	 */
	void draw(long surveyId, String serial, long unitId, String group, String enteredBy, Instant now) {
		jdbc.update("""
				insert into survey_paper_check (survey_id, serial, unit_id, group_code, entered_by, drawn_at)
				values (?, ?, ?, ?, ?, ?)""", surveyId, serial, unitId, group, enteredBy, time(now));
	}

	/** The forms drawn and not yet entered a second time, the oldest first. */
	List<Check> awaiting(long surveyId) {
		return jdbc.query(SELECT + " where survey_id = ? and checked_at is null order by drawn_at, serial",
				(rs, n) -> check(rs), surveyId);
	}

	/** The forms entered a second time, the latest first. */
	List<Check> checked(long surveyId) {
		return jdbc.query(SELECT + " where survey_id = ? and checked_at is not null order by checked_at desc, serial",
				(rs, n) -> check(rs), surveyId);
	}

	Optional<Check> check(long surveyId, String serial) {
		return jdbc.query(SELECT + " where survey_id = ? and serial = ?", (rs, n) -> check(rs), surveyId, serial)
			.stream()
			.findFirst();
	}

	/**
	 * Keeps a form's second entry unless another has been kept already.
	 * @return whether this one was kept
	 */
	boolean checked(long surveyId, String serial, String checkedBy, String answers, int fields, int mismatches,
			Instant now) {
		return jdbc.update("""
				update survey_paper_check set checked_by = ?, checked_at = ?, answers = cast(? as jsonb), fields = ?,
				    mismatches = ?
				where survey_id = ? and serial = ? and checked_at is null""", checkedBy, time(now), answers, fields,
				mismatches, surveyId, serial) == 1;
	}

	/**
	 * Marks a checked form's differences resolved, unless they are already.
	 * @return whether this call resolved them
	 */
	boolean resolved(long surveyId, String serial, String resolvedBy, Instant now) {
		return jdbc.update("""
				update survey_paper_check set resolved_by = ?, resolved_at = ?
				where survey_id = ? and serial = ? and checked_at is not null and resolved_at is null""", resolvedBy,
				time(now), surveyId, serial) == 1;
	}

	/** The survey's entry errors: fields compared and fields that differed. */
	ErrorRate errorRate(long surveyId) {
		return jdbc.queryForObject("""
				select count(*), coalesce(sum(fields), 0), coalesce(sum(mismatches), 0)
				from survey_paper_check where survey_id = ? and checked_at is not null""",
				(rs, n) -> new ErrorRate(rs.getInt(1), rs.getLong(2), rs.getLong(3)), surveyId);
	}

	private static final String SELECT = """
			select serial, unit_id, group_code, entered_by, drawn_at, checked_by, checked_at, answers::text, fields,
			    mismatches, resolved_by, resolved_at
			from survey_paper_check""";

	private static Check check(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Check(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
				rs.getString(6), instant(rs, 7), rs.getString(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
				rs.getString(11), instant(rs, 12));
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A paper response as stored, found by its serial number. */
	record PaperResponse(String serial, long unitId, String group, Set<StoredResponse.Flag> flags, String answers) {
	}

	/**
	 * A form drawn for a second entry; {@code checkedAt} is {@code null} until it is
	 * entered again, {@code resolvedAt} until its differences are settled.
	 */
	record Check(String serial, long unitId, String group, String enteredBy, Instant drawnAt, String checkedBy,
			Instant checkedAt, String answers, Integer fields, Integer mismatches, String resolvedBy,
			Instant resolvedAt) {

		public boolean isChecked() {
			return checkedAt != null;
		}

		public boolean isResolved() {
			return resolvedAt != null;
		}

		public boolean needsResolving() {
			return isChecked() && !isResolved() && mismatches != null && mismatches > 0;
		}

	}

	/**
	 * Entry errors found by second entries: mismatched fields over fields compared.
	 */
	record ErrorRate(int forms, long fields, long mismatches) {

		/**
		 * The rate as a share from 0 to 1, or {@code null} before any field is compared.
		 */
		public Double rate() {
			return (fields == 0) ? null : (double) mismatches / fields;
		}

	}

}
