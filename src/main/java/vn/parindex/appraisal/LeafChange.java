package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the unit changed on a questioned leaf since the sheet was returned: before (the
 * snapshot) and now, with the question and its answer.
 */
record LeafChange(String leafCode, Snapshot before, BigDecimal selfPoints, boolean notApplicable, String explanation,
		List<String> filesAdded, List<String> filesRemoved, Question question) {

	public boolean pointsChanged() {
		return notApplicable != before.notApplicable() || !samePoints(selfPoints, before.selfPoints());
	}

	public boolean explanationChanged() {
		return !Objects.equals(explanation, before.explanation());
	}

	public boolean changed() {
		return pointsChanged() || explanationChanged() || !filesAdded.isEmpty() || !filesRemoved.isEmpty();
	}

	static boolean samePoints(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
