package vn.parindex.assessment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Tiny real files of every kind evidence may be, and of kinds it may not. Each call makes
 * different content, so tests sharing a database never see each other's rows.
 */
final class TestEvidence {

	static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private TestEvidence() {
	}

	static byte[] pdf() {
		return ascii("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
	}

	/** A PDF of about {@code size} bytes, its body random. */
	static byte[] pdf(int size) {
		byte[] content = new byte[size];
		new java.util.Random().nextBytes(content);
		System.arraycopy(ascii("%PDF-1.7\n"), 0, content, 0, 9);
		return content;
	}

	static byte[] png() {
		return image("png", BufferedImage.TYPE_INT_ARGB);
	}

	static byte[] jpeg() {
		return image("jpg", BufferedImage.TYPE_INT_RGB);
	}

	static byte[] gif() {
		return image("gif", BufferedImage.TYPE_INT_RGB);
	}

	/** The RIFF header of a WebP file; the VP8 payload is not looked at. */
	static byte[] webp() {
		byte[] content = ascii("RIFF\u0024\0\0\0WEBPVP8 " + UUID.randomUUID());
		return content;
	}

	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Báo cáo cải cách hành chính " + UUID.randomUUID());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(UUID.randomUUID().toString());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(UUID.randomUUID().toString());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An OLE2 container with the streams named: POI cannot write a real Word 97 file
	 * without its scratchpad, but the streams are what detection reads.
	 */
	static byte[] ole2(String... streams) {
		try (POIFSFileSystem filesystem = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String stream : streams) {
				filesystem.createDocument(new java.io.ByteArrayInputStream(ascii(UUID.randomUUID().toString())),
						stream);
			}
			filesystem.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] elf() {
		return withNonce(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 });
	}

	static byte[] exe() {
		return withNonce(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
	}

	static byte[] machO() {
		return withNonce(new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1 });
	}

	static byte[] script() {
		return ascii("#!/bin/sh\necho " + UUID.randomUUID() + "\n");
	}

	static byte[] html() {
		return ascii("<!DOCTYPE html><html><body><script>alert('" + UUID.randomUUID() + "')</script></body></html>");
	}

	/** A ZIP that is no Office document: a text file in it. */
	static byte[] zip() {
		return zip(new String[] { "readme.txt", UUID.randomUUID().toString() });
	}

	/** A ZIP of the given entries, each a name and its text. */
	static byte[] zip(String[]... entries) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String[] entry : entries) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code [Content_Types].xml} declaring {@code mainType} for the main part. */
	static String contentTypes(String mainType) {
		return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Override PartName=\"/main.xml\" ContentType=\"" + mainType + "\"/></Types>";
	}

	private static byte[] image(String format, int type) {
		BufferedImage image = new BufferedImage(3, 2, type);
		image.setRGB(0, 0, new java.util.Random().nextInt());
		image.setRGB(1, 1, new java.util.Random().nextInt());
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] withNonce(byte[] header) {
		byte[] nonce = ascii(UUID.randomUUID().toString());
		byte[] content = java.util.Arrays.copyOf(header, header.length + nonce.length);
		System.arraycopy(nonce, 0, content, header.length, nonce.length);
		return content;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
