package vn.parindex.engine;

/**
 * Computes one variant of a unit's figures in a single pass over the leaves.
 * <p>
 * A leaf's points are clamped to [0, its maximum]: the sheets already guard their bounds,
 * and a stray value must not carry a component above its maximum. Bonus and penalty
 * leaves follow the same applicability as the others (unit types, not-applicable), count
 * outside every maximum, component and part, and are capped in total. A survey or
 * statistic leaf without a value has no data yet: it earns nothing, stays out of the
 * denominator and is counted, so that the policy can withhold the indices it belongs to.
 */
final class FiguresCalculator {

	private final Scheme scheme;

	private final boolean waits;

	FiguresCalculator(Scheme scheme, NoDataPolicy noData) {
		this.scheme = scheme;
		this.waits = noData == NoDataPolicy.WAIT;
	}

	/**
	 * @param leafPoints where to write each leaf's counted points ({@link LeafState}
	 * codes for leaves that count nothing), or {@code null}
	 */
	Figures compute(boolean[] appliesToType, long[] values, boolean[] notApplicable, long[] leafPoints) {
		Scheme m = this.scheme;
		int leaves = m.leafCount();
		long[] componentPoints = new long[m.components().size()];
		long[] componentMax = new long[componentPoints.length];
		long[] partPoints = new long[m.parts().size()];
		long[] partMax = new long[partPoints.length];
		int[] componentNoData = null;
		int[] partNoData = null;
		int noData = 0;
		long points = 0;
		long max = 0;
		long bonus = 0;
		long penalty = 0;
		byte[] kinds = m.leafSource;
		long[] maxima = m.leafMax;
		int[] firstAncestor = m.firstAncestor;
		int[] ancestors = m.ancestors;
		int[] leafParts = m.leafPart;
		for (int i = 0; i < leaves; i++) {
			if (!appliesToType[i] || (notApplicable != null && notApplicable[i])) {
				mark(leafPoints, i, appliesToType[i] ? LeafState.NOT_APPLICABLE : LeafState.NOT_FOR_TYPE);
				continue;
			}
			long value = (values != null) ? values[i] : UnitInput.MISSING;
			byte kind = kinds[i];
			if (value == UnitInput.MISSING && kind != Scheme.SCORED) {
				if (kind == Scheme.MEASURED) {
					noData++;
					if (componentNoData == null) {
						componentNoData = new int[componentPoints.length];
						partNoData = new int[partPoints.length];
					}
					for (int a = firstAncestor[i]; a < firstAncestor[i + 1]; a++) {
						componentNoData[ancestors[a]]++;
					}
					if (leafParts[i] >= 0) {
						partNoData[leafParts[i]]++;
					}
				}
				mark(leafPoints, i, (kind == Scheme.MEASURED) ? LeafState.NO_DATA : 0);
				continue;
			}
			long leafMax = maxima[i];
			long leafPoint = (value == UnitInput.MISSING) ? 0 : Math.max(0, Math.min(value, leafMax));
			mark(leafPoints, i, leafPoint);
			if (kind == Scheme.ADDED) {
				bonus += leafPoint;
				continue;
			}
			if (kind == Scheme.DEDUCTED) {
				penalty += leafPoint;
				continue;
			}
			points += leafPoint;
			max += leafMax;
			for (int a = firstAncestor[i]; a < firstAncestor[i + 1]; a++) {
				componentPoints[ancestors[a]] += leafPoint;
				componentMax[ancestors[a]] += leafMax;
			}
			int part = leafParts[i];
			if (part >= 0) {
				partPoints[part] += leafPoint;
				partMax[part] += leafMax;
			}
		}
		bonus = Math.min(bonus, m.bonusCap());
		penalty = Math.min(penalty, m.penaltyCap());
		long total = Math.max(0, Math.min(points + bonus - penalty, max));
		Figures.NoData waiting = (noData == 0) ? Figures.NoData.NONE
				: new Figures.NoData(noData, componentNoData, partNoData, this.waits);
		return new Figures(total, max, componentPoints, componentMax, partPoints, partMax, bonus, penalty, waiting);
	}

	private static void mark(long[] leafPoints, int leaf, long value) {
		if (leafPoints != null) {
			leafPoints[leaf] = value;
		}
	}

}
