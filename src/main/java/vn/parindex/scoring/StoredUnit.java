package vn.parindex.scoring;

import java.math.BigDecimal;

import vn.parindex.scoring.engine.Figures;
import vn.parindex.scoring.engine.Ranking.Place;
import vn.parindex.scoring.engine.UnitResult;

/**
 * One unit's stored totals and place, as {@code scoring_unit_result} holds them.
 */
record StoredUnit(long unitId, String unitType, boolean ranked, boolean finalised, BigDecimal selfPoints,
		BigDecimal selfMax, BigDecimal appraisedPoints, BigDecimal appraisedMax, Place place, long figures) {

	private static final long[] NONE = new long[0];

	/** The official points: appraised once final, else self-assessed. */
	BigDecimal points() {
		return finalised ? appraisedPoints : selfPoints;
	}

	BigDecimal maxPoints() {
		return finalised ? appraisedMax : selfMax;
	}

	/** Whether the result has these totals and component figures (by fingerprint). */
	boolean sameFigures(UnitResult result, long fingerprint) {
		return unitType.equals(result.unitType()) && ranked == result.ranked() && finalised == result.finalised()
				&& same(selfPoints, result.self().points()) && same(selfMax, result.self().max())
				&& same(appraisedPoints, result.appraised().points()) && same(appraisedMax, result.appraised().max())
				&& figures == fingerprint;
	}

	private static boolean same(BigDecimal stored, long hundredths) {
		return ScoringInputs.hundredths(stored) == hundredths;
	}

	/**
	 * The totals as the engine ranks them; component figures are not needed for ranking
	 * and left empty.
	 */
	UnitResult forRanking() {
		return new UnitResult(unitId, unitType, ranked, finalised, figures(selfPoints, selfMax),
				figures(appraisedPoints, appraisedMax));
	}

	private static Figures figures(BigDecimal points, BigDecimal max) {
		return new Figures(ScoringInputs.hundredths(points), ScoringInputs.hundredths(max), NONE, NONE, NONE, NONE, 0,
				0);
	}

}
