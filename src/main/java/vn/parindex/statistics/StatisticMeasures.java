package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds up observations into {@link Measure}s: what each indicator measured for each unit
 * over a period (docs/statistics.md, "From observations to a figure").
 * <ul>
 * <li>Only current observations count (not those a later one replaced). Where several
 * sources observed the same unit, indicator and period, the most recently recorded
 * counts.</li>
 * <li>An observation of the period itself is taken as it is. Otherwise each quarter of
 * the period is taken from its own observation, or else from its months' observations;
 * what is found is added up by the indicator's {@link PeriodAggregation}, and the measure
 * says whether it covers the whole period.</li>
 * <li>A unit without any observation in the period, of an indicator that sums children,
 * has the sum of its children's measures (each found the same way), if any has one.</li>
 * <li>Nothing found is no measure at all: missing, never 0.</li>
 * </ul>
 */
@Component
public class StatisticMeasures {

	private final JdbcTemplate jdbc;

	private final UnitCatalog units;

	StatisticMeasures(JdbcTemplate jdbc, UnitCatalog units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** A unit and an indicator. */
	public record Key(long unitId, long indicatorId) {
	}

	private record Observed(Period period, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
			String source) {
	}

	/**
	 * The measures of some indicators for some units over a period; a unit and indicator
	 * without one is absent from the map.
	 */
	public Map<Key, Measure> measures(Collection<Long> unitIds, Collection<Indicator> indicators, Period period) {
		if (unitIds.isEmpty() || indicators.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> children = new HashMap<>();
		boolean anySums = indicators.stream().anyMatch(Indicator::sumChildren);
		Set<Long> wanted = new LinkedHashSet<>(unitIds);
		if (anySums) {
			for (UnitView unit : units.all()) {
				if (unit.parentId() != null) {
					children.computeIfAbsent(unit.parentId(), (parent) -> new ArrayList<>()).add(unit.id());
				}
			}
			List<Long> frontier = new ArrayList<>(unitIds);
			while (!frontier.isEmpty()) {
				List<Long> next = new ArrayList<>();
				for (long unit : frontier) {
					for (long child : children.getOrDefault(unit, List.of())) {
						if (wanted.add(child)) {
							next.add(child);
						}
					}
				}
				frontier = next;
			}
		}
		Map<Key, Map<Period, Observed>> observed = read(wanted, indicators, period);
		Map<Key, Measure> measures = new HashMap<>();
		for (Indicator indicator : indicators) {
			Map<Long, Measure> memo = new HashMap<>();
			for (long unit : unitIds) {
				Measure measure = measure(unit, indicator, period, observed, children, memo, new HashSet<>());
				if (measure != null) {
					measures.put(new Key(unit, indicator.id()), measure);
				}
			}
		}
		return measures;
	}

	private Map<Key, Map<Period, Observed>> read(Collection<Long> unitIds, Collection<Indicator> indicators,
			Period period) {
		Map<Key, Map<Period, Observed>> observed = new HashMap<>();
		// per unit, indicator and period the most recently recorded source comes last and
		// wins
		jdbc.query("""
				select unit_id, indicator_id, period, numerator, denominator, value, source
				from statistic_observation
				where replaced_at is null and indicator_id = any(?) and unit_id = any(?)
				  and period_start >= ? and period_end <= ?
				order by unit_id, indicator_id, period, recorded_at, id""", (rs) -> {
			Period observedPeriod = Period.parse(rs.getString(3)).orElseThrow();
			observed.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), (key) -> new TreeMap<>())
				.put(observedPeriod, new Observed(observedPeriod, rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getString(7)));
		}, indicators.stream().map(Indicator::id).toArray(Long[]::new), unitIds.toArray(Long[]::new),
				Date.valueOf(period.start()), Date.valueOf(period.end()));
		return observed;
	}

	private Measure measure(long unit, Indicator indicator, Period period, Map<Key, Map<Period, Observed>> observed,
			Map<Long, List<Long>> children, Map<Long, Measure> memo, Set<Long> path) {
		if (memo.containsKey(unit)) {
			return memo.get(unit);
		}
		Measure own = own(indicator, period, observed.getOrDefault(new Key(unit, indicator.id()), Map.of()));
		if (own == null && indicator.sumChildren() && path.add(unit)) {
			List<Measure> found = new ArrayList<>();
			for (long child : children.getOrDefault(unit, List.of())) {
				Measure measure = measure(child, indicator, period, observed, children, memo, path);
				if (measure != null) {
					found.add(measure);
				}
			}
			own = found.isEmpty() ? null : sumOfChildren(found);
		}
		memo.put(unit, own);
		return own;
	}

	/** The unit's own measure, or {@code null} without observations in the period. */
	static Measure own(Indicator indicator, Period period, Map<Period, Observed> byPeriod) {
		Observed whole = byPeriod.get(period);
		if (whole != null) {
			return aggregate(indicator, List.of(whole), true);
		}
		if (period.length() == Period.Length.MONTH) {
			return null;
		}
		List<Observed> chosen = new ArrayList<>();
		int monthsCovered = 0;
		for (Period quarter : period.quarters()) {
			Observed ofQuarter = (quarter.equals(period)) ? null : byPeriod.get(quarter);
			if (ofQuarter != null) {
				chosen.add(ofQuarter);
				monthsCovered += 3;
				continue;
			}
			for (Period month : quarter.months()) {
				Observed ofMonth = byPeriod.get(month);
				if (ofMonth != null) {
					chosen.add(ofMonth);
					monthsCovered++;
				}
			}
		}
		if (chosen.isEmpty()) {
			return null;
		}
		return aggregate(indicator, chosen, monthsCovered == period.months().size());
	}

	private static Measure aggregate(Indicator indicator, List<Observed> chosen, boolean complete) {
		List<Period> periods = chosen.stream().map(Observed::period).toList();
		Set<String> sources = new LinkedHashSet<>();
		chosen.forEach((observed) -> sources.add(observed.source()));
		boolean ratio = chosen.get(0).denominator() != null;
		switch (indicator.periodAggregation()) {
			case LAST: {
				Observed last = chosen.get(chosen.size() - 1);
				return new Measure(last.numerator(), last.denominator(), last.value(), periods, sources, complete,
						false);
			}
			case MEAN: {
				BigDecimal count = BigDecimal.valueOf(chosen.size());
				if (ratio) {
					return new Measure(mean(sum(chosen, Observed::numerator), count),
							mean(sum(chosen, Observed::denominator), count), null, periods, sources, complete, false);
				}
				return new Measure(null, null, mean(sum(chosen, Observed::value), count), periods, sources, complete,
						false);
			}
			default: {
				if (ratio) {
					return new Measure(sum(chosen, Observed::numerator), sum(chosen, Observed::denominator), null,
							periods, sources, complete, false);
				}
				return new Measure(null, null, sum(chosen, Observed::value), periods, sources, complete, false);
			}
		}
	}

	private static Measure sumOfChildren(List<Measure> found) {
		boolean ratio = found.get(0).isRatio();
		BigDecimal numerator = ratio ? BigDecimal.ZERO : null;
		BigDecimal denominator = ratio ? BigDecimal.ZERO : null;
		BigDecimal value = ratio ? null : BigDecimal.ZERO;
		Set<Period> periods = new java.util.TreeSet<>();
		Set<String> sources = new LinkedHashSet<>();
		boolean complete = true;
		for (Measure measure : found) {
			if (measure.isRatio() != ratio) {
				continue;
			}
			if (ratio) {
				numerator = numerator.add(measure.numerator());
				denominator = denominator.add(measure.denominator());
			}
			else {
				value = value.add(measure.value());
			}
			periods.addAll(measure.periods());
			sources.addAll(measure.sources());
			complete &= measure.complete();
		}
		return new Measure(numerator, denominator, value, List.copyOf(periods), sources, complete, true);
	}

	private static BigDecimal sum(List<Observed> chosen, java.util.function.Function<Observed, BigDecimal> part) {
		BigDecimal total = BigDecimal.ZERO;
		for (Observed observed : chosen) {
			BigDecimal amount = part.apply(observed);
			if (amount != null) {
				total = total.add(amount);
			}
		}
		return total;
	}

	/** A mean kept exact where it terminates within 20 digits. */
	private static BigDecimal mean(BigDecimal total, BigDecimal count) {
		return total.divide(count, new MathContext(20)).stripTrailingZeros();
	}

}
