package vn.parindex.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts dossiers per unit and level over a period by the one rule (the SQL functions of
 * V72, docs/statistics-dossiers.md): those that ended within the period, on time or late,
 * and those still open on its last day — or today, for the period under way — within time
 * or overdue; and lists the dossiers behind any count.
 */
@Component
public class DossierCounts {

	/** What a dossier is on the day it is judged. */
	public enum Outcome {

		FINISHED_ON_TIME, FINISHED_LATE, OPEN_ON_TIME, OPEN_OVERDUE, CANNOT_JUDGE

	}

	/** The levels, in the order pages show them. */
	public static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE");

	/** Dossiers a page of the list shows. */
	public static final int PAGE = 50;

	private static final String WITHIN = """
			from statistic_dossier
			where received_day <= ? and (end_day is null or end_day >= ?)""";

	private final JdbcTemplate jdbc;

	DossierCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit's counts at one level (or every level, {@code level} null). */
	public record Count(long unitId, String level, Map<Outcome, Long> byOutcome) {

		public long of(Outcome outcome) {
			return byOutcome.getOrDefault(outcome, 0L);
		}

		public long finished() {
			return of(Outcome.FINISHED_ON_TIME) + of(Outcome.FINISHED_LATE);
		}

		public long total() {
			return byOutcome.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** One dossier as the list shows it, with what it was judged. */
	public record Listed(long unitId, String dossier, String procedure, String level, String channel, String status,
			OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt,
			OffsetDateTime supplementRequestedAt, int supplementRequests, int supplementDays, Integer timeLimitDays,
			LocalDate endDay, LocalDate deadline, LocalDate judgedOn, Outcome outcome) {
	}

	/** A page of the list and how many dossiers there are in all. */
	public record Listing(List<Listed> dossiers, long total, int page) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE - 1) / PAGE);
		}

	}

	/**
	 * The day a period's open dossiers are judged on: its last day, or today while it
	 * lasts; {@code null} for a period not begun.
	 */
	public static LocalDate judgedOn(Period period, LocalDate today) {
		if (period.start().isAfter(today)) {
			return null;
		}
		return period.end().isAfter(today) ? today : period.end();
	}

	/**
	 * Per unit and level, and per unit over every level, the counts of a period.
	 * @param unitId one unit, or {@code null} for all
	 */
	public List<Count> counts(Period period, Long unitId, LocalDate today) {
		LocalDate day = judgedOn(period, today);
		if (day == null) {
			return List.of();
		}
		Map<String, Map<Outcome, Long>> found = new LinkedHashMap<>();
		jdbc.query(
				"""
						select unit_id, level, outcome, count(*) from (
						    select unit_id, level, statistic_dossier_outcome(end_day, deadline, supplement_requests, ?) as outcome
						    %s and (?::bigint is null or unit_id = ?)) j
						group by grouping sets ((unit_id, level, outcome), (unit_id, outcome))
						order by unit_id, level nulls first"""
					.formatted(WITHIN),
				(rs) -> {
					String key = rs.getLong(1) + "/" + ((rs.getString(2) == null) ? "" : rs.getString(2));
					found.computeIfAbsent(key, (k) -> new LinkedHashMap<>())
						.put(Outcome.valueOf(rs.getString(3)), rs.getLong(4));
				}, Date.valueOf(day), Date.valueOf(day), Date.valueOf(period.start()), unitId, unitId);
		List<Count> counts = new ArrayList<>();
		found.forEach((key, byOutcome) -> {
			int slash = key.indexOf('/');
			String level = key.substring(slash + 1);
			counts.add(new Count(Long.parseLong(key.substring(0, slash)), level.isEmpty() ? null : level,
					Map.copyOf(byOutcome)));
		});
		return counts;
	}

	/**
	 * The dossiers of a unit behind a count, oldest received first.
	 * @param level one level or {@code null} for all
	 * @param outcome one outcome or {@code null} for all
	 * @param page from 1
	 */
	public Listing list(long unitId, String level, Period period, Outcome outcome, int page, LocalDate today) {
		LocalDate day = judgedOn(period, today);
		if (day == null) {
			return new Listing(List.of(), 0, 1);
		}
		String where = WITHIN + " and unit_id = ? and (?::text is null or level = ?)";
		String judged = """
				select *, statistic_dossier_outcome(end_day, deadline, supplement_requests, ?) as outcome
				""" + where;
		String outcomeName = (outcome == null) ? null : outcome.name();
		Object[] parameters = { Date.valueOf(day), Date.valueOf(day), Date.valueOf(period.start()), unitId, level,
				level };
		Long total = jdbc.queryForObject(
				"select count(*) from (" + judged + ") j where (?::text is null or outcome = ?)", Long.class,
				append(parameters, outcomeName, outcomeName));
		int from = Math.max(1, page);
		List<Listed> dossiers = jdbc.query(
				"select * from (" + judged + ") j where (?::text is null or outcome = ?) "
						+ "order by received_at, dossier limit ? offset ?",
				(rs, n) -> listed(rs, day), append(parameters, outcomeName, outcomeName, PAGE, (from - 1) * PAGE));
		return new Listing(dossiers, (total == null) ? 0 : total, from);
	}

	private static Object[] append(Object[] first, Object... more) {
		Object[] all = new Object[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	private static Listed listed(ResultSet rs, LocalDate day) throws SQLException {
		return new Listed(rs.getLong("unit_id"), rs.getString("dossier"), rs.getString("procedure"),
				rs.getString("level"), rs.getString("channel"), rs.getString("status"),
				rs.getObject("received_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class),
				rs.getObject("supplement_requested_at", OffsetDateTime.class), rs.getInt("supplement_requests"),
				rs.getInt("supplement_days"), rs.getObject("time_limit_days", Integer.class),
				rs.getObject("end_day", LocalDate.class), rs.getObject("deadline", LocalDate.class), day,
				Outcome.valueOf(rs.getString("outcome")));
	}

}
