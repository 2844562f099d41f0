package vn.parindex.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table of an {@code .xlsx}: every distinct text of the workbook,
 * which its cells refer to by index. It must stay in memory while the sheet is read, so
 * it is refused beyond a count and a total length. Phonetic runs ({@code rPh}) are left
 * out, as Excel shows them.
 */
final class SharedTexts extends DefaultHandler {

	private final WorkbookLimits limits;

	private final List<String> texts = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private long characters;

	private boolean inItem;

	private boolean inText;

	private int phoneticDepth;

	private SharedTexts(WorkbookLimits limits) {
		this.limits = limits;
	}

	static SharedTexts none() {
		return new SharedTexts(WorkbookLimits.defaults());
	}

	static SharedTexts read(InputStream part, WorkbookLimits limits)
			throws IOException, SAXException, ParserConfigurationException {
		SharedTexts table = new SharedTexts(limits);
		var reader = XMLHelper.newXMLReader();
		reader.setContentHandler(table);
		reader.parse(new InputSource(part));
		return table;
	}

	/** The text at the index, or {@code null} when there is none. */
	String at(int index) {
		return (index >= 0 && index < texts.size()) ? texts.get(index) : null;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "si" -> {
				inItem = true;
				text.setLength(0);
			}
			case "rPh" -> phoneticDepth++;
			case "t" -> inText = inItem && phoneticDepth == 0;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "si" -> add();
			case "rPh" -> phoneticDepth--;
			case "t" -> inText = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inText) {
			text.append(ch, start, length);
			characters += length;
			if (text.length() > limits.maxCellLength() || characters > limits.maxSharedStringChars()) {
				throw tooMany();
			}
		}
	}

	private void add() {
		inItem = false;
		if (texts.size() == limits.maxSharedStrings()) {
			throw tooMany();
		}
		texts.add(EscapedText.decode(text.toString()));
	}

	private RuntimeException tooMany() {
		return WorkbookError.refusal("workbook.error.tooManyTexts", limits.maxSharedStrings(),
				limits.maxSharedStringChars(), limits.maxCellLength());
	}

}
