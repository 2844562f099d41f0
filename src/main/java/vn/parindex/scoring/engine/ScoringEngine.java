package vn.parindex.scoring.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring engine (plain Java, no Spring, no SQL): turns units' inputs into points,
 * applicable maxima and component figures, then ranks, groups and peer groups. Immutable
 * and thread-safe once built.
 * <p>
 * A leaf applies to a unit unless it is restricted to other unit types, claimed not
 * applicable (the unit's claim for the self-assessed figures, the council's decision for
 * the appraised ones), or a survey or statistic leaf without a value. Amounts are exact
 * hundredths throughout; see {@link Percent} for display.
 */
public final class ScoringEngine {

	private final Model model;

	private final Options options;

	private final FiguresCalculator calculator;

	private final Ranker ranker;

	public ScoringEngine(Model model, Options options) {
		this.model = model;
		this.options = options;
		this.calculator = new FiguresCalculator(model);
		this.ranker = new Ranker(options);
	}

	public Model model() {
		return this.model;
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
		checkLength(input.self());
		checkLength(input.appraised());
		checkLength(input.selfNotApplicable());
		checkLength(input.appraisedNotApplicable());
		boolean[] applies = this.model.applicability(input.unitType());
		Figures self = this.calculator.compute(applies, input.self(), input.selfNotApplicable());
		Figures appraised = this.calculator.compute(applies, input.appraised(), input.appraisedNotApplicable());
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
		if (values != null && values.length != this.model.leafCount()) {
			throw new IllegalArgumentException(
					"Expected " + this.model.leafCount() + " values per unit, got " + values.length);
		}
	}

	private void checkLength(boolean[] values) {
		if (values != null && values.length != this.model.leafCount()) {
			throw new IllegalArgumentException(
					"Expected " + this.model.leafCount() + " claims per unit, got " + values.length);
		}
	}

}
