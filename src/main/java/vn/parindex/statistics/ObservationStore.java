package vn.parindex.statistics;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes observations ({@code statistic_observation}), keeping history: a new figure for
 * the same unit, indicator, period and source replaces the current one, which stays with
 * its {@code replaced_at} set; the same figure again changes nothing (a batch sent twice
 * is stored once). Writers of one indicator take turns (a transaction-level advisory lock
 * per indicator, taken in indicator order), so that two batches never both make a figure
 * current. Set-based: a batch is two statements, whatever its size.
 */
@Component
public class ObservationStore {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ObservationStore.class);

	/** The first key of this module's advisory locks (the second is the indicator). */
	static final int LOCK_SPACE = 7013;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ObservationStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** What a write did. */
	public record Written(int accepted, int replaced, int unchanged, Set<Long> unitIds, Set<Long> indicatorIds) {

		/** Whether any figure changed. */
		public boolean changed() {
			return accepted > unchanged;
		}

	}

	/**
	 * Stores a batch from one source, all or nothing, and publishes
	 * {@link ObservationsChanged} for what changed.
	 * @param observations checked, and never two for the same unit, indicator and period
	 * @param source who holds the figures (a system's name, a file, a person)
	 * @param actor the account or API client that sent them
	 * @throws IllegalArgumentException when the batch repeats a unit, indicator and
	 * period
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Written write(List<NewObservation> observations, String source, ObservationChannel channel, String actor) {
		if (observations.isEmpty()) {
			return new Written(0, 0, 0, Set.of(), Set.of());
		}
		Set<String> keys = new HashSet<>();
		Set<Long> indicators = new TreeSet<>();
		for (NewObservation observation : observations) {
			if (!keys.add(observation.unitId() + "/" + observation.indicatorId() + "/" + observation.period())) {
				throw new IllegalArgumentException("The batch repeats " + observation.unitId() + "/"
						+ observation.indicatorId() + "/" + observation.period());
			}
			indicators.add(observation.indicatorId());
		}
		long started = System.nanoTime();
		for (long indicator : indicators) {
			jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_SPACE, (int) indicator);
		}
		long[] locked = new long[1];
		long[] retired = new long[1];
		Set<Long> units = new HashSet<>();
		Set<Long> changedIndicators = new HashSet<>();
		int[] counts = jdbc.execute((ConnectionCallback<int[]>) (connection) -> {
			Object[] arrays = arrays(connection, observations);
			// Where the table's statistics are older than its rows (a feed filling it
			// batch after batch, a first load), the planner takes it for nearly empty
			// and would compare every item with every row: each item finds its current
			// row by an index instead — the retirement by a lookup per item, the
			// insertion by the current-row key itself (on conflict: the same figure
			// again is not inserted). period_start, redundant with period, matches the
			// by-indicator index on all its columns too.
			planByIndex(connection, true);
			int replaced = 0;
			try (PreparedStatement retire = connection.prepareStatement(
					"""
							update statistic_observation o set replaced_at = now()
							from (select c.id
							      from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::date[], ?::date[], ?::numeric[],
							                  ?::numeric[], ?::numeric[], ?::varchar[], ?::varchar[])
							           as g(unit_id, indicator_id, period, period_start, period_end, numerator, denominator,
							                value, note, reason)
							      cross join lateral (
							          select x.id from statistic_observation x
							          where x.unit_id = g.unit_id and x.indicator_id = g.indicator_id and x.period = g.period
							            and x.period_start = g.period_start
							            and x.source = ?::varchar and x.replaced_at is null
							            and (x.numerator is distinct from g.numerator or x.denominator is distinct from g.denominator
							                 or x.value is distinct from g.value or x.note is distinct from g.note)
							          offset 0) c) changed
							where o.id = changed.id""")) {
				bind(retire, arrays);
				retire.setString(11, source);
				locked[0] = System.nanoTime();
				replaced = retire.executeUpdate();
				retired[0] = System.nanoTime();
			}
			int inserted = 0;
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into statistic_observation (unit_id, indicator_id, period, period_start, period_end,
					       numerator, denominator, value, note, reason, source, channel, recorded_by)
					select g.*, ?, ?, ?
					from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::date[], ?::date[], ?::numeric[],
					            ?::numeric[], ?::numeric[], ?::varchar[], ?::varchar[])
					     as g(unit_id, indicator_id, period, period_start, period_end, numerator, denominator, value,
					          note, reason)
					on conflict (unit_id, indicator_id, period, source) where replaced_at is null do nothing
					returning unit_id, indicator_id""")) {
				insert.setString(1, source);
				insert.setString(2, channel.name());
				insert.setString(3, actor);
				for (int i = 0; i < arrays.length; i++) {
					insert.setObject(4 + i, arrays[i]);
				}
				try (ResultSet rs = insert.executeQuery()) {
					while (rs.next()) {
						inserted++;
						units.add(rs.getLong(1));
						changedIndicators.add(rs.getLong(2));
					}
				}
			}
			planByIndex(connection, false);
			if (log.isDebugEnabled()) {
				log.debug("{} observations: locks in {} ms, retired in {} ms, inserted in {} ms", observations.size(),
						(locked[0] - started) / 1_000_000, (retired[0] - locked[0]) / 1_000_000,
						(System.nanoTime() - retired[0]) / 1_000_000);
			}
			return new int[] { inserted, replaced };
		});
		Written written = new Written(observations.size(), counts[1], observations.size() - counts[0], units,
				changedIndicators);
		if (written.changed()) {
			events.publishEvent(new ObservationsChanged(units, changedIndicators));
		}
		return written;
	}

	private static void planByIndex(Connection connection, boolean byIndex) throws SQLException {
		try (PreparedStatement set = connection
			.prepareStatement("select set_config('enable_seqscan', ?, true), set_config('enable_hashjoin', ?, true)")) {
			set.setString(1, byIndex ? "off" : "on");
			set.setString(2, byIndex ? "off" : "on");
			set.executeQuery().close();
		}
	}

	private static void bind(PreparedStatement statement, Object[] arrays) throws SQLException {
		for (int i = 0; i < arrays.length; i++) {
			statement.setObject(1 + i, arrays[i]);
		}
	}

	private static Object[] arrays(Connection connection, List<NewObservation> observations) throws SQLException {
		int n = observations.size();
		Long[] units = new Long[n];
		Long[] indicators = new Long[n];
		String[] periods = new String[n];
		Date[] starts = new Date[n];
		Date[] ends = new Date[n];
		Object[] numerators = new Object[n];
		Object[] denominators = new Object[n];
		Object[] values = new Object[n];
		String[] notes = new String[n];
		String[] reasons = new String[n];
		for (int i = 0; i < n; i++) {
			NewObservation observation = observations.get(i);
			units[i] = observation.unitId();
			indicators[i] = observation.indicatorId();
			periods[i] = observation.period().text();
			starts[i] = Date.valueOf(observation.period().start());
			ends[i] = Date.valueOf(observation.period().end());
			numerators[i] = observation.numerator();
			denominators[i] = observation.denominator();
			values[i] = observation.value();
			notes[i] = observation.note();
			reasons[i] = observation.reason();
		}
		Array[] arrays = { connection.createArrayOf("bigint", units), connection.createArrayOf("bigint", indicators),
				connection.createArrayOf("text", periods), connection.createArrayOf("date", starts),
				connection.createArrayOf("date", ends), connection.createArrayOf("numeric", numerators),
				connection.createArrayOf("numeric", denominators), connection.createArrayOf("numeric", values),
				connection.createArrayOf("text", notes), connection.createArrayOf("text", reasons) };
		return arrays;
	}

}
