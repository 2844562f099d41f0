package vn.parindex.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import vn.parindex.problem.Refusal;

/**
 * Reads one XML part of a workbook no further than its limits: at most so many bytes in
 * all, and no run between two tag marks ({@code <}, {@code >}) longer than a cell may be.
 * The XML parser holds a whole attribute or name in memory; this keeps that small.
 */
final class MarkupGuard extends FilterInputStream {

	private final String part;

	private final long maxBytes;

	private final long maxRun;

	private long bytes;

	private long run;

	MarkupGuard(InputStream in, String part, long maxBytes, long maxRun) {
		super(in);
		this.part = part;
		this.maxBytes = maxBytes;
		this.maxRun = maxRun;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(new byte[] { (byte) b }, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(buffer, offset, n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[(int) Math.min(n, 8192)];
		int read = read(buffer, 0, buffer.length);
		return Math.max(read, 0);
	}

	private void count(byte[] buffer, int offset, int length) {
		bytes += length;
		if (bytes > maxBytes) {
			throw tooLarge(part, maxBytes);
		}
		for (int i = offset; i < offset + length; i++) {
			byte b = buffer[i];
			run = (b == '<' || b == '>') ? 0 : run + 1;
			if (run > maxRun) {
				throw WorkbookError.refusal("workbook.error.markupTooLong", part, maxRun);
			}
		}
	}

	static Refusal tooLarge(String part, long maxBytes) {
		return WorkbookError.refusal("workbook.error.partTooLarge", part, megabytes(maxBytes));
	}

	static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

}
