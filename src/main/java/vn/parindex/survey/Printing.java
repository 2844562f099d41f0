package vn.parindex.survey;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

	/**
	 * A QR code of the text as a {@code data:image/png;base64,…} URI, at least
	 * {@code pixels} wide, with a quiet zone of two modules. Drawn module by module (a
	 * few hundred squares rather than a pixel at a time), so that ten thousand cards are
	 * drawn in seconds.
	 */
	static String qrDataUri(String text, int pixels) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			int scale = Math.max(1, (pixels + matrix.getWidth() - 1) / matrix.getWidth());
			int size = matrix.getWidth() * scale;
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
			WritableRaster raster = image.getRaster();
			int[] white = new int[scale * scale];
			Arrays.fill(white, 1);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (!matrix.get(x, y)) {
						raster.setPixels(x * scale, y * scale, scale, scale, white);
					}
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
