package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.parindex.engine.Percent;
import vn.parindex.units.UnitView;

/**
 * One line of a campaign's ranking as the page shows it: official figures, both variants'
 * indices, place, and the index of every area (the heat map).
 *
 * @param areas per area of the framework, in order; an index may be {@code null} ("—")
 */
public record ResultRow(UnitView unit, boolean finalised, BigDecimal points, BigDecimal maxPoints, BigDecimal index,
		BigDecimal selfIndex, BigDecimal appraisedIndex, Integer rank, String group, String peerGroup, Integer peerRank,
		List<Cell> areas, int noData, boolean awaitingData) {

	/**
	 * Points are shown half-up to 2 decimals (the exact amounts keep 4); indices come
	 * from the exact amounts. The appraised index only where the reader sees the
	 * council's verdicts ({@code AppraisalDisclosure.verdicts()}).
	 */
	static ResultRow of(UnitView unit, StoredUnit stored, List<Cell> areas, boolean verdicts) {
		return new ResultRow(unit, stored.finalised(), Percent.points(stored.points()),
				Percent.points(stored.maxPoints()), stored.index(), stored.selfIndex(),
				verdicts ? stored.appraisedIndex() : null, stored.place().rank(), stored.place().group(),
				stored.place().peerGroup(), stored.place().peerRank(), areas, stored.noData(), stored.awaitingData());
	}

	/**
	 * One component's official figures; {@code heat} names the colour step of its index
	 * (a ≥ 90, b ≥ 80, c ≥ 70, d ≥ 50, e below, none without index).
	 */
	public record Cell(String code, BigDecimal points, BigDecimal maxPoints, BigDecimal index) {

		public String heat() {
			if (index == null) {
				return "none";
			}
			int[] bounds = { 90, 80, 70, 50 };
			String[] steps = { "a", "b", "c", "d" };
			for (int i = 0; i < bounds.length; i++) {
				if (index.compareTo(BigDecimal.valueOf(bounds[i])) >= 0) {
					return steps[i];
				}
			}
			return "e";
		}

	}

}
