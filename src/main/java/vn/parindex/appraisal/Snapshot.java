package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A questioned leaf's entry as it stood when the sheet was returned.
 */
record Snapshot(String leafCode, int round, BigDecimal selfPoints, boolean notApplicable, String explanation,
		List<String> evidenceFiles) {

	public Snapshot {
		evidenceFiles = List.copyOf(evidenceFiles);
	}

}
