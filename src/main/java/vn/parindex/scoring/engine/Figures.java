package vn.parindex.scoring.engine;

/**
 * One variant (self-assessed or appraised) of a unit's result, in hundredths of a point.
 * An index is {@code points / max}; it does not exist where {@code max} is 0.
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

}
