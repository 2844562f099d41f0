package vn.parindex.scoring.engine;

/**
 * Computes one variant of a unit's figures in a single pass over the leaves.
 * <p>
 * A leaf's points are clamped to [0, its maximum]: the sheets already guard their bounds,
 * and a stray value must not carry a component above its maximum. Bonus and penalty
 * leaves follow the same applicability as the others (unit types, not-applicable), count
 * outside every maximum, component and part, and are capped in total.
 */
final class FiguresCalculator {

	private final Model model;

	FiguresCalculator(Model model) {
		this.model = model;
	}

	Figures compute(boolean[] appliesToType, long[] values, boolean[] notApplicable) {
		Model m = this.model;
		int leaves = m.leafCount();
		long[] componentPoints = new long[m.components().size()];
		long[] componentMax = new long[componentPoints.length];
		long[] partPoints = new long[m.parts().size()];
		long[] partMax = new long[partPoints.length];
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
				continue;
			}
			long value = (values != null) ? values[i] : UnitInput.MISSING;
			byte kind = kinds[i];
			if (value == UnitInput.MISSING && kind != Model.SCORED) {
				continue;
			}
			long leafMax = maxima[i];
			long leafPoints = (value == UnitInput.MISSING) ? 0 : Math.max(0, Math.min(value, leafMax));
			if (kind == Model.ADDED) {
				bonus += leafPoints;
				continue;
			}
			if (kind == Model.DEDUCTED) {
				penalty += leafPoints;
				continue;
			}
			points += leafPoints;
			max += leafMax;
			for (int a = firstAncestor[i]; a < firstAncestor[i + 1]; a++) {
				componentPoints[ancestors[a]] += leafPoints;
				componentMax[ancestors[a]] += leafMax;
			}
			int part = leafParts[i];
			if (part >= 0) {
				partPoints[part] += leafPoints;
				partMax[part] += leafMax;
			}
		}
		bonus = Math.min(bonus, m.bonusCap());
		penalty = Math.min(penalty, m.penaltyCap());
		long total = Math.max(0, Math.min(points + bonus - penalty, max));
		return new Figures(total, max, componentPoints, componentMax, partPoints, partMax, bonus, penalty);
	}

}
