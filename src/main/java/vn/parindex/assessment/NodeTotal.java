package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.parindex.engine.Percent;

/**
 * Points and applicable maximum of a node (area, criterion, part or the whole sheet), and
 * the index they give. A node with nothing applicable has no index: "—", neither 0% nor
 * 100%.
 */
public record NodeTotal(BigDecimal points, BigDecimal applicableMax) {

	static final NodeTotal ZERO = new NodeTotal(BigDecimal.ZERO, BigDecimal.ZERO);

	/** The exact index in percent (10 decimals), or {@code null} when nothing applies. */
	public BigDecimal index() {
		if (applicableMax.signum() == 0) {
			return null;
		}
		return points.multiply(BigDecimal.valueOf(100)).divide(applicableMax, 10, RoundingMode.HALF_UP);
	}

	/**
	 * The index as shown: half-up to 2 decimals, straight from the exact points and
	 * maximum, as everywhere else ({@link Percent}).
	 */
	public BigDecimal shownIndex() {
		return Percent.of(points, applicableMax);
	}

}
