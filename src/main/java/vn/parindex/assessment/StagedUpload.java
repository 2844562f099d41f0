package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * An upload copied to a temporary file while its SHA-256 is computed, reading at most one
 * byte more than allowed. On disk rather than in memory so that detection can open the
 * ZIP and OLE2 containers by random access and the insert can stream the bytes; the file
 * is deleted on {@link #close()}.
 */
final class StagedUpload implements AutoCloseable {

	private final Path file;

	private final long size;

	private final String sha256;

	private StagedUpload(Path file, long size, String sha256) {
		this.file = file;
		this.size = size;
		this.sha256 = sha256;
	}

	/**
	 * @throws Refusal when the content is longer than {@code maxBytes}
	 */
	static StagedUpload of(InputStream content, long maxBytes) throws IOException {
		Path file = Files.createTempFile("parindex-evidence-", ".upload");
		try {
			MessageDigest digest = sha256Digest();
			long size;
			// the caller owns the stream and closes it
			InputStream in = new DigestInputStream(content, digest);
			try (OutputStream out = Files.newOutputStream(file)) {
				size = copy(in, out, maxBytes + 1);
			}
			if (size > maxBytes) {
				throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "assessment.evidence.error.tooLarge",
						maxBytes / (1024 * 1024));
			}
			return new StagedUpload(file, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	Path file() {
		return file;
	}

	long size() {
		return size;
	}

	String sha256() {
		return sha256;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(file);
	}

	private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long copied = 0;
		int read;
		while (copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) != -1) {
			out.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
