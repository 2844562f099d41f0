package vn.parindex.engine;

import java.util.Arrays;
import java.util.Random;

/**
 * Test helpers that derive one unit's inputs from another's.
 */
final class Inputs {

	private Inputs() {
	}

	/** The same inputs for a wider model: new leaves missing and not claimed. */
	static UnitInput remap(UnitInput input, Scheme from, Scheme to) {
		int n = to.leafCount();
		long[] self = new long[n];
		long[] appraised = new long[n];
		boolean[] selfClaims = new boolean[n];
		boolean[] appraisedClaims = new boolean[n];
		Arrays.fill(self, UnitInput.MISSING);
		Arrays.fill(appraised, UnitInput.MISSING);
		for (int leaf = 0; leaf < n; leaf++) {
			int old = from.leafIndex(to.leafCode(leaf));
			if (old >= 0) {
				self[leaf] = input.self()[old];
				appraised[leaf] = input.appraised()[old];
				selfClaims[leaf] = input.selfNotApplicable()[old];
				appraisedClaims[leaf] = input.appraisedNotApplicable()[old];
			}
		}
		return new UnitInput(input.unitId(), input.unitType(), input.ranked(), input.finalised(), self, appraised,
				selfClaims, appraisedClaims);
	}

	/** Every amount multiplied by the factor. */
	static UnitInput scale(UnitInput input, long factor) {
		return new UnitInput(input.unitId(), input.unitType(), input.ranked(), input.finalised(),
				scale(input.self(), factor), scale(input.appraised(), factor), input.selfNotApplicable(),
				input.appraisedNotApplicable());
	}

	private static long[] scale(long[] values, long factor) {
		long[] scaled = values.clone();
		for (int i = 0; i < scaled.length; i++) {
			if (scaled[i] != UnitInput.MISSING) {
				scaled[i] *= factor;
			}
		}
		return scaled;
	}

	/** A few leaves changed at random: values, claims, and sometimes the status. */
	static UnitInput perturb(UnitInput input, Random random) {
		long[] self = input.self().clone();
		long[] appraised = input.appraised().clone();
		boolean[] selfClaims = input.selfNotApplicable().clone();
		boolean[] appraisedClaims = input.appraisedNotApplicable().clone();
		for (int change = 0; change < 3; change++) {
			int leaf = random.nextInt(self.length);
			self[leaf] = random.nextBoolean() ? random.nextInt(400) : UnitInput.MISSING;
			appraised[leaf] = random.nextInt(400);
			selfClaims[leaf] = random.nextInt(4) == 0;
			appraisedClaims[leaf] = random.nextInt(4) == 0;
		}
		boolean finalised = (random.nextInt(3) == 0) != input.finalised();
		return new UnitInput(input.unitId(), input.unitType(), input.ranked(), finalised, self, appraised, selfClaims,
				appraisedClaims);
	}

}
