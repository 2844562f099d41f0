package vn.parindex.scoring.engine;

import java.util.List;

/**
 * The scoring engine (plain Java, no Spring, no SQL): turns units' inputs into points,
 * applicable maxima and component figures, then ranks, groups and peer groups. Immutable
 * and thread-safe once built.
 */
public final class ScoringEngine {

	public ScoringEngine(Model model, Options options) {
		throw new UnsupportedOperationException("contract only: implemented on branch scoring-engine");
	}

	/** One unit's figures, self-assessed and appraised. */
	public UnitResult score(UnitInput input) {
		throw new UnsupportedOperationException();
	}

	/** Ranks, groups and peer groups of every unit, from their results. */
	public Ranking rank(List<UnitResult> results) {
		throw new UnsupportedOperationException();
	}

}
