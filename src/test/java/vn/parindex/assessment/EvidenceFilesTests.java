package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parindex.IntegrationTest;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Uploads are stored once per content in PostgreSQL when they are what they claim to be,
 * and refused, leaving nothing behind, when they are not.
 */
@IntegrationTest
class EvidenceFilesTests {

	@Autowired
	EvidenceFiles files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	static Stream<Arguments> acceptedUploads() {
		return Stream.of(arguments("Báo cáo CCHC.pdf", TestEvidence.pdf(), EvidenceKind.PDF, "application/pdf"),
				arguments("ảnh chụp.png", TestEvidence.png(), EvidenceKind.IMAGE, "image/png"),
				arguments("scan.jpg", TestEvidence.jpeg(), EvidenceKind.IMAGE, "image/jpeg"),
				arguments("Kế hoạch.docx", TestEvidence.docx(), EvidenceKind.WORD,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				arguments("Số liệu.xlsx", TestEvidence.xlsx(), EvidenceKind.EXCEL,
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				arguments("Số liệu cũ.xls", TestEvidence.xls(), EvidenceKind.EXCEL, "application/vnd.ms-excel"),
				arguments("no extension", TestEvidence.pdf(), EvidenceKind.PDF, "application/pdf"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acceptedUploads")
	void eachAcceptedFileIsStoredWithTheKindAndTypeOfItsContent(String name, byte[] content, EvidenceKind kind,
			String mediaType) {
		StoredFile stored = files.store(name, new ByteArrayInputStream(content));
		assertThat(stored.sha256()).isEqualTo(sha256(content));
		assertThat(stored.kind()).isEqualTo(kind);
		assertThat(stored.mediaType()).isEqualTo(mediaType);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(files.find(stored.sha256())).contains(stored);
	}

	@Test
	void theSameContentUploadedTwiceIsOneRow() {
		byte[] content = TestEvidence.pdf();
		StoredFile first = files.store("bản 1.pdf", new ByteArrayInputStream(content));
		StoredFile second = files.store("bản 2.pdf", new ByteArrayInputStream(content));
		assertThat(second).isEqualTo(first);
		assertThat(rows(first.sha256())).isEqualTo(1);
	}

	@Test
	void theContentComesBackByteForByteAcrossSlices() throws IOException {
		byte[] content = TestEvidence.pdf(EvidenceFiles.SLICE * 2 + 12345);
		StoredFile stored = files.store("lớn.pdf", new ByteArrayInputStream(content));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		files.copyTo(stored.sha256(), out);
		assertThat(out.toByteArray()).isEqualTo(content);
	}

	@Test
	void aDownloadCarriesTheHeadersAndTheContent() throws IOException {
		byte[] content = TestEvidence.png();
		StoredFile stored = files.store("ảnh.png", new ByteArrayInputStream(content));
		MockHttpServletResponse response = new MockHttpServletResponse();
		files.download(stored, "ảnh.png", true, response);
		assertThat(response.getContentAsByteArray()).isEqualTo(content);
		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox; frame-ancestors 'self'");
	}

	@Test
	void aPdfThatIsAnExecutableIsRefusedAndNotStored() {
		byte[] content = TestEvidence.elf();
		Refusal refused = refuse("Báo cáo.pdf", content);
		assertThat(refused.messageKey()).isEqualTo("assessment.evidence.error.notAllowed");
		assertThat(refused.arguments()).containsExactly("Báo cáo.pdf");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rows(sha256(content))).isZero();
	}

	static Stream<Arguments> refusedUploads() {
		return Stream.of(arguments("setup.exe", TestEvidence.exe()), arguments("cai-dat.sh", TestEvidence.script()),
				arguments("trang.html", TestEvidence.html()), arguments("tai-lieu.zip", TestEvidence.zip()),
				arguments("tai-lieu.docx", TestEvidence.zip()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedUploads")
	void filesThatAreNoEvidenceAreRefusedAndNotStored(String name, byte[] content) {
		assertThat(refuse(name, content).messageKey()).isEqualTo("assessment.evidence.error.notAllowed");
		assertThat(rows(sha256(content))).isZero();
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refuse("trống.pdf", new byte[0]).messageKey()).isEqualTo("assessment.evidence.error.empty");
	}

	@Test
	void anImageNamedAsAPdfIsRefusedSayingWhatItReallyIs() {
		byte[] content = TestEvidence.png();
		Refusal refused = refuse("Báo cáo.pdf", content);
		assertThat(refused.messageKey()).isEqualTo("assessment.evidence.error.extensionMismatch");
		assertThat(detail(refused, Locale.forLanguageTag("vi")))
			.isEqualTo("Phần mở rộng của tệp Báo cáo.pdf không khớp với nội dung: nội dung thực tế là ảnh."
					+ " Vui lòng đặt lại tên tệp cho đúng loại.");
		assertThat(detail(refused, Locale.ENGLISH)).contains("Báo cáo.pdf", "which is an image.");
		assertThat(rows(sha256(content))).isZero();
	}

	@Test
	void anImageNamedAsAnotherImageFormatIsAccepted() {
		StoredFile stored = files.store("ảnh.jpg", new ByteArrayInputStream(TestEvidence.png()));
		assertThat(stored.mediaType()).isEqualTo("image/png");
	}

	@Test
	void anUnknownHashIsNotFound() {
		assertThat(files.find("0".repeat(64))).isEmpty();
		assertThatThrownBy(() -> files.copyTo("0".repeat(64), new ByteArrayOutputStream())).isInstanceOfSatisfying(
				Refusal.class, (ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	private Refusal refuse(String name, byte[] content) {
		return catchThrowableOfType(Refusal.class, () -> files.store(name, new ByteArrayInputStream(content)));
	}

	private String detail(Refusal ex, Locale locale) {
		return messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(), locale);
	}

	private int rows(String sha256) {
		return jdbc.sql("select count(*) from assessment_file where sha256 = ?")
			.param(sha256)
			.query(Integer.class)
			.single();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
