package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.units.UnitView;

/**
 * One line of the counts table: a unit at one level, or over every level ({@code level}
 * null, shown first).
 *
 * @param rate finished on time over finished, in percent, rounded half-up to 2 decimals
 * for display; {@code null} when nothing finished
 */
record DossierCountRow(UnitView unit, String level, DossierCounts.Count count, BigDecimal rate) {

	static List<DossierCountRow> of(List<DossierCounts.Count> counts, Map<Long, UnitView> units) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return counts.stream()
			.filter((count) -> units.containsKey(count.unitId()))
			.map((count) -> new DossierCountRow(units.get(count.unitId()), count.level(), count, rate(count)))
			.sorted(Comparator.comparing((DossierCountRow row) -> row.unit().name(), collator)
				.thenComparing((row) -> row.unit().code())
				.thenComparingInt((row) -> (row.level() == null) ? -1 : DossierCounts.LEVELS.indexOf(row.level())))
			.toList();
	}

	private static BigDecimal rate(DossierCounts.Count count) {
		long finished = count.finished();
		if (finished == 0) {
			return null;
		}
		return BigDecimal.valueOf(count.of(DossierCounts.Outcome.FINISHED_ON_TIME))
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(finished), 2, RoundingMode.HALF_UP);
	}

}
