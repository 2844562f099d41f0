package vn.parindex.assessment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as people give them (Vietnamese, with spaces, sometimes with a path): the
 * extension they claim, and the two spellings a {@code Content-Disposition} header needs.
 */
final class EvidenceFileNames {

	private static final int MAX_LENGTH = 200;

	private EvidenceFileNames() {
	}

	/**
	 * The extension in lower case, or empty when the name has none; digits after a dot
	 * ({@code Báo cáo 12.2024}) are part of the name, not an extension.
	 */
	static String extension(String fileName) {
		String name = baseName(fileName);
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return extension.chars().allMatch(Character::isDigit) ? "" : extension;
	}

	/**
	 * The name without any folder a browser sent along, without control characters, and
	 * not absurdly long; {@code fallback} when nothing is left.
	 */
	static String clean(String fileName, String fallback) {
		String name = baseName(fileName).replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > MAX_LENGTH) {
			name = name.substring(name.length() - MAX_LENGTH);
		}
		return name.isEmpty() ? fallback : name;
	}

	/**
	 * Printable ASCII for clients that ignore {@code filename*}: Vietnamese letters lose
	 * their marks ({@code Báo cáo} becomes {@code Bao cao}, {@code đ} becomes {@code d});
	 * quotes, backslashes and parameter separators, which careless parsers split on,
	 * become {@code _}.
	 */
	static String ascii(String name) {
		String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		StringBuilder ascii = new StringBuilder();
		stripped.chars()
			.forEach((c) -> ascii.append((c >= 0x20 && c < 0x7F && "\"\\;,".indexOf(c) < 0) ? (char) c : '_'));
		return ascii.toString();
	}

	/** RFC 5987 {@code value-chars}: UTF-8 bytes, percent-encoded unless an attr-char. */
	static String rfc5987(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

	private static String baseName(String fileName) {
		String name = (fileName != null) ? fileName : "";
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

}
