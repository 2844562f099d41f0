package vn.parindex.engine;

import java.util.SplittableRandom;

import vn.parindex.engine.SyntheticCampaign.Unit;

/**
 * One synthetic unit's inputs, drawn around the unit's own quality (see
 * {@link SyntheticCampaign}).
 */
final class InputGenerator {

	private static final long M = UnitInput.MISSING;

	private final Scheme model;

	private final SplittableRandom random;

	InputGenerator(Scheme model, SplittableRandom random) {
		this.model = model;
		this.random = random;
	}

	UnitInput generate(Unit unit) {
		int n = this.model.leafCount();
		long[] self = new long[n];
		long[] appraised = new long[n];
		boolean[] selfNotApplicable = new boolean[n];
		boolean[] appraisedNotApplicable = new boolean[n];
		double quality = 0.45 + 0.5 * this.random.nextDouble();
		boolean surveyed = this.random.nextDouble() < 0.85;
		for (int i = 0; i < n; i++) {
			long max = this.model.leafMax(i);
			switch (this.model.leafKind(i)) {
				case SELF -> {
					if (this.random.nextDouble() < 0.05) {
						selfNotApplicable[i] = true;
						appraisedNotApplicable[i] = this.random.nextDouble() < 0.8;
						self[i] = M;
						appraised[i] = appraisedNotApplicable[i] ? M : points(max, quality);
					}
					else if (this.random.nextDouble() < 0.02) {
						self[i] = M;
						appraised[i] = M;
					}
					else {
						self[i] = points(max, quality);
						appraised[i] = appraise(self[i], max);
					}
				}
				case SURVEY -> same(self, appraised, i, surveyed ? measured(max, quality) : M);
				case STATISTIC ->
					same(self, appraised, i, (this.random.nextDouble() < 0.05) ? M : measured(max, quality));
				case BONUS -> same(self, appraised, i,
						(this.random.nextDouble() < 0.3) ? 5_000L * (1 + this.random.nextInt(6)) : M);
				case PENALTY -> same(self, appraised, i,
						(this.random.nextDouble() < 0.2) ? 5_000L * (1 + this.random.nextInt(10)) : M);
			}
		}
		return new UnitInput(unit.id(), unit.type(), unit.ranked(), unit.finalised(), self, appraised,
				selfNotApplicable, appraisedNotApplicable);
	}

	private long measured(long max, double quality) {
		return SyntheticCampaign.measured(this.random, max, quality);
	}

	private long points(long max, double quality) {
		return SyntheticCampaign.points(this.random, max, quality);
	}

	/** Mostly the unit's points or lower, rarely higher. */
	private long appraise(long self, long max) {
		double draw = this.random.nextDouble();
		if (draw < 0.3) {
			return Math.max(0, self - 2_500L * (1 + this.random.nextInt(4)));
		}
		return (draw < 0.33) ? Math.min(max, self + 2_500) : self;
	}

	private static void same(long[] self, long[] appraised, int leaf, long value) {
		self[leaf] = value;
		appraised[leaf] = value;
	}

}
