package vn.parindex.workbook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.problem.Refusal;

/**
 * Why a workbook could not be read, as the refusal that says so: a limit it passed
 * (named), a part that inflates like a zip bomb, or simply damage.
 */
final class ReadFailures {

	/** How POI's {@code ZipSecureFile} words an inflation ratio too high. */
	private static final String RATIO = "max. ratio of compressed file size";

	/** How it words a part larger than its maximal entry size. */
	private static final String SIZE = "max size of the expanded data";

	private static final Logger log = LoggerFactory.getLogger(ReadFailures.class);

	private ReadFailures() {
	}

	static Refusal refusal(Throwable failure, WorkbookLimits limits) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Refusal refusal) {
				return refusal;
			}
			String message = cause.getMessage();
			if (message != null && message.contains(RATIO)) {
				return WorkbookError.refusal("workbook.error.inflated", part(message),
						Math.round(1 / limits.minInflateRatio()));
			}
			if (message != null && message.contains(SIZE)) {
				return MarkupGuard.tooLarge(part(message), limits.maxPartSize().toBytes());
			}
		}
		log.debug("A workbook could not be read", failure);
		return WorkbookError.refusal("workbook.error.unreadable");
	}

	/** The part POI names at the end of its message ("Entry: xl/worksheets/…"). */
	private static String part(String message) {
		int at = message.lastIndexOf("Entry: ");
		return (at >= 0) ? message.substring(at + "Entry: ".length()).strip() : "?";
	}

}
