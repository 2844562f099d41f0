package vn.parindex.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what the dossiers of some units count as observations of the built-in ratios
 * {@code TTHC_DUNG_HAN} (every level) and {@code TTHC_DUNG_HAN_TINH}, {@code _HUYEN},
 * {@code _XA} (one level each), per month and quarter in which a dossier ended: the
 * numerator is the dossiers finished on time, the denominator those finished (on time or
 * late). A period the units' dossiers counted before and no longer do is written 0 / 0.
 * The same counts again change nothing.
 */
@Component
class DossierObservations {

	private static final Logger log = LoggerFactory.getLogger(DossierObservations.class);

	/** The source of the observations counted from dossiers. */
	static final String SOURCE = "ho-so-mot-cua";

	static final Map<String, String> INDICATOR_BY_LEVEL = Map.of("", "TTHC_DUNG_HAN", "PROVINCE", "TTHC_DUNG_HAN_TINH",
			"DISTRICT", "TTHC_DUNG_HAN_HUYEN", "COMMUNE", "TTHC_DUNG_HAN_XA");

	private final JdbcTemplate jdbc;

	private final IndicatorStore indicators;

	private final ObservationStore store;

	DossierObservations(JdbcTemplate jdbc, IndicatorStore indicators, ObservationStore store) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.store = store;
	}

	private record Key(long unitId, long indicatorId, String period) {
	}

	private static void add(Map<Key, long[]> counts, Key key, long[] figures) {
		long[] sum = counts.computeIfAbsent(key, (k) -> new long[2]);
		sum[0] += figures[0];
		sum[1] += figures[1];
	}

	/** Counts the units' dossiers again and writes the figures. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ObservationStore.Written recount(Collection<Long> unitIds, String actor) {
		if (unitIds.isEmpty()) {
			return new ObservationStore.Written(0, 0, 0, Set.of(), Set.of());
		}
		Map<String, Long> indicatorIds = new HashMap<>();
		indicators.byCodes(INDICATOR_BY_LEVEL.values())
			.forEach((indicator) -> indicatorIds.put(indicator.code(), indicator.id()));
		Long[] units = unitIds.toArray(Long[]::new);
		Map<Key, long[]> counts = new HashMap<>();
		Long all = indicatorIds.get(INDICATOR_BY_LEVEL.get(""));
		// a year of a large province is a million dossiers: their months are grouped in
		// memory (64 MB at most, one ingest at a time) rather than sorted on disk
		String workMem = jdbc.queryForObject("select current_setting('work_mem')", String.class);
		jdbc.queryForObject("select set_config('work_mem', '64MB', true)", String.class);
		jdbc.query("""
				select unit_id, level, date_trunc('month', end_day)::date,
				       count(*) filter (where outcome = 'FINISHED_ON_TIME'),
				       count(*) filter (where outcome in ('FINISHED_ON_TIME', 'FINISHED_LATE'))
				from (select unit_id, level, end_day,
				             statistic_dossier_outcome(end_day, deadline, supplement_requests, end_day) as outcome
				      from statistic_dossier
				      where unit_id = any(?) and end_day is not null) j
				group by 1, 2, 3""", (rs) -> {
			long unit = rs.getLong(1);
			Long indicator = indicatorIds.get(INDICATOR_BY_LEVEL.get(rs.getString(2)));
			LocalDate first = rs.getObject(3, LocalDate.class);
			Period month = Period.month(first.getYear(), first.getMonthValue());
			long[] figures = { rs.getLong(4), rs.getLong(5) };
			for (Long counted : java.util.Arrays.asList(indicator, all)) {
				if (counted != null) {
					add(counts, new Key(unit, counted, month.text()), figures);
					add(counts, new Key(unit, counted, month.quarters().get(0).text()), figures);
				}
			}
		}, (Object) units);
		jdbc.queryForObject("select set_config('work_mem', ?, true)", String.class, workMem);
		jdbc.query("""
				select unit_id, indicator_id, period from statistic_observation
				where replaced_at is null and source = ? and unit_id = any(?) and indicator_id = any(?)""", (rs) -> {
			counts.putIfAbsent(new Key(rs.getLong(1), rs.getLong(2), rs.getString(3)), new long[] { 0, 0 });
		}, SOURCE, units, indicatorIds.values().toArray(Long[]::new));
		long counted = System.nanoTime();
		List<NewObservation> batch = new ArrayList<>(counts.size());
		Set<Key> seen = new HashSet<>();
		counts.forEach((key, figures) -> {
			if (seen.add(key)) {
				batch
					.add(NewObservation.ratio(key.unitId(), key.indicatorId(), Period.parse(key.period()).orElseThrow(),
							BigDecimal.valueOf(figures[0]), BigDecimal.valueOf(figures[1])));
			}
		});
		ObservationStore.Written written = store.write(batch, SOURCE, ObservationChannel.DOSSIERS, actor);
		log.debug("{} observations written in {} ms", batch.size(), (System.nanoTime() - counted) / 1_000_000);
		return written;
	}

}
