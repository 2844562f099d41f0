package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one row of the scores workbook does to a leaf's entry. Imported points are taken
 * as they are, without a rule input: an input that no longer gives the stored points is
 * dropped rather than left contradicting them.
 */
final class ImportedScore {

	/** The reason of a not-applicable claim imported without a note. */
	static final String DEFAULT_REASON = "Nhập từ tệp Excel";

	private ImportedScore() {
	}

	static LeafEntry apply(LeafEntry before, ScoresWorkbook.ScoreLine line) {
		boolean samePoints = line.selfPoints() == null || same(line.selfPoints(), before.selfPoints());
		boolean notApplicable = (line.notApplicable() != null) ? line.notApplicable()
				: !line.hasPoints() && before.notApplicable();
		String reason = null;
		if (notApplicable) {
			reason = Boolean.TRUE.equals(line.notApplicable()) ? Objects.requireNonNullElse(line.note(), DEFAULT_REASON)
					: before.notApplicableReason();
		}
		String explanation = (line.note() != null) ? line.note() : before.explanation();
		BigDecimal appraised = (line.appraisedPoints() == null
				|| same(line.appraisedPoints(), before.appraisedPoints())) ? before.appraisedPoints()
						: line.appraisedPoints();
		return new LeafEntry(before.leafCode(), samePoints ? before.input() : null,
				samePoints ? before.selfPoints() : line.selfPoints(), notApplicable, reason, explanation, appraised,
				before.appraisedNotApplicable(), before.appraisalReason());
	}

	private static boolean same(BigDecimal imported, BigDecimal stored) {
		return stored != null && imported.compareTo(stored) == 0;
	}

	/** The entry in one line of the audit trail, needing no translation. */
	static String describe(LeafEntry entry) {
		List<String> parts = new ArrayList<>();
		if (entry.input() != null) {
			parts.add(Inputs.describe(entry.input()));
		}
		if (entry.selfPoints() != null) {
			parts.add("self " + entry.selfPoints().toPlainString());
		}
		if (entry.appraisedPoints() != null) {
			parts.add("appraised " + entry.appraisedPoints().toPlainString());
		}
		if (entry.notApplicable()) {
			parts.add("N/A");
		}
		if (entry.explanation() != null) {
			parts.add("“" + entry.explanation() + "”");
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

}
