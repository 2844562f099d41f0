package vn.parindex.workbook;

import java.util.concurrent.Semaphore;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Lets a few workbook reads run at once on this node and turns the next one away at once
 * (429 with Retry-After) rather than letting reads pile up in memory or wait without end.
 */
final class ReadGate {

	private final Semaphore permits;

	private final WorkbookLimits limits;

	ReadGate(WorkbookLimits limits) {
		this.limits = limits;
		this.permits = new Semaphore(Math.max(1, limits.maxConcurrentReads()));
	}

	/**
	 * @throws Refusal 429 when as many reads as allowed are running
	 */
	Pass enter() {
		if (!permits.tryAcquire()) {
			long seconds = Math.max(1, limits.retryAfter().toSeconds());
			Refusal busy = new Refusal(HttpStatus.TOO_MANY_REQUESTS, "workbook.error.busy", limits.maxConcurrentReads(),
					seconds);
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			throw busy;
		}
		return new Pass(permits);
	}

	/** A read let in; closing it lets the next one in. */
	static final class Pass implements AutoCloseable {

		private final Semaphore permits;

		private boolean closed;

		private Pass(Semaphore permits) {
			this.permits = permits;
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				permits.release();
			}
		}

	}

}
