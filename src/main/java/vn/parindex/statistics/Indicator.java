package vn.parindex.statistics;

/**
 * An operational indicator (chỉ tiêu) of the catalog: what is observed per unit and
 * period.
 *
 * @param code upper case, e.g. {@code TTHC_DUNG_HAN} or {@code 766.HS_DUNG_HAN}
 * @param sumChildren whether a unit without its own figure has the sum of its children's
 * @param builtIn shipped with ParIndex (editable, never deleted)
 */
public record Indicator(long id, int version, String code, String name, IndicatorKind kind, String numeratorLabel,
		String denominatorLabel, PeriodAggregation periodAggregation, boolean sumChildren, boolean builtIn,
		String description) {

	public boolean isRatio() {
		return kind == IndicatorKind.RATIO;
	}

}
