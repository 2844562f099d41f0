package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * One unit on a campaign's progress board.
 *
 * @param status {@code NOT_STARTED} or a {@link SheetStatus} name
 * @param daysToDeadline days left to the self-assessment deadline, negative once passed,
 * or {@code null} without a deadline
 * @param late the deadline has passed and the sheet is not submitted
 */
public record ProgressRow(long unitId, String unitCode, String unitName, String status, int applicable, int filled,
		int missingEvidence, BigDecimal index, Long daysToDeadline, boolean late) {

	public int percentFilled() {
		return (applicable == 0) ? 100 : filled * 100 / applicable;
	}

}
