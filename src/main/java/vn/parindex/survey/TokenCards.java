package vn.parindex.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The printed cards of a batch of anonymous tokens (phiếu mã khảo sát): A4 sheets of ten
 * cards, each with the QR code of the token's answering link, the link and the token
 * written out to type, the survey's name, the unit evaluated and a short instruction.
 * Made only when the batch is issued: afterwards only the tokens' digests exist.
 * <p>
 * A large batch is laid out a few hundred cards at a time and the parts joined, so that
 * ten thousand cards need no more memory than five hundred.
 */
@Component
class TokenCards {

	static final int PER_PAGE = 10;

	static final int PAGES_PER_PART = 20;

	/** Pixels a side of one module (square) of a card's QR code. */
	/**
	 * Enough for four pixels a module of a card's link (37 modules with the quiet zone).
	 */
	private static final int QR_PIXELS = 140;

	/** The longest survey name a card shows whole. */
	private static final int MAX_NAME = 110;

	private final Printing printing;

	private final PublicLinks links;

	private final ITemplateEngine templates;

	TokenCards(Printing printing, PublicLinks links, ITemplateEngine templates) {
		this.printing = printing;
		this.links = links;
		this.templates = templates;
	}

	/** Writes the batch's cards as one PDF, in the reader's language. */
	void write(SurveyRounds.IssuedBatch batch, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> tokens = batch.tokens();
		int part = PER_PAGE * PAGES_PER_PART;
		if (tokens.size() <= part) {
			printing.pdf(xhtml(batch, tokens, locale), out);
			return;
		}
		List<Path> parts = new ArrayList<>();
		try {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (int from = 0; from < tokens.size(); from += part) {
				Path file = Files.createTempFile("parindex-cards-part-", ".pdf");
				parts.add(file);
				try (OutputStream partOut = Files.newOutputStream(file)) {
					printing.pdf(xhtml(batch, tokens.subList(from, Math.min(tokens.size(), from + part)), locale),
							partOut);
				}
				merger.addSource(file.toFile());
			}
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
		}
		finally {
			for (Path file : parts) {
				Files.deleteIfExists(file);
			}
		}
	}

	private String xhtml(SurveyRounds.IssuedBatch batch, List<String> tokens, Locale locale) {
		List<List<List<Card>>> pages = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (i % PER_PAGE == 0) {
				pages.add(new ArrayList<>());
			}
			List<List<Card>> page = pages.get(pages.size() - 1);
			if (i % 2 == 0) {
				page.add(new ArrayList<>(2));
			}
			String token = tokens.get(i);
			String link = links.answer(token);
			page.get(page.size() - 1).add(new Card(token, grouped(token), link, qr(link)));
		}
		Context context = new Context(locale);
		context.setVariable("survey", shortened(batch.survey().name()));
		context.setVariable("unit", batch.unit().name());
		context.setVariable("group", batch.group().name());
		context.setVariable("batch", batch.batch());
		context.setVariable("pages", pages);
		return templates.process("surveys/rounds/cards", context);
	}

	/**
	 * The token in groups of five letters (the last one longer rather than a letter
	 * alone), easier to read out and type.
	 */
	static String grouped(String token) {
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < token.length()) {
			int end = (token.length() - i <= 6) ? token.length() : i + 5;
			if (i > 0) {
				text.append(' ');
			}
			text.append(token, i, end);
			i = end;
		}
		return text.toString();
	}

	/** The link's QR code as a PNG data URI, four pixels a module. */
	static String qr(String text) {
		return Printing.qrDataUri(text, QR_PIXELS);
	}

	/** A survey's name as a card has room for. */
	static String shortened(String name) {
		return (name.length() <= MAX_NAME) ? name : name.substring(0, MAX_NAME - 1).strip() + "…";
	}

	record Card(String token, String grouped, String link, String qr) {
	}

}
