package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import page's files: read and checked, then staged ({@code statistic_import}, V71)
 * with, for each row, the current observation it would replace at that moment; the
 * preview shows what applying would change (new, replaced with the old figure,
 * unchanged); applying stores exactly that, once. If any of those observations changed
 * since the preview, applying is refused (409) and nothing is stored: the file is to be
 * uploaded again for a new preview. A staged import not applied within {@link #KEPT} is
 * dropped.
 */
@Service
public class ObservationImports {

	static final Duration KEPT = Duration.ofDays(7);

	/** Rows of each kind a preview lists; the counts are always whole. */
	static final int LISTED = 500;

	private final ObservationIntake intake;

	private final ObservationFeed feed;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ObservationImports(ObservationIntake intake, ObservationFeed feed, UnitCatalog units, IndicatorStore indicators,
			JdbcTemplate jdbc, Clock clock) {
		this.intake = intake;
		this.feed = feed;
		this.units = units;
		this.indicators = indicators;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What applying a row would do. */
	public enum Change {

		NEW, REPLACED, UNCHANGED

	}

	/** A row of a staged import, with the figure it would replace. */
	public record Row(int row, UnitView unit, Indicator indicator, String period, String source, BigDecimal numerator,
			BigDecimal denominator, BigDecimal value, String note, BigDecimal oldNumerator, BigDecimal oldDenominator,
			BigDecimal oldValue, String oldNote, Change change) {
	}

	/** A staged import: its file, its state, and what it changes. */
	public record Preview(long id, String fileName, String source, String stagedBy, Instant stagedAt, boolean applied,
			String appliedBy, Instant appliedAt, Integer accepted, Integer replaced, Integer unchanged, int rows,
			Map<Change, Integer> counts, List<Row> replacedRows, List<Row> newRows, int stale) {

		public int count(Change change) {
			return counts.getOrDefault(change, 0);
		}

		public int newCount() {
			return count(Change.NEW);
		}

		public int replacedCount() {
			return count(Change.REPLACED);
		}

		public int unchangedCount() {
			return count(Change.UNCHANGED);
		}

	}

	/**
	 * Reads, checks and stages a file.
	 * @return the staged import's id
	 * @throws Refusal 400 with every error by row and column; 413 beyond the limits
	 */
	@Transactional
	public long stage(String fileName, InputStream content, String source, String actor) throws IOException {
		ObservationFeed.Outcome outcome = intake.checkFile(fileName, content, source);
		return save(fileName, (source == null || source.isBlank()) ? ObservationIntake.FILE_SOURCE : source.strip(),
				outcome.items(), actor);
	}

	private long save(String fileName, String source, List<ObservationFeed.Checked> items, String actor) {
		jdbc.update("delete from statistic_import where status = 'STAGED' and staged_at < ?",
				Timestamp.from(clock.instant().minus(KEPT)));
		Long id = jdbc.queryForObject("""
				insert into statistic_import (file_name, default_source, staged_by, staged_at, row_count)
				values (?, ?, ?, ?, ?) returning id""", Long.class, shorten(fileName, 255), source, actor,
				Timestamp.from(clock.instant()), items.size());
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			int n = items.size();
			Integer[] rows = new Integer[n];
			Long[] unitIds = new Long[n];
			Long[] indicatorIds = new Long[n];
			String[] periods = new String[n];
			String[] sources = new String[n];
			Object[] numerators = new Object[n];
			Object[] denominators = new Object[n];
			Object[] values = new Object[n];
			String[] notes = new String[n];
			for (int i = 0; i < n; i++) {
				ObservationFeed.Checked item = items.get(i);
				rows[i] = item.position();
				unitIds[i] = item.unit().id();
				indicatorIds[i] = item.indicator().id();
				periods[i] = item.period().text();
				sources[i] = item.source();
				numerators[i] = item.numerator();
				denominators[i] = item.denominator();
				values[i] = item.value();
				notes[i] = item.note();
			}
			Array[] arrays = { connection.createArrayOf("integer", rows), connection.createArrayOf("bigint", unitIds),
					connection.createArrayOf("bigint", indicatorIds), connection.createArrayOf("text", periods),
					connection.createArrayOf("text", sources), connection.createArrayOf("numeric", numerators),
					connection.createArrayOf("numeric", denominators), connection.createArrayOf("numeric", values),
					connection.createArrayOf("text", notes) };
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							insert into statistic_import_row (import_id, row_number, unit_id, indicator_id, period, source,
							                                  numerator, denominator, value, note, seen_id)
							select ?, g.*, (select o.id from statistic_observation o
							                where o.unit_id = g.unit_id and o.indicator_id = g.indicator_id
							                  and o.period = g.period and o.source = g.source and o.replaced_at is null)
							from unnest(?::integer[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::numeric[],
							            ?::numeric[], ?::numeric[], ?::text[])
							     as g(row_number, unit_id, indicator_id, period, source, numerator, denominator, value, note)""")) {
				insert.setLong(1, id);
				for (int i = 0; i < arrays.length; i++) {
					insert.setArray(2 + i, arrays[i]);
				}
				insert.executeUpdate();
			}
			return null;
		});
		return id;
	}

	/**
	 * @throws Refusal 404 for no such import
	 */
	@Transactional(readOnly = true)
	public Preview preview(long id) {
		Preview header = header(id);
		List<Row> rows = rows(id);
		Map<Change, Integer> counts = new java.util.EnumMap<>(Change.class);
		List<Row> replaced = new ArrayList<>();
		List<Row> created = new ArrayList<>();
		for (Row row : rows) {
			counts.merge(row.change(), 1, Integer::sum);
			if (row.change() == Change.REPLACED && replaced.size() < LISTED) {
				replaced.add(row);
			}
			if (row.change() == Change.NEW && created.size() < LISTED) {
				created.add(row);
			}
		}
		return new Preview(header.id(), header.fileName(), header.source(), header.stagedBy(), header.stagedAt(),
				header.applied(), header.appliedBy(), header.appliedAt(), header.accepted(), header.replaced(),
				header.unchanged(), rows.size(), counts, replaced, created, header.applied() ? 0 : stale(id));
	}

	/**
	 * Stores a staged import as its preview showed, once.
	 * @throws Refusal 404 for no such import; 409 when it was applied already, or when an
	 * observation it would replace (or add) changed since the preview
	 */
	@Transactional
	public ObservationFeed.Stored apply(long id, String actor) {
		List<String> status = jdbc.queryForList("select status from statistic_import where id = ? for update",
				String.class, id);
		if (status.isEmpty()) {
			throw Refusal.notFound("statistics.feeds.import.unknown", id);
		}
		if (!"STAGED".equals(status.get(0))) {
			throw Refusal.conflict("statistics.feeds.import.applied");
		}
		Preview header = header(id);
		List<Row> rows = rows(id);
		List<ObservationFeed.Checked> items = rows.stream()
			.map((row) -> new ObservationFeed.Checked(row.row(), row.unit(), row.indicator(),
					Period.parse(row.period()).orElseThrow(), row.source(), row.numerator(), row.denominator(),
					row.value(), row.note()))
			.toList();
		feed.lock(items);
		int stale = stale(id);
		if (stale > 0) {
			throw Refusal.conflict("statistics.feeds.import.stale", stale);
		}
		ObservationFeed.Stored stored = feed.store(items, ObservationChannel.FILE, actor, null,
				StatisticEvent.of(StatisticTrail.OBSERVATIONS_IMPORTED, actor).subject(id, header.fileName()));
		jdbc.update("""
				update statistic_import set status = 'APPLIED', applied_by = ?, applied_at = ?, accepted = ?,
				       replaced = ?, unchanged = ?
				where id = ?""", actor, Timestamp.from(clock.instant()), stored.accepted(), stored.replaced(),
				stored.unchanged(), id);
		return stored;
	}

	/**
	 * The rows whose current observation is no longer the one the preview showed (one was
	 * stored, or replaced, since).
	 */
	private int stale(long id) {
		Integer stale = jdbc.queryForObject("""
				select count(*) from statistic_import_row r
				where r.import_id = ?
				  and r.seen_id is distinct from (select o.id from statistic_observation o
				                                  where o.unit_id = r.unit_id and o.indicator_id = r.indicator_id
				                                    and o.period = r.period and o.source = r.source
				                                    and o.replaced_at is null)""", Integer.class, id);
		return (stale != null) ? stale : 0;
	}

	private Preview header(long id) {
		return jdbc
			.query("""
					select id, file_name, default_source, staged_by, staged_at, status, applied_by, applied_at,
					       accepted, replaced, unchanged, row_count
					from statistic_import where id = ?""",
					(rs, n) -> new Preview(rs.getLong("id"), rs.getString("file_name"), rs.getString("default_source"),
							rs.getString("staged_by"), rs.getTimestamp("staged_at").toInstant(),
							"APPLIED".equals(rs.getString("status")), rs.getString("applied_by"),
							instant(rs.getTimestamp("applied_at")), (Integer) rs.getObject("accepted"),
							(Integer) rs.getObject("replaced"), (Integer) rs.getObject("unchanged"),
							rs.getInt("row_count"), Map.of(), List.of(), List.of(), 0),
					id)
			.stream()
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("statistics.feeds.import.unknown", id));
	}

	private List<Row> rows(long id) {
		Map<Long, Indicator> indicatorsById = indicators.all()
			.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		Set<Long> unitIds = new HashSet<>(jdbc
			.queryForList("select distinct unit_id from statistic_import_row where import_id = ?", Long.class, id));
		Map<Long, UnitView> unitsById = units.byIds(unitIds)
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		return jdbc.query("""
				select r.row_number, r.unit_id, r.indicator_id, r.period, r.source, r.numerator, r.denominator,
				       r.value, r.note, r.seen_id, o.numerator old_numerator, o.denominator old_denominator,
				       o.value old_value, o.note old_note
				from statistic_import_row r left join statistic_observation o on o.id = r.seen_id
				where r.import_id = ? order by r.row_number""", (ResultSet rs, int n) -> {
			BigDecimal numerator = rs.getBigDecimal("numerator");
			BigDecimal denominator = rs.getBigDecimal("denominator");
			BigDecimal value = rs.getBigDecimal("value");
			String note = rs.getString("note");
			BigDecimal oldNumerator = rs.getBigDecimal("old_numerator");
			BigDecimal oldDenominator = rs.getBigDecimal("old_denominator");
			BigDecimal oldValue = rs.getBigDecimal("old_value");
			String oldNote = rs.getString("old_note");
			Change change;
			if (rs.getObject("seen_id") == null) {
				change = Change.NEW;
			}
			else if (same(numerator, oldNumerator) && same(denominator, oldDenominator) && same(value, oldValue)
					&& Objects.equals(note, oldNote)) {
				change = Change.UNCHANGED;
			}
			else {
				change = Change.REPLACED;
			}
			return new Row(rs.getInt("row_number"), unitsById.get(rs.getLong("unit_id")),
					indicatorsById.get(rs.getLong("indicator_id")), rs.getString("period"), rs.getString("source"),
					numerator, denominator, value, note, oldNumerator, oldDenominator, oldValue, oldNote, change);
		}, id);
	}

	static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String shorten(String text, int max) {
		String name = (text == null || text.isBlank()) ? "?" : text.strip();
		return (name.length() <= max) ? name : name.substring(0, max - 1) + "…";
	}

}
