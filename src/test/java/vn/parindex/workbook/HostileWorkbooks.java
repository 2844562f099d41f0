package vn.parindex.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written as raw zips, their sheet's XML streamed straight into the compressor,
 * so that a test can build a sheet of hundreds of megabytes in a few hundred kilobytes of
 * memory: huge, bomb-like or broken, as an attacker would send them.
 */
public final class HostileWorkbooks {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** Writes the rows of a sheet, as XML between {@code <sheetData>} and its end. */
	@FunctionalInterface
	public interface SheetBody {

		void write(Writer out) throws IOException;

	}

	private HostileWorkbooks() {
	}

	/** One sheet of the given name and body, closed properly. */
	public static byte[] xlsx(String sheetName, SheetBody body) {
		return xlsx(sheetName, body, "</sheetData></worksheet>", null);
	}

	/** One sheet whose XML ends in the middle of a row, as a damaged file would. */
	public static byte[] truncated(String sheetName, SheetBody body) {
		return xlsx(sheetName, body, "<row r=\"", null);
	}

	/** One sheet, and a styles part of the given body (inside {@code <styleSheet>}). */
	public static byte[] withStyles(String sheetName, SheetBody body, SheetBody styles) {
		return xlsx(sheetName, body, "</sheetData></worksheet>", styles);
	}

	/** A row of inline texts from column A on; {@code null} leaves a cell out. */
	public static String row(int number, String... texts) {
		StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
		for (int c = 0; c < texts.length; c++) {
			if (texts[c] != null) {
				row.append("<c r=\"")
					.append(column(c))
					.append(number)
					.append("\" t=\"inlineStr\"><is><t>")
					.append(texts[c])
					.append("</t></is></c>");
			}
		}
		return row.append("</row>").toString();
	}

	private static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	private static byte[] xlsx(String sheetName, SheetBody body, String end, SheetBody styles) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ ((styles != null) ? "<Override PartName=\"/xl/styles.xml\" ContentType=\""
							+ "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : "")
					+ "</Types>");
			entry(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
							+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONS
							+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONS
							+ "\"><sheets><sheet name=\"" + sheetName
							+ "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONS
					+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ ((styles != null)
							? "<Relationship Id=\"rId2\" Type=\"" + RELATIONS + "/styles\" Target=\"styles.xml\"/>"
							: "")
					+ "</Relationships>");
			if (styles != null) {
				zip.putNextEntry(new ZipEntry("xl/styles.xml"));
				Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">");
				styles.write(out);
				out.write("</styleSheet>");
				out.flush();
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
			body.write(out);
			out.write(end);
			out.flush();
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
