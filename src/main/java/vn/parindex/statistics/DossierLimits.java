package vn.parindex.statistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bounds of a dossier upload: characters in the body (2 GiB by default), records (5
 * million), characters in one record (64 KiB), and the errors a refusal lists (1,000; the
 * rest are counted); and the size from which an upload is loaded in bulk (50,000
 * records).
 */
@Component
class DossierLimits {

	static final int LISTED_ERRORS = 1000;

	private final long maxChars;

	private final int maxRows;

	private final int maxRecordChars;

	private final int bulkRecords;

	DossierLimits(@Value("${parindex.statistics.dossiers.max-chars:2147483648}") long maxChars,
			@Value("${parindex.statistics.dossiers.max-rows:5000000}") int maxRows,
			@Value("${parindex.statistics.dossiers.max-record-chars:65536}") int maxRecordChars,
			@Value("${parindex.statistics.dossiers.bulk-records:50000}") int bulkRecords) {
		this.maxChars = maxChars;
		this.maxRows = maxRows;
		this.maxRecordChars = maxRecordChars;
		this.bulkRecords = bulkRecords;
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

	/**
	 * The records (estimated from an upload's size) from which an upload is loaded in
	 * bulk (see {@link DossierIngest.Mode#BULK}).
	 */
	int bulkRecords() {
		return bulkRecords;
	}

	int maxErrors() {
		return LISTED_ERRORS;
	}

}
