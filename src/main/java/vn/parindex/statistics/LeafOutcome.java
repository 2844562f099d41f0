package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a {@code STATISTIC} leaf earns for a unit over a period, and why.
 *
 * @param points the points ({@link State#SCORED} only), rounded as the framework says
 * @param rate a single ratio's rate as a share, else {@code null}
 * @param measures the measure of each of the rule's indicators, by the rule's name for it
 * ({@code indicator}, or the formula's variables); those missing are absent
 */
public record LeafOutcome(String leafCode, State state, BigDecimal points, BigDecimal rate,
		Map<String, Measure> measures) {

	/** Where the leaf stands. */
	public enum State {

		/** Points computed from the measures. */
		SCORED,

		/** A 0 / 0 ratio under the default policy: the leaf leaves the denominator. */
		NOT_APPLICABLE,

		/**
		 * An indicator without data in the period (or the leaf names none): no data yet.
		 */
		NO_DATA,

		/**
		 * Figures the rule cannot take (a numerator over a zero denominator, a count with
		 * decimals, an indicator of the wrong kind): shown as a problem, counted as no
		 * data.
		 */
		INVALID

	}

	public LeafOutcome {
		measures = Map.copyOf(measures);
	}

}
