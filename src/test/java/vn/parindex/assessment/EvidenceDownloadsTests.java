package vn.parindex.assessment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download announces the type found at upload, keeps the browser from sniffing or
 * running anything, and names the file in UTF-8.
 */
class EvidenceDownloadsTests {

	private static final String SHA = "a".repeat(64);

	private static final StoredFile PDF = new StoredFile(SHA, "application/pdf", 1234, EvidenceKind.PDF, Instant.now());

	private static final StoredFile DOCX = new StoredFile(SHA,
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", 99, EvidenceKind.WORD,
			Instant.now());

	@Test
	void aPdfShownInlineIsNamedInUtf8AndNotSandboxedSoTheViewerOpens() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		EvidenceFiles.send(PDF, "Báo cáo CCHC.pdf", true, response);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getContentLengthLong()).isEqualTo(1234);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("inline; filename=\"Bao cao CCHC.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20CCHC.pdf");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
	}

	@Test
	void aWordDocumentIsAlwaysAnAttachment() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		EvidenceFiles.send(DOCX, "Kế hoạch.docx", true, response);
		assertThat(response.getContentType()).isEqualTo(DOCX.mediaType());
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; ");
		assertThat(response.getHeader("Content-Security-Policy")).isNull();
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void aPdfAskedForAsADownloadIsAnAttachment() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		EvidenceFiles.send(PDF, "a.pdf", false, response);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"a.pdf\"");
	}

	@Test
	void aHostileNameCannotBreakTheHeader() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		EvidenceFiles.send(PDF, "x\"; filename=evil.html\r\nSet-Cookie: a=b.pdf", false, response);
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).doesNotContain("\r", "\n", "; filename=evil").contains("filename*=UTF-8''x%22%3B%20");
		assertThat(disposition.chars().filter((c) -> c == '"')).hasSize(2);
	}

	@Test
	void withoutANameTheHashNamesTheFile() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		EvidenceFiles.send(PDF, null, false, response);
		assertThat(response.getHeader("Content-Disposition")).contains("filename=\"" + SHA + "\"");
	}

}
