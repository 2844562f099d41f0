package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One variant (self-assessed or appraised) of a unit's result, in ten-thousandths of a
 * point. An index is {@code points / max}; it does not exist where {@code max} is 0, nor
 * while leaves wait for data under {@link NoDataPolicy#WAIT}.
 * <p>
 * Equality compares the arrays' contents.
 *
 * @param points the unit's points: applicable leaves, plus bonus, minus penalty, clamped
 * to [0, max]
 * @param max the applicable maximum
 * @param componentPoints per component (the scheme's {@code components()} order), the
 * points of its applicable leaves
 * @param componentMax per component, its applicable maximum (0: no index)
 * @param partPoints per part (the scheme's {@code parts()} order)
 * @param partMax per part
 * @param bonus the bonus counted, within its cap
 * @param penalty the penalty counted, within its cap
 * @param noData the leaves without data yet, in all, per component and per part, and
 * whether they withhold the indices
 */
public record Figures(long points, long max, long[] componentPoints, long[] componentMax, long[] partPoints,
		long[] partMax, long bonus, long penalty, NoData noData) {

	public Figures {
		noData = (noData != null) ? noData : NoData.NONE;
	}

	/** Figures with every leaf's data in. */
	public Figures(long points, long max, long[] componentPoints, long[] componentMax, long[] partPoints,
			long[] partMax, long bonus, long penalty) {
		this(points, max, componentPoints, componentMax, partPoints, partMax, bonus, penalty, NoData.NONE);
	}

	/**
	 * Whether an index exists: something applies, and no leaf it waits for is missing.
	 */
	public boolean hasIndex() {
		return max > 0 && !(noData.waits() && noData.leaves() > 0);
	}

	/** Whether the index is withheld because leaves wait for data. */
	public boolean awaitingData() {
		return max > 0 && noData.waits() && noData.leaves() > 0;
	}

	/**
	 * The index in percent, rounded half-up to 2 decimals for display, or {@code null}.
	 */
	public BigDecimal percent() {
		return hasIndex() ? Percent.of(this.points, this.max) : null;
	}

	/**
	 * A component's index in percent for display, or {@code null} where nothing applies
	 * or it waits for data.
	 */
	public BigDecimal componentPercent(int component) {
		return noData.withholds(noData.components(), component) ? null
				: Percent.of(this.componentPoints[component], this.componentMax[component]);
	}

	/** A part's index in percent for display, or {@code null}. */
	public BigDecimal partPercent(int part) {
		return noData.withholds(noData.parts(), part) ? null : Percent.of(this.partPoints[part], this.partMax[part]);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Figures that && this.points == that.points && this.max == that.max
				&& this.bonus == that.bonus && this.penalty == that.penalty
				&& Arrays.equals(this.componentPoints, that.componentPoints)
				&& Arrays.equals(this.componentMax, that.componentMax)
				&& Arrays.equals(this.partPoints, that.partPoints) && Arrays.equals(this.partMax, that.partMax)
				&& this.noData.equals(that.noData);
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
				+ Arrays.toString(this.partMax) + ", " + this.noData + "]";
	}

	/**
	 * The leaves within the maximum that apply but whose source has no data yet ("no
	 * data", never "not applicable"): they earn nothing and stay out of the denominator.
	 *
	 * @param leaves how many in all
	 * @param components per component, how many below it ({@code null}: none anywhere)
	 * @param parts per part ({@code null}: none anywhere)
	 * @param waits whether the campaign waits for them ({@link NoDataPolicy#WAIT}): the
	 * indices they belong to are then withheld
	 */
	public record NoData(int leaves, int[] components, int[] parts, boolean waits) {

		public static final NoData NONE = new NoData(0, null, null, false);

		boolean withholds(int[] counts, int index) {
			return waits && counts != null && counts[index] > 0;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NoData that && this.leaves == that.leaves && this.waits == that.waits
					&& Arrays.equals(this.components, that.components) && Arrays.equals(this.parts, that.parts);
		}

		@Override
		public int hashCode() {
			return 31 * this.leaves + Boolean.hashCode(this.waits);
		}

		@Override
		public String toString() {
			return "NoData[leaves=" + this.leaves + ", components=" + Arrays.toString(this.components) + ", parts="
					+ Arrays.toString(this.parts) + ", waits=" + this.waits + "]";
		}

	}

}
