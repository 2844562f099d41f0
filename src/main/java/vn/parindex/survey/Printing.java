package vn.parindex.survey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Printed matter of the surveys (QR cards, invitation letters): XHTML made into PDF with
 * the bundled DejaVu Sans, so that Vietnamese prints with its diacritics on any machine,
 * and QR codes as PNG data URIs to place in that XHTML.
 */
@Component
class Printing {

	private final Path regular;

	private final Path bold;

	Printing() {
		try {
			this.regular = copy("fonts/DejaVuSans.ttf");
			this.bold = copy("fonts/DejaVuSans-Bold.ttf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path copy(String resource) throws IOException {
		Path file = Files.createTempFile("parindex-font-", ".ttf");
		file.toFile().deleteOnExit();
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	/**
	 * Writes a well-formed XHTML document as PDF; its CSS names the font family
	 * {@code "DejaVu Sans"}.
	 */
	void pdf(String xhtml, OutputStream out) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(regular.toFile(), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(bold.toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf(xhtml, out);
		return out.toByteArray();
	}

	/** A QR code of the text as a {@code data:image/png;base64,…} URI. */
	static String qrDataUri(String text, int pixels) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
