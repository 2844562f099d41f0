package vn.parindex.statistics;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads observations as they are now, each with its history: the rows it replaced, newest
 * first, with who recorded them, when, how and why.
 */
@Component
public class ObservationHistory {

	/** Current observations one read returns at most. */
	public static final int MAX_ROWS = 10_000;

	private final JdbcTemplate jdbc;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	ObservationHistory(JdbcTemplate jdbc, UnitCatalog units, IndicatorStore indicators) {
		this.jdbc = jdbc;
		this.units = units;
		this.indicators = indicators;
	}

	/** One recorded figure. */
	public record Recorded(long id, String source, ObservationChannel channel, BigDecimal numerator,
			BigDecimal denominator, BigDecimal value, String note, String reason, String recordedBy, Instant recordedAt,
			Instant replacedAt) {

		/** The ratio as a fraction (1 is 100%); {@code null} for 0/0 or a value. */
		public BigDecimal rate() {
			if (numerator == null || denominator == null || denominator.signum() == 0) {
				return null;
			}
			return numerator.divide(denominator, 6, java.math.RoundingMode.HALF_UP);
		}

	}

	/** A current observation with the rows it replaced, newest first. */
	public record Observed(UnitView unit, Indicator indicator, Period period, Recorded current,
			List<Recorded> history) {
	}

	/** Observations found, and whether there were more than returned. */
	public record Found(List<Observed> observations, boolean more) {
	}

	/**
	 * The current observations of a unit, an indicator, within a period (each
	 * {@code null} for any), ordered by unit code, indicator, period and source.
	 */
	@Transactional(readOnly = true)
	public Found find(Long unitId, Long indicatorId, Period within, int limit) {
		List<Object> arguments = new ArrayList<>();
		StringBuilder where = new StringBuilder("replaced_at is null");
		if (unitId != null) {
			where.append(" and unit_id = ?");
			arguments.add(unitId);
		}
		if (indicatorId != null) {
			where.append(" and indicator_id = ?");
			arguments.add(indicatorId);
		}
		if (within != null) {
			where.append(" and period_start >= ? and period_end <= ?");
			arguments.add(Date.valueOf(within.start()));
			arguments.add(Date.valueOf(within.end()));
		}
		arguments.add(limit + 1);
		record Row(long unitId, long indicatorId, String period, Recorded recorded) {
		}
		List<Row> current = jdbc.query(
				"select unit_id, indicator_id, period, " + COLUMNS + " from statistic_observation where " + where
						+ " order by unit_id, indicator_id, period_start, period_end desc, source limit ?",
				(rs, n) -> new Row(rs.getLong("unit_id"), rs.getLong("indicator_id"), rs.getString("period"),
						recorded(rs)),
				arguments.toArray());
		boolean more = current.size() > limit;
		if (more) {
			current = current.subList(0, limit);
		}
		Map<String, List<Recorded>> history = history(current.stream()
			.map((row) -> new Object[] { row.unitId(), row.indicatorId(), row.period(), row.recorded().source() })
			.toList());
		Map<Long, UnitView> unitsById = units.byIds(current.stream().map(Row::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		Map<Long, Indicator> indicatorsById = indicators.all()
			.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		List<Observed> found = new ArrayList<>();
		for (Row row : current) {
			found.add(new Observed(unitsById.get(row.unitId()), indicatorsById.get(row.indicatorId()),
					Period.parse(row.period()).orElseThrow(), row.recorded(), history.getOrDefault(
							key(row.unitId(), row.indicatorId(), row.period(), row.recorded().source()), List.of())));
		}
		found.sort(java.util.Comparator.comparing((Observed o) -> o.unit().code())
			.thenComparing((o) -> o.indicator().code())
			.thenComparing(Observed::period)
			.thenComparing((o) -> o.current().source()));
		return new Found(found, more);
	}

	private static final String COLUMNS = """
			id, source, channel, numerator, denominator, value, note, reason, recorded_by, recorded_at, replaced_at""";

	/**
	 * The replaced rows of these keys (unit, indicator, period, source), newest first.
	 */
	private Map<String, List<Recorded>> history(List<Object[]> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return jdbc.execute((ConnectionCallback<Map<String, List<Recorded>>>) (connection) -> {
			int n = keys.size();
			Long[] unitIds = new Long[n];
			Long[] indicatorIds = new Long[n];
			String[] periods = new String[n];
			String[] sources = new String[n];
			for (int i = 0; i < n; i++) {
				unitIds[i] = (Long) keys.get(i)[0];
				indicatorIds[i] = (Long) keys.get(i)[1];
				periods[i] = (String) keys.get(i)[2];
				sources[i] = (String) keys.get(i)[3];
			}
			Array[] arrays = { connection.createArrayOf("bigint", unitIds),
					connection.createArrayOf("bigint", indicatorIds), connection.createArrayOf("text", periods),
					connection.createArrayOf("text", sources) };
			Map<String, List<Recorded>> history = new HashMap<>();
			try (PreparedStatement query = connection.prepareStatement(
					"""
							select o.unit_id, o.indicator_id, o.period, o.id, o.source, o.channel, o.numerator, o.denominator,
							       o.value, o.note, o.reason, o.recorded_by, o.recorded_at, o.replaced_at
							from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as k(unit_id, indicator_id, period, source)
							join statistic_observation o on o.unit_id = k.unit_id and o.indicator_id = k.indicator_id
							     and o.period = k.period and o.source = k.source and o.replaced_at is not null
							order by o.recorded_at desc, o.id desc""")) {
				for (int i = 0; i < arrays.length; i++) {
					query.setArray(1 + i, arrays[i]);
				}
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						history
							.computeIfAbsent(key(rs.getLong("unit_id"), rs.getLong("indicator_id"),
									rs.getString("period"), rs.getString("source")), (k) -> new ArrayList<>())
							.add(recorded(rs));
					}
				}
			}
			return history;
		});
	}

	/**
	 * Every row of a unit, indicator and period, every source, newest first: what the
	 * history page shows.
	 */
	@Transactional(readOnly = true)
	public List<Recorded> all(long unitId, long indicatorId, Period period) {
		return jdbc.query("select " + COLUMNS + """
				 from statistic_observation where unit_id = ? and indicator_id = ? and period = ?
				order by recorded_at desc, id desc""", (rs, n) -> recorded(rs), unitId, indicatorId, period.text());
	}

	/**
	 * Per period of an indicator: how many units have a current figure, and the latest.
	 */
	public record Coverage(Period period, int units, Instant latest) {
	}

	@Transactional(readOnly = true)
	public List<Coverage> coverage(long indicatorId, int limit) {
		return jdbc.query("""
				select period, count(distinct unit_id) units, max(recorded_at) latest, min(period_start) s,
				       max(period_end) e
				from statistic_observation where indicator_id = ? and replaced_at is null
				group by period order by s desc, e limit ?""",
				(rs, n) -> new Coverage(Period.parse(rs.getString("period")).orElseThrow(), rs.getInt("units"),
						rs.getTimestamp("latest").toInstant()),
				indicatorId, limit);
	}

	private static String key(long unitId, long indicatorId, String period, String source) {
		return unitId + "/" + indicatorId + "/" + period + "/" + source;
	}

	static Recorded recorded(ResultSet rs) throws SQLException {
		java.sql.Timestamp replaced = rs.getTimestamp("replaced_at");
		return new Recorded(rs.getLong("id"), rs.getString("source"),
				ObservationChannel.valueOf(rs.getString("channel")), rs.getBigDecimal("numerator"),
				rs.getBigDecimal("denominator"), rs.getBigDecimal("value"), rs.getString("note"),
				rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
				(replaced != null) ? replaced.toInstant() : null);
	}

}
