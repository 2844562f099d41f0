package vn.parindex.statistics;

import java.math.BigDecimal;

/**
 * One observation to store, already checked: a known unit and indicator, a ratio's
 * numerator and denominator (both ≥ 0) or a count's or value's value, never both.
 *
 * @param reason why a person corrects an earlier figure; {@code null} otherwise
 */
public record NewObservation(long unitId, long indicatorId, Period period, BigDecimal numerator, BigDecimal denominator,
		BigDecimal value, String note, String reason) {

	public NewObservation {
		if ((numerator == null) != (denominator == null) || (numerator == null) == (value == null)) {
			throw new IllegalArgumentException("A ratio or a value, not both");
		}
	}

	public static NewObservation ratio(long unitId, long indicatorId, Period period, BigDecimal numerator,
			BigDecimal denominator) {
		return new NewObservation(unitId, indicatorId, period, numerator, denominator, null, null, null);
	}

	public static NewObservation value(long unitId, long indicatorId, Period period, BigDecimal value) {
		return new NewObservation(unitId, indicatorId, period, null, null, value, null, null);
	}

}
