package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.parindex.workbook.WorkbookWriter;

import org.springframework.mock.web.MockMultipartFile;

/** Respondents workbooks and the letters a page hands over, for the tests. */
final class RespondentWorkbooks {

	private static final Pattern LETTERS = Pattern.compile("href=\"data:application/pdf;base64,([^\"]+)\"");

	private RespondentWorkbooks() {
	}

	/** A workbook of rows: name, position, email, phone, group, unit. */
	static MockMultipartFile file(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(RespondentSheet.SHEET, RespondentSheet.COLUMNS);
			rows.forEach((row) -> writer.row(row.toArray()));
			writer.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MockMultipartFile("file", "nguoi-duoc-khao-sat.xlsx", WorkbookWriter.CONTENT_TYPE,
				out.toByteArray());
	}

	/** The letters PDF a page offers, as bytes; {@code null} when it offers none. */
	static byte[] letters(String html) {
		Matcher matcher = LETTERS.matcher(html);
		return matcher.find() ? Base64.getDecoder().decode(matcher.group(1)) : null;
	}

	/** The text of each page of a PDF. */
	static List<String> pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> pages = new java.util.ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

}
