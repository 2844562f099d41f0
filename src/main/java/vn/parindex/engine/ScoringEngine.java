package vn.parindex.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring engine (plain Java, no Spring, no SQL): turns units' inputs into points,
 * applicable maxima and component figures, then ranks, groups and peer groups. Immutable
 * and thread-safe once built.
 * <p>
 * A leaf applies to a unit unless it is restricted to other unit types, claimed not
 * applicable (the unit's claim for the self-assessed figures, the council's decision for
 * the appraised ones); a survey or statistic leaf without a value has no data yet (see
 * {@link NoDataPolicy}). Amounts are exact ten-thousandths of a point throughout; see
 * {@link Percent} for display.
 */
public final class ScoringEngine {

	private final Scheme scheme;

	private final Options options;

	private final FiguresCalculator calculator;

	private final Ranker ranker;

	public ScoringEngine(Scheme scheme, Options options) {
		this.scheme = scheme;
		this.options = options;
		this.calculator = new FiguresCalculator(scheme, options.noData());
		this.ranker = new Ranker(options);
	}

	public Scheme scheme() {
		return this.scheme;
	}

	public Options options() {
		return this.options;
	}

	/**
	 * One unit's figures, self-assessed and appraised.
	 * @throws IllegalArgumentException when an input array's length is not the model's
	 * leaf count
	 */
	public UnitResult score(UnitInput input) {
		return score(input, null, null);
	}

	/**
	 * One unit's figures with every leaf's counted points, as a sheet shows them: per
	 * leaf, its points clamped to its maximum, or a {@link LeafState} code.
	 */
	public LeafScores scoreLeaves(UnitInput input) {
		long[] self = new long[this.scheme.leafCount()];
		long[] appraised = new long[this.scheme.leafCount()];
		return new LeafScores(score(input, self, appraised), self, appraised);
	}

	private UnitResult score(UnitInput input, long[] selfLeaves, long[] appraisedLeaves) {
		checkLength(input.self());
		checkLength(input.appraised());
		checkLength(input.selfNotApplicable());
		checkLength(input.appraisedNotApplicable());
		boolean[] applies = this.scheme.applicability(input.unitType());
		Figures self = this.calculator.compute(applies, input.self(), input.selfNotApplicable(), selfLeaves);
		Figures appraised = this.calculator.compute(applies, input.appraised(), input.appraisedNotApplicable(),
				appraisedLeaves);
		return new UnitResult(input.unitId(), input.unitType(), input.ranked(), input.finalised(), self, appraised);
	}

	/** Every unit's figures, in the inputs' order. */
	public List<UnitResult> scoreAll(List<UnitInput> inputs) {
		List<UnitResult> results = new ArrayList<>(inputs.size());
		for (UnitInput input : inputs) {
			results.add(score(input));
		}
		return results;
	}

	/**
	 * Ranks, groups and peer groups of every unit, from their results (see
	 * {@link Ranking}).
	 * @throws IllegalArgumentException when a unit appears twice
	 */
	public Ranking rank(List<UnitResult> results) {
		return this.ranker.rank(results);
	}

	private void checkLength(long[] values) {
		if (values != null && values.length != this.scheme.leafCount()) {
			throw new IllegalArgumentException(
					"Expected " + this.scheme.leafCount() + " values per unit, got " + values.length);
		}
	}

	private void checkLength(boolean[] values) {
		if (values != null && values.length != this.scheme.leafCount()) {
			throw new IllegalArgumentException(
					"Expected " + this.scheme.leafCount() + " claims per unit, got " + values.length);
		}
	}

}
