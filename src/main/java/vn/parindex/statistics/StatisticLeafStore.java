package vn.parindex.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored outcomes of the campaigns' {@code STATISTIC} leaves
 * ({@code statistic_leaf_points}) and the council's adjustments of them
 * ({@code statistic_leaf_adjustment}), and the units whose outcomes are frozen since
 * their appraisal was finalised ({@code statistic_leaf_freeze}). Plain reads and writes
 * in the caller's transaction; {@link #lock} serialises the writers of one campaign.
 */
@Component
class StatisticLeafStore {

	/**
	 * The first key of the advisory lock a campaign's statistic leaves are written under
	 * (the second is the campaign).
	 */
	static final int LOCK_SPACE = 7313;

	private final JdbcTemplate jdbc;

	StatisticLeafStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One stored outcome: what {@link StatisticLeafPoints} said for a unit and leaf over
	 * the campaign's year.
	 */
	record Row(long unitId, String leafCode, LeafOutcome.State state, BigDecimal points, BigDecimal numerator,
			BigDecimal denominator, BigDecimal value, BigDecimal rate, String sources, String periods,
			boolean complete) {

		/** Whether the two say the same (the scale of a number does not matter). */
		boolean sameAs(Row other) {
			return unitId == other.unitId && leafCode.equals(other.leafCode) && state == other.state
					&& same(points, other.points) && same(numerator, other.numerator)
					&& same(denominator, other.denominator) && same(value, other.value) && same(rate, other.rate)
					&& sources.equals(other.sources) && periods.equals(other.periods) && complete == other.complete;
		}

		private static boolean same(BigDecimal a, BigDecimal b) {
			return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
		}

	}

	/** The council's adjustment of a leaf's points. */
	record Adjustment(long unitId, String leafCode, BigDecimal points, String reason, String adjustedBy,
			Instant adjustedAt, int version) {
	}

	/** Takes the campaign's turn until the transaction ends. */
	void lock(long campaignId) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_SPACE, (int) campaignId);
	}

	/** The campaigns that have stored outcomes or adjustments. */
	List<Long> campaigns() {
		return jdbc.queryForList("""
				select campaign_id from statistic_leaf_points
				union select campaign_id from statistic_leaf_adjustment""", Long.class);
	}

	/** The stored outcomes of some units ({@code null}: all) of a campaign. */
	List<Row> rows(long campaignId, Collection<Long> unitIds) {
		String units = (unitIds != null) ? " and unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId };
		return jdbc
			.query("""
					select unit_id, leaf_code, state, points, numerator, denominator, value, rate, sources, periods, complete
					from statistic_leaf_points where campaign_id = ?"""
					+ units + " order by unit_id, leaf_code", StatisticLeafStore::row, arguments);
	}

	/** Replaces the stored outcomes of these units with these rows. */
	void replace(long campaignId, Collection<Long> unitIds, List<Row> rows) {
		if (unitIds.isEmpty()) {
			return;
		}
		jdbc.update("delete from statistic_leaf_points where campaign_id = ? and unit_id = any(?)", campaignId,
				unitIds.toArray(Long[]::new));
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (Row row : rows) {
			batch.add(new Object[] { campaignId, row.unitId(), row.leafCode(), row.state().name(), row.points(),
					row.numerator(), row.denominator(), row.value(), row.rate(), row.sources(), row.periods(),
					row.complete() });
		}
		jdbc.batchUpdate("""
				insert into statistic_leaf_points (campaign_id, unit_id, leaf_code, state, points, numerator,
				       denominator, value, rate, sources, periods, complete)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
	}

	/**
	 * Removes the outcomes of the units no longer taking part; answers those removed.
	 */
	List<Long> keepOnly(long campaignId, Collection<Long> participating) {
		return jdbc.queryForList("""
				delete from statistic_leaf_points where campaign_id = ? and not (unit_id = any(?))
				returning unit_id""", Long.class, campaignId, participating.toArray(Long[]::new))
			.stream()
			.distinct()
			.toList();
	}

	/**
	 * The units of a campaign ({@code null}: all) whose outcomes are frozen, with when
	 * they were frozen.
	 */
	Map<Long, Instant> frozen(long campaignId, Collection<Long> unitIds) {
		String units = (unitIds != null) ? " and unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId };
		Map<Long, Instant> frozen = new HashMap<>();
		jdbc.query("select unit_id, frozen_at from statistic_leaf_freeze where campaign_id = ?" + units,
				(ResultSet rs) -> {
					frozen.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
				}, arguments);
		return frozen;
	}

	/** Freezes the outcomes of these units as they are stored now. */
	void freeze(long campaignId, Collection<Long> unitIds, Instant at) {
		if (unitIds.isEmpty()) {
			return;
		}
		jdbc.update("""
				insert into statistic_leaf_freeze (campaign_id, unit_id, frozen_at)
				select ?, unit_id, ? from unnest(?::bigint[]) as unit_id
				on conflict (campaign_id, unit_id) do nothing""", campaignId, Timestamp.from(at),
				unitIds.toArray(Long[]::new));
	}

	/** Unfreezes these units (their outcomes are to be recomputed). */
	void thaw(long campaignId, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return;
		}
		jdbc.update("delete from statistic_leaf_freeze where campaign_id = ? and unit_id = any(?)", campaignId,
				unitIds.toArray(Long[]::new));
	}

	/** Unfreezes the units no longer taking part. */
	void keepFrozenOnly(long campaignId, Collection<Long> participating) {
		jdbc.update("delete from statistic_leaf_freeze where campaign_id = ? and not (unit_id = any(?))", campaignId,
				participating.toArray(Long[]::new));
	}

	List<Adjustment> adjustments(long campaignId, Collection<Long> unitIds) {
		String units = (unitIds != null) ? " and unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId };
		return jdbc.query("""
				select unit_id, leaf_code, points, reason, adjusted_by, adjusted_at, version
				from statistic_leaf_adjustment where campaign_id = ?""" + units + " order by unit_id, leaf_code",
				StatisticLeafStore::adjustment, arguments);
	}

	Optional<Adjustment> adjustment(long campaignId, long unitId, String leafCode) {
		return jdbc
			.query("""
					select unit_id, leaf_code, points, reason, adjusted_by, adjusted_at, version
					from statistic_leaf_adjustment where campaign_id = ? and unit_id = ? and leaf_code = ?""",
					StatisticLeafStore::adjustment, campaignId, unitId, leafCode)
			.stream()
			.findFirst();
	}

	/** Sets the adjustment (a new one, or the next version of the current one). */
	Adjustment adjust(long campaignId, long unitId, String leafCode, BigDecimal points, String reason, String actor,
			Instant at) {
		return jdbc.queryForObject("""
				insert into statistic_leaf_adjustment (campaign_id, unit_id, leaf_code, points, reason, adjusted_by,
				       adjusted_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (campaign_id, unit_id, leaf_code) do update
				   set points = excluded.points, reason = excluded.reason, adjusted_by = excluded.adjusted_by,
				       adjusted_at = excluded.adjusted_at, version = statistic_leaf_adjustment.version + 1
				returning unit_id, leaf_code, points, reason, adjusted_by, adjusted_at, version""",
				StatisticLeafStore::adjustment, campaignId, unitId, leafCode, points, reason, actor,
				Timestamp.from(at));
	}

	/** Withdraws the adjustment; whether there was one. */
	boolean withdraw(long campaignId, long unitId, String leafCode) {
		return jdbc.update(
				"delete from statistic_leaf_adjustment where campaign_id = ? and unit_id = ? and leaf_code = ?",
				campaignId, unitId, leafCode) > 0;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("unit_id"), rs.getString("leaf_code"),
				LeafOutcome.State.valueOf(rs.getString("state")), rs.getBigDecimal("points"),
				rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getBigDecimal("value"),
				rs.getBigDecimal("rate"), Objects.requireNonNullElse(rs.getString("sources"), ""),
				Objects.requireNonNullElse(rs.getString("periods"), ""), rs.getBoolean("complete"));
	}

	private static Adjustment adjustment(ResultSet rs, int n) throws SQLException {
		return new Adjustment(rs.getLong("unit_id"), rs.getString("leaf_code"), rs.getBigDecimal("points"),
				rs.getString("reason"), rs.getString("adjusted_by"), rs.getTimestamp("adjusted_at").toInstant(),
				rs.getInt("version"));
	}

}
