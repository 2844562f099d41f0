package vn.parindex.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an {@code .xlsx} as a stream of XML events, so that memory follows
 * one row, the shared strings and the few number formats, never the size of the sheet.
 * <p>
 * Before POI opens the package (which parses its content types, relations and properties
 * whole), every part other than sheets and shared strings is inflated once and refused
 * beyond {@link WorkbookLimits#maxStructureSize()}; the sheet and shared strings are
 * refused beyond {@link WorkbookLimits#maxPartSize()} as they are read. POI's
 * {@link ZipSecureFile} refuses any part that inflates too far beyond its compressed
 * size.
 */
final class XlsxWorkbook {

	private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private final File file;

	private final WorkbookLimits limits;

	XlsxWorkbook(File file, WorkbookLimits limits) {
		this.file = file;
		this.limits = limits;
	}

	/**
	 * Streams the sheet named (in any case) into the sink, or the first when
	 * {@code orFirst}.
	 * @return the name of the sheet read, or empty when there is no such sheet
	 */
	Optional<String> read(String preferredSheet, boolean orFirst, SheetRows.Sink sink)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		checkStructure();
		try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			PackagePart sheet = null;
			String name = null;
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				sheets.next().close();
				if (sheet == null && orFirst || sheets.getSheetName().equalsIgnoreCase(preferredSheet)) {
					sheet = sheets.getSheetPart();
					name = sheets.getSheetName();
				}
			}
			if (sheet == null) {
				return Optional.empty();
			}
			boolean date1904 = date1904(reader);
			SharedTexts texts = sharedTexts(pkg);
			NumberFormats formats = numberFormats(pkg);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			SheetRows rows = new SheetRows(name, limits, sink);
			try (InputStream in = guarded(sheet.getInputStream(), name(sheet), limits.maxPartSize().toBytes())) {
				parse(in, new XlsxSheetHandler(texts, formats, formatter, date1904, rows));
			}
			return Optional.of(name);
		}
	}

	private SharedTexts sharedTexts(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
		Optional<PackagePart> part = part(pkg, XSSFRelation.SHARED_STRINGS);
		if (part.isEmpty()) {
			return SharedTexts.none();
		}
		try (InputStream in = part.get().getInputStream()) {
			return SharedTexts.read(guarded(in, name(part.get()), limits.maxPartSize().toBytes()), limits);
		}
	}

	private NumberFormats numberFormats(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
		Optional<PackagePart> part = part(pkg, XSSFRelation.STYLES);
		if (part.isEmpty()) {
			return NumberFormats.none();
		}
		try (InputStream in = part.get().getInputStream()) {
			return NumberFormats.read(guarded(in, name(part.get()), limits.maxStructureSize().toBytes()));
		}
	}

	/** The workbook's part of that kind, looked up without POI's warning when absent. */
	private static Optional<PackagePart> part(OPCPackage pkg, XSSFRelation relation) {
		return pkg.getPartsByContentType(relation.getContentType()).stream().findFirst();
	}

	private static String name(PackagePart part) {
		return entryName(part.getPartName().getName());
	}

	/** Whether dates count from 1904, as old Mac workbooks do. */
	private boolean date1904(XSSFReader reader)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		boolean[] date1904 = { false };
		try (InputStream in = guarded(reader.getWorkbookData(), "workbook", limits.maxStructureSize().toBytes())) {
			parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
			});
		}
		return date1904[0];
	}

	/**
	 * Inflates every part POI reads whole, refusing the package before it is opened when
	 * one is larger than any real workbook's.
	 */
	private void checkStructure() throws IOException, SAXException, ParserConfigurationException {
		long max = limits.maxStructureSize().toBytes();
		try (ZipSecureFile zip = new ZipSecureFile(file)) {
			ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				throw WorkbookError.refusal("workbook.error.unreadable");
			}
			Set<String> streamed = new HashSet<>();
			try (InputStream in = guarded(zip.getInputStream(types), types.getName(), max)) {
				parse(in, new DefaultHandler() {
					@Override
					public void startElement(String uri, String localName, String qName, Attributes attributes) {
						String type = attributes.getValue("ContentType");
						String part = attributes.getValue("PartName");
						// relations are parsed whole whatever type they claim
						if ("Override".equals(localName) && part != null && !part.endsWith(".rels")
								&& (WORKSHEET.equals(type) || SHARED_STRINGS.equals(type))) {
							streamed.add(entryName(part).toLowerCase(Locale.ROOT));
						}
					}
				});
			}
			long total = 0;
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (!entry.isDirectory() && !streamed.contains(entry.getName().toLowerCase(Locale.ROOT))) {
					try (InputStream in = zip.getInputStream(entry)) {
						total += drain(in, entry.getName(), max);
					}
				}
				if (total > limits.maxPartSize().toBytes()) {
					throw MarkupGuard.tooLarge(entry.getName(), limits.maxPartSize().toBytes());
				}
			}
		}
	}

	/** Reads a part to its end, refusing it beyond the size given; answers its size. */
	private static long drain(InputStream in, String part, long max) throws IOException {
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > max) {
				throw MarkupGuard.tooLarge(part, max);
			}
		}
		return total;
	}

	/** A part's name as its zip entry is named: no leading slash. */
	private static String entryName(String partName) {
		return partName.startsWith("/") ? partName.substring(1) : partName;
	}

	private InputStream guarded(InputStream in, String part, long maxBytes) {
		return new MarkupGuard(in, part, maxBytes, limits.maxMarkupRun());
	}

	private static void parse(InputStream in, DefaultHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(handler);
		reader.parse(new InputSource(in));
	}

}
