package vn.parindex.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a second start on the same data directory into a short explanation instead of a
 * stack trace.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + " (its embedded PostgreSQL keeps its files there).",
				"Stop the other instance, or give this one its own directory with PARINDEX_DATA_DIR, "
						+ "or use an external database with SPRING_DATASOURCE_URL.",
				cause);
	}

}
