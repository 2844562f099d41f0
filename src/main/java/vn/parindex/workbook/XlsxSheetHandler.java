package vn.parindex.workbook;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML of one {@code .xlsx} sheet into rows of formatted cell text as the parser
 * goes: numbers and dates as their style shows them, texts from the shared table or
 * inline, a formula's cached result. Only the row being read is held.
 */
final class XlsxSheetHandler extends DefaultHandler {

	/** Excel's last column, XFD. */
	private static final int MAX_COLUMN = 16_383;

	private final SharedTexts texts;

	private final NumberFormats formats;

	private final DataFormatter formatter;

	private final boolean date1904;

	private final SheetRows rows;

	private final StringBuilder value = new StringBuilder();

	private int row;

	private int column = -1;

	private String type;

	private int style;

	private boolean inValue;

	private boolean inInlineText;

	private int phoneticDepth;

	XlsxSheetHandler(SharedTexts texts, NumberFormats formats, DataFormatter formatter, boolean date1904,
			SheetRows rows) {
		this.texts = texts;
		this.formats = formats;
		this.formatter = formatter;
		this.date1904 = date1904;
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				row = (r != null) ? parseRow(r) : row + 1;
				column = -1;
				rows.startRow(row);
			}
			case "c" -> {
				String reference = attributes.getValue("r");
				column = (reference != null) ? parseColumn(reference) : column + 1;
				type = attributes.getValue("t");
				String s = attributes.getValue("s");
				style = (s != null) ? parseInt(s, 0, Integer.MAX_VALUE) : 0;
				value.setLength(0);
			}
			case "v" -> inValue = true;
			case "rPh" -> phoneticDepth++;
			case "t" -> inInlineText = "inlineStr".equals(type) && phoneticDepth == 0;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "row" -> rows.endRow();
			case "c" -> rows.cell(column, text());
			case "v" -> inValue = false;
			case "rPh" -> phoneticDepth--;
			case "t" -> inInlineText = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inValue || inInlineText) {
			value.append(ch, start, length);
			rows.checkLength(value.length(), column);
		}
	}

	/** The cell's text as Excel shows it. */
	private String text() {
		String raw = value.toString();
		if (type == null || "n".equals(type)) {
			return number(raw);
		}
		return switch (type) {
			case "s" -> sharedText(raw);
			case "b" -> "1".equals(raw.strip()) ? "TRUE" : (raw.isEmpty() ? "" : "FALSE");
			case "inlineStr", "str" -> EscapedText.decode(raw);
			default -> raw; // errors, ISO dates
		};
	}

	private String number(String raw) {
		if (raw.isBlank()) {
			return "";
		}
		try {
			double number = Double.parseDouble(raw.strip());
			int formatId = formats.formatId(style);
			return formatter.formatRawCellContents(number, formatId, formats.pattern(formatId), date1904);
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	private String sharedText(String raw) {
		String text = texts.at(parseInt(raw.strip(), -1, Integer.MAX_VALUE));
		if (text == null) {
			throw WorkbookError.refusal("workbook.error.unreadable");
		}
		return text;
	}

	private int parseColumn(String reference) {
		int index = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i)) && index <= MAX_COLUMN + 1) {
			index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			i++;
		}
		if (i == 0 || index - 1 > MAX_COLUMN) {
			throw WorkbookError.refusal("workbook.error.unreadable");
		}
		return index - 1;
	}

	private int parseRow(String r) {
		int number = parseInt(r, -1, 1_048_576);
		if (number < 1) {
			throw WorkbookError.refusal("workbook.error.unreadable");
		}
		return number;
	}

	private static int parseInt(String text, int otherwise, int max) {
		try {
			int number = Integer.parseInt(text);
			return (number >= 0 && number <= max) ? number : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
