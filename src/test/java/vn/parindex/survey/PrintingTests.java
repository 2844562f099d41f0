package vn.parindex.survey;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintingTests {

	@Test
	void vietnamesePrintsWithItsDiacriticsAndAQrCodeIsAnImage() throws Exception {
		String qr = Printing.qrDataUri("https://parindex.example/s/abcdefghijklmnopqrstuvwxyz", 200);
		assertThat(qr).startsWith("data:image/png;base64,");
		byte[] pdf = new Printing()
			.pdf("""
					<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
					<body><p>Phiếu khảo sát sự hài lòng của người dân</p><img src="%s" width="100" height="100"/></body></html>
					"""
				.formatted(qr));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Phiếu khảo sát sự hài lòng của người dân");
		}
	}

}
