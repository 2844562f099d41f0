package vn.parindex.scoring.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One variant (self-assessed or appraised) of a unit's result, in hundredths of a point.
 * An index is {@code points / max}; it does not exist where {@code max} is 0.
 * <p>
 * Equality compares the arrays' contents.
 *
 * @param points the unit's points: applicable leaves, plus bonus, minus penalty, clamped
 * to [0, max]
 * @param max the applicable maximum
 * @param componentPoints per component (model's {@code components()} order), the points
 * of its applicable leaves
 * @param componentMax per component, its applicable maximum (0: no index)
 * @param partPoints per part (model's {@code parts()} order)
 * @param partMax per part
 * @param bonus the bonus counted, within its cap
 * @param penalty the penalty counted, within its cap
 */
public record Figures(long points, long max, long[] componentPoints, long[] componentMax, long[] partPoints,
		long[] partMax, long bonus, long penalty) {

	/** Whether an index exists: something applies. */
	public boolean hasIndex() {
		return max > 0;
	}

	/**
	 * The index in percent, rounded half-up to 2 decimals for display, or {@code null}.
	 */
	public BigDecimal percent() {
		return Percent.of(this.points, this.max);
	}

	/**
	 * A component's index in percent for display, or {@code null} where nothing applies.
	 */
	public BigDecimal componentPercent(int component) {
		return Percent.of(this.componentPoints[component], this.componentMax[component]);
	}

	/** A part's index in percent for display, or {@code null} where nothing applies. */
	public BigDecimal partPercent(int part) {
		return Percent.of(this.partPoints[part], this.partMax[part]);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Figures that && this.points == that.points && this.max == that.max
				&& this.bonus == that.bonus && this.penalty == that.penalty
				&& Arrays.equals(this.componentPoints, that.componentPoints)
				&& Arrays.equals(this.componentMax, that.componentMax)
				&& Arrays.equals(this.partPoints, that.partPoints) && Arrays.equals(this.partMax, that.partMax);
	}

	@Override
	public int hashCode() {
		return 31 * Long.hashCode(this.points) + Long.hashCode(this.max) + Arrays.hashCode(this.componentPoints);
	}

	@Override
	public String toString() {
		return "Figures[points=" + this.points + ", max=" + this.max + ", bonus=" + this.bonus + ", penalty="
				+ this.penalty + ", componentPoints=" + Arrays.toString(this.componentPoints) + ", componentMax="
				+ Arrays.toString(this.componentMax) + ", partPoints=" + Arrays.toString(this.partPoints) + ", partMax="
				+ Arrays.toString(this.partMax) + "]";
	}

}
