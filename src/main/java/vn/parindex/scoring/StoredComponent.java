package vn.parindex.scoring;

import java.math.BigDecimal;

/**
 * One unit's stored figures for an area, a criterion (kind {@code N}) or a part (kind
 * {@code P}).
 */
record StoredComponent(long unitId, String kind, int position, String code, BigDecimal selfPoints, BigDecimal selfMax,
		BigDecimal appraisedPoints, BigDecimal appraisedMax, int selfNoData, int appraisedNoData,
		boolean waitsForData) {

	boolean isPart() {
		return "P".equals(kind);
	}

	BigDecimal points(boolean finalised) {
		return finalised ? appraisedPoints : selfPoints;
	}

	BigDecimal max(boolean finalised) {
		return finalised ? appraisedMax : selfMax;
	}

	/** Leaves below the component without data yet ("no data", not "not applicable"). */
	int noData(boolean finalised) {
		return finalised ? appraisedNoData : selfNoData;
	}

	/** The index for display, or {@code null}: nothing applies, or data awaited. */
	BigDecimal index(boolean finalised) {
		return (waitsForData && noData(finalised) > 0) ? null : Percentages.of(points(finalised), max(finalised));
	}

}
