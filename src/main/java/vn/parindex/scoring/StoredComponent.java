package vn.parindex.scoring;

import java.math.BigDecimal;

/**
 * One unit's stored figures for an area, a criterion (kind {@code N}) or a part (kind
 * {@code P}).
 */
record StoredComponent(long unitId, String kind, int position, String code, BigDecimal selfPoints, BigDecimal selfMax,
		BigDecimal appraisedPoints, BigDecimal appraisedMax) {

	boolean isPart() {
		return "P".equals(kind);
	}

	BigDecimal points(boolean finalised) {
		return finalised ? appraisedPoints : selfPoints;
	}

	BigDecimal max(boolean finalised) {
		return finalised ? appraisedMax : selfMax;
	}

	BigDecimal index(boolean finalised) {
		return Percentages.of(points(finalised), max(finalised));
	}

}
