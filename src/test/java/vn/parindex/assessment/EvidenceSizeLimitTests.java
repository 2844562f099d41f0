package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The size limit is configured, checked while reading, and leaves nothing stored.
 */
@SpringBootTest(properties = { "parindex.evidence.max-size=1KB", "parindex.test.database=parindex_evidence_limit" })
@ContextConfiguration(initializers = SharedTestDatabase.class)
class EvidenceSizeLimitTests {

	@Autowired
	EvidenceFiles files;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileOfExactlyTheLimitIsAccepted() {
		byte[] content = TestEvidence.pdf(1024);
		assertThat(files.store("vừa.pdf", new ByteArrayInputStream(content)).size()).isEqualTo(1024);
	}

	@Test
	void aFileOneByteOverTheLimitIsRefusedAndNotStored() {
		byte[] content = TestEvidence.pdf(1025);
		Refusal refused = catchThrowableOfType(Refusal.class,
				() -> files.store("lớn.pdf", new ByteArrayInputStream(content)));
		assertThat(refused.messageKey()).isEqualTo("assessment.evidence.error.tooLarge");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(jdbc.sql("select count(*) from assessment_file where sha256 = ?")
			.param(EvidenceFilesTests.sha256(content))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aHugeUploadIsNotReadBeyondTheLimit() {
		CountingStream endless = new CountingStream();
		catchThrowableOfType(Refusal.class, () -> files.store("vô tận.pdf", endless));
		assertThat(endless.read).isEqualTo(1025);
	}

	/** A PDF that never ends, counting what was read of it. */
	static class CountingStream extends InputStream {

		long read;

		@Override
		public int read() {
			return (read++ == 0) ? '%' : 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}

	}

}
