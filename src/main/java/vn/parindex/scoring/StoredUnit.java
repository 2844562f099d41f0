package vn.parindex.scoring;

import java.math.BigDecimal;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.Figures;
import vn.parindex.engine.Ranking.Place;
import vn.parindex.engine.UnitResult;

/**
 * One unit's stored totals and place, as {@code scoring_unit_result} holds them.
 */
record StoredUnit(long unitId, String unitType, boolean ranked, boolean finalised, BigDecimal selfPoints,
		BigDecimal selfMax, BigDecimal appraisedPoints, BigDecimal appraisedMax, Place place, long figures,
		int selfNoData, int appraisedNoData, boolean waitsForData) {

	private static final long[] NONE = new long[0];

	/** The unit as it is stored from this result and place. */
	static StoredUnit of(UnitResult result, Place place, long figures) {
		return new StoredUnit(result.unitId(), result.unitType(), result.ranked(), result.finalised(),
				Amounts.toDecimal(result.self().points()), Amounts.toDecimal(result.self().max()),
				Amounts.toDecimal(result.appraised().points()), Amounts.toDecimal(result.appraised().max()),
				(place != null) ? place : new Place(null, null, null, null), figures, result.self().noData().leaves(),
				result.appraised().noData().leaves(),
				result.self().noData().waits() || result.appraised().noData().waits());
	}

	StoredUnit withPlace(Place newPlace) {
		return new StoredUnit(unitId, unitType, ranked, finalised, selfPoints, selfMax, appraisedPoints, appraisedMax,
				newPlace, figures, selfNoData, appraisedNoData, waitsForData);
	}

	/** The official points: appraised once final, else self-assessed. */
	BigDecimal points() {
		return finalised ? appraisedPoints : selfPoints;
	}

	BigDecimal maxPoints() {
		return finalised ? appraisedMax : selfMax;
	}

	/** The official figures' leaves without data yet. */
	int noData() {
		return finalised ? appraisedNoData : selfNoData;
	}

	/** Whether the official index is withheld until every leaf has data. */
	boolean awaitingData() {
		return waitsForData && noData() > 0;
	}

	/**
	 * The official index for display, or {@code null}: nothing applies, or data awaited.
	 */
	BigDecimal index() {
		return finalised ? appraisedIndex() : selfIndex();
	}

	BigDecimal selfIndex() {
		return index(selfPoints, selfMax, selfNoData);
	}

	BigDecimal appraisedIndex() {
		return index(appraisedPoints, appraisedMax, appraisedNoData);
	}

	private BigDecimal index(BigDecimal points, BigDecimal max, int noData) {
		return (waitsForData && noData > 0) ? null : Percentages.of(points, max);
	}

	/** Whether the result has these totals and component figures (by fingerprint). */
	boolean sameFigures(UnitResult result, long fingerprint) {
		return unitType.equals(result.unitType()) && ranked == result.ranked() && finalised == result.finalised()
				&& same(selfPoints, result.self().points()) && same(selfMax, result.self().max())
				&& same(appraisedPoints, result.appraised().points()) && same(appraisedMax, result.appraised().max())
				&& selfNoData == result.self().noData().leaves()
				&& appraisedNoData == result.appraised().noData().leaves()
				&& (waitsForData == (result.self().noData().waits() || result.appraised().noData().waits()))
				&& figures == fingerprint;
	}

	private static boolean same(BigDecimal stored, long amount) {
		return Amounts.of(stored) == amount;
	}

	/**
	 * The totals as the engine ranks them; component figures are not needed for ranking
	 * and left empty.
	 */
	UnitResult forRanking() {
		return new UnitResult(unitId, unitType, ranked, finalised, figures(selfPoints, selfMax, selfNoData),
				figures(appraisedPoints, appraisedMax, appraisedNoData));
	}

	private Figures figures(BigDecimal points, BigDecimal max, int noData) {
		Figures.NoData waiting = (noData == 0) ? Figures.NoData.NONE
				: new Figures.NoData(noData, null, null, waitsForData);
		return new Figures(Amounts.of(points), Amounts.of(max), NONE, NONE, NONE, NONE, 0, 0, waiting);
	}

}
