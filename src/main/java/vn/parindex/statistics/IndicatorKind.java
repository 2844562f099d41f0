package vn.parindex.statistics;

/** What an indicator observes: a ratio (numerator / denominator), a count or a value. */
public enum IndicatorKind {

	RATIO, COUNT, VALUE

}
