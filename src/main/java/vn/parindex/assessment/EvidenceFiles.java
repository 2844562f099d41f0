package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.nio.file.Files;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.problem.Refusal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evidence file store (kho tài liệu kiểm chứng): checks an upload's size and type by
 * its content, keeps each distinct content once in PostgreSQL under its SHA-256, and
 * serves it back. It knows nothing of scoring sheets; who may attach or read a file is
 * decided by the caller.
 */
@Service
public class EvidenceFiles {

	/** Downloads read the content in slices of this size, so no file is held whole. */
	static final int SLICE = 1024 * 1024;

	private static final String METADATA = "select sha256, media_type, size, kind, created_at from assessment_file";

	private final JdbcClient jdbc;

	private final EvidenceSettings settings;

	private final Clock clock;

	EvidenceFiles(JdbcClient jdbc, EvidenceSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Checks and stores an upload; identical content uploaded again is the same stored
	 * file.
	 * @param fileName the name the person gave; it never decides the type, but an
	 * extension contradicting the content is refused
	 * @throws Refusal when the file is empty, too large, not a PDF, Word, Excel or image
	 * file, or named as another kind than it is
	 */
	public StoredFile store(String fileName, InputStream content) {
		try (StagedUpload upload = StagedUpload.of(content, settings.maxSize().toBytes())) {
			if (upload.size() == 0) {
				throw Refusal.badRequest("assessment.evidence.error.empty");
			}
			EvidenceFormat format = EvidenceTypes.detect(upload.file())
				.orElseThrow(() -> Refusal.badRequest("assessment.evidence.error.notAllowed",
						EvidenceFileNames.clean(fileName, "")));
			String extension = EvidenceFileNames.extension(fileName);
			if (!extension.isEmpty() && !format.kind().acceptsExtension(extension)) {
				// The kind is a message to resolve, so the detail names it in the
				// reader's language.
				throw Refusal.badRequest("assessment.evidence.error.extensionMismatch",
						EvidenceFileNames.clean(fileName, ""),
						new DefaultMessageSourceResolvable(format.kind().messageKey()));
			}
			return find(upload.sha256()).orElseGet(() -> insert(upload, format));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded evidence file", ex);
		}
	}

	/** A stored file's metadata, without its content. */
	public Optional<StoredFile> find(String sha256) {
		return jdbc.sql(METADATA + " where sha256 = ?").param(sha256).query(EvidenceFiles::storedFile).optional();
	}

	/**
	 * Writes a stored file's content to {@code out}, a slice at a time.
	 * @throws Refusal (404) when no file has this hash
	 */
	public void copyTo(String sha256, OutputStream out) throws IOException {
		long size = find(sha256).orElseThrow(() -> Refusal.notFound("assessment.evidence.error.notFound", sha256))
			.size();
		for (long offset = 0; offset < size; offset += SLICE) {
			byte[] slice = jdbc.sql("select substring(content from ? for ?) from assessment_file where sha256 = ?")
				.param(Math.toIntExact(offset + 1))
				.param(SLICE)
				.param(sha256)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> Refusal.notFound("assessment.evidence.error.notFound", sha256));
			out.write(slice);
		}
	}

	/**
	 * Answers a download completely: the headers of {@link #send} and the content.
	 */
	public void download(StoredFile file, String downloadName, boolean inline, HttpServletResponse response)
			throws IOException {
		send(file, downloadName, inline, response);
		copyTo(file.sha256(), response.getOutputStream());
	}

	/**
	 * Sets the headers that make a download safe: the type detected at upload (never the
	 * client's), inline display only for PDFs and images and then sandboxed, a UTF-8 file
	 * name, and no content sniffing. The body is the caller's: {@link #copyTo} or
	 * {@link #download}.
	 * @param downloadName the name the browser saves under (e.g.
	 * {@code Báo cáo CCHC.pdf}); the hash when blank
	 * @param inline whether the browser should show the file rather than save it; ignored
	 * for Word and Excel files
	 */
	public static void send(StoredFile file, String downloadName, boolean inline, HttpServletResponse response) {
		EvidenceDownloads.prepare(file, downloadName, inline, response);
	}

	private StoredFile insert(StagedUpload upload, EvidenceFormat format) {
		try (InputStream content = Files.newInputStream(upload.file())) {
			jdbc.sql("""
					insert into assessment_file (sha256, media_type, kind, size, content, created_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (sha256) do nothing""")
				.param(upload.sha256())
				.param(format.mediaType())
				.param(format.kind().name())
				.param(upload.size())
				.param(new SqlBinaryValue(content, upload.size()))
				.param(Timestamp.from(clock.instant()))
				.update();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a staged evidence file", ex);
		}
		// a concurrent upload of the same content may have won: either row is the same
		// file
		return find(upload.sha256()).orElseThrow();
	}

	private static StoredFile storedFile(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getString("sha256"), rs.getString("media_type"), rs.getLong("size"),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant());
	}

}
