package vn.parindex.statistics;

/**
 * How an indicator's shorter periods add up to a longer one: the sum (of numerators and
 * of denominators for a ratio), the last period's figure (a state, e.g. the procedures
 * offered online), or the mean.
 */
public enum PeriodAggregation {

	SUM, LAST, MEAN

}
