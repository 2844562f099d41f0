package vn.parindex.statistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bounds of a dossier upload: characters in the body (2 GiB by default), records (5
 * million), characters in one record (64 KiB), and the errors a refusal lists (1,000; the
 * rest are counted).
 */
@Component
class DossierLimits {

	static final int LISTED_ERRORS = 1000;

	private final long maxChars;

	private final int maxRows;

	private final int maxRecordChars;

	DossierLimits(@Value("${parindex.statistics.dossiers.max-chars:2147483648}") long maxChars,
			@Value("${parindex.statistics.dossiers.max-rows:5000000}") int maxRows,
			@Value("${parindex.statistics.dossiers.max-record-chars:65536}") int maxRecordChars) {
		this.maxChars = maxChars;
		this.maxRows = maxRows;
		this.maxRecordChars = maxRecordChars;
	}

	long maxChars() {
		return maxChars;
	}

	int maxRows() {
		return maxRows;
	}

	int maxRecordChars() {
		return maxRecordChars;
	}

	int maxErrors() {
		return LISTED_ERRORS;
	}

}
