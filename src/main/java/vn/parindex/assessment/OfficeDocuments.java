package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks inside the two Office containers. A ZIP is a Word or Excel document only when its
 * {@code [Content_Types].xml} declares the main part of one and the parts are there; an
 * OLE2 file only when it holds a Word or Excel stream. Files carrying macros are refused:
 * evidence is read by appraisers, and a document need not run code to prove anything.
 * <p>
 * Only the ZIP's central directory and one small part are read, inflating at most
 * {@link #MAX_CONTENT_TYPES_BYTES}, so a zip bomb costs nothing.
 */
final class OfficeDocuments {

	static final int MAX_ENTRIES = 10_000;

	static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private OfficeDocuments() {
	}

	static Optional<EvidenceFormat> openXml(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				return Optional.empty();
			}
			ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
			if (contentTypes == null || hasMacros(zip)) {
				return Optional.empty();
			}
			String declared = read(zip, contentTypes);
			if (declared == null) {
				return Optional.empty();
			}
			if (declared.contains(WORD_MAIN) && hasPartUnder(zip, "word/")) {
				return Optional.of(EvidenceFormat.DOCX);
			}
			if (declared.contains(EXCEL_MAIN) && hasPartUnder(zip, "xl/")) {
				return Optional.of(EvidenceFormat.XLSX);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// a damaged or hostile archive (bad entry names, encrypted or corrupt parts)
			// is no document
			return Optional.empty();
		}
	}

	static Optional<EvidenceFormat> legacy(Path file) {
		try (POIFSFileSystem filesystem = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = filesystem.getRoot();
			if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
				return Optional.empty();
			}
			if (root.hasEntry("WordDocument")) {
				return Optional.of(EvidenceFormat.DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(EvidenceFormat.XLS);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a damaged or hostile container in many ways; none of them is
			// evidence
			return Optional.empty();
		}
	}

	private static boolean hasMacros(ZipFile zip) {
		return Collections.list(zip.entries())
			.stream()
			.anyMatch((entry) -> entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
	}

	private static boolean hasPartUnder(ZipFile zip, String folder) {
		return Collections.list(zip.entries())
			.stream()
			.anyMatch((entry) -> entry.getName().startsWith(folder) && !entry.isDirectory());
	}

	/** The part's text, or null when it inflates beyond what a real one could be. */
	private static String read(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
			return (bytes.length > MAX_CONTENT_TYPES_BYTES) ? null : new String(bytes, StandardCharsets.UTF_8);
		}
	}

}
