package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells what a file is from its first bytes, never from its name: a PDF, an image, or an
 * Office document (whose container {@link OfficeDocuments} opens). Anything else, such as
 * an executable, a script, HTML or a plain ZIP, is not recognised.
 */
final class EvidenceTypes {

	private static final int HEADER_LENGTH = 16;

	private static final byte[] PDF = ascii("%PDF-");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF87 = ascii("GIF87a");

	private static final byte[] GIF89 = ascii("GIF89a");

	private static final byte[] RIFF = ascii("RIFF");

	private static final byte[] WEBP = ascii("WEBP");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private EvidenceTypes() {
	}

	/**
	 * The format of a file's content, or empty when it is not one evidence may be.
	 */
	static Optional<EvidenceFormat> detect(Path file) throws IOException {
		byte[] header;
		try (InputStream in = Files.newInputStream(file)) {
			header = in.readNBytes(HEADER_LENGTH);
		}
		if (startsWith(header, ZIP, 0)) {
			return OfficeDocuments.openXml(file);
		}
		if (startsWith(header, OLE2, 0)) {
			return OfficeDocuments.legacy(file);
		}
		return Optional.ofNullable(simple(header));
	}

	private static EvidenceFormat simple(byte[] header) {
		if (startsWith(header, PDF, 0)) {
			return EvidenceFormat.PDF;
		}
		if (startsWith(header, PNG, 0)) {
			return EvidenceFormat.PNG;
		}
		if (startsWith(header, JPEG, 0)) {
			return EvidenceFormat.JPEG;
		}
		if (startsWith(header, GIF87, 0) || startsWith(header, GIF89, 0)) {
			return EvidenceFormat.GIF;
		}
		if (startsWith(header, RIFF, 0) && startsWith(header, WEBP, 8)) {
			return EvidenceFormat.WEBP;
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
