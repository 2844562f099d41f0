package vn.parindex.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an {@code .xlsx} cell's style says about showing its number: only the number
 * format of each cell style ({@code cellXfs}), read from the styles part as a stream;
 * fonts, fills and borders are passed over.
 */
final class NumberFormats extends DefaultHandler {

	/** Excel's own limit of cell formats in a workbook. */
	private static final int MAX_STYLES = 65_536;

	private final Map<Integer, String> custom = new HashMap<>();

	private final List<Integer> formatOfStyle = new ArrayList<>();

	private boolean inCellStyles;

	static NumberFormats none() {
		return new NumberFormats();
	}

	static NumberFormats read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
		NumberFormats formats = new NumberFormats();
		var reader = XMLHelper.newXMLReader();
		reader.setContentHandler(formats);
		reader.parse(new InputSource(part));
		return formats;
	}

	/** The number format id of the style; 0 (General) when there is none. */
	int formatId(int style) {
		return (style >= 0 && style < formatOfStyle.size()) ? formatOfStyle.get(style) : 0;
	}

	/** The format's pattern, built in or the workbook's own. */
	String pattern(int formatId) {
		String pattern = custom.get(formatId);
		if (pattern == null) {
			pattern = BuiltinFormats.getBuiltinFormat(formatId);
		}
		return (pattern != null) ? pattern : "General";
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "numFmt" -> {
				Integer id = number(attributes.getValue("numFmtId"));
				String code = attributes.getValue("formatCode");
				if (id != null && code != null && custom.size() < MAX_STYLES) {
					custom.put(id, code);
				}
			}
			case "cellXfs" -> inCellStyles = true;
			case "xf" -> {
				if (inCellStyles && formatOfStyle.size() < MAX_STYLES) {
					Integer id = number(attributes.getValue("numFmtId"));
					formatOfStyle.add((id != null) ? id : 0);
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if ("cellXfs".equals(localName)) {
			inCellStyles = false;
		}
	}

	private static Integer number(String text) {
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
