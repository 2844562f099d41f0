package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;

/**
 * A campaign's group bands, read on exact values: on the index, {@code points × 100 ≥
 * bound × max}; on points, {@code points ≥ bound}. The highest band a unit reaches wins;
 * below every band, or without an index, a unit has no group.
 */
final class Bands {

	private final Basis basis;

	private final String[] names;

	/**
	 * Lower bounds in the engine's unit (ten-thousandths of a percent or of a point),
	 * highest first.
	 */
	private final long[] bounds;

	Bands(Basis basis, List<Band> bands) {
		this.basis = basis;
		List<Band> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparing(Band::lowerBound).reversed());
		this.names = new String[sorted.size()];
		this.bounds = new long[sorted.size()];
		for (int i = 0; i < sorted.size(); i++) {
			this.names[i] = sorted.get(i).name();
			BigDecimal bound = sorted.get(i).lowerBound();
			if (bound.stripTrailingZeros().scale() > 2) {
				throw new IllegalArgumentException("A band's bound has at most 2 decimals: " + sorted.get(i));
			}
			this.bounds[i] = Amounts.of(bound);
		}
	}

	/** The group of a unit's figures, or {@code null}. */
	String groupOf(long points, long max) {
		if (max <= 0) {
			return null;
		}
		for (int i = 0; i < this.bounds.length; i++) {
			if (reaches(points, max, this.bounds[i])) {
				return this.names[i];
			}
		}
		return null;
	}

	private boolean reaches(long points, long max, long bound) {
		if (this.basis == Basis.POINTS) {
			return points >= bound;
		}
		// points / max × 100 ≥ bound / POINT
		return Ratios.compareProducts(points, 100 * Amounts.POINT, bound, max) >= 0;
	}

}
