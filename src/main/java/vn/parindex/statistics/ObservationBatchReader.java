package vn.parindex.statistics;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Reads a JSON batch of observations (FORMATS.md, Statistics) as a stream of tokens:
 * however many items it holds, no tree of them is built, and reading stops as soon as the
 * batch passes {@link FeedLimits#maxItems()} items or {@link FeedLimits#maxBody()} bytes
 * (413). What is wrong in an item (a field of the wrong type, an unknown field) is a
 * problem at its index, listed with the others; a body that is no JSON is refused whole.
 */
final class ObservationBatchReader {

	private static final Set<String> ITEM_FIELDS = Set.of("unit", "indicator", "period", "numerator", "denominator",
			"value", "note");

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(4)
				.maxStringLength(100_000)
				.maxNumberLength(1_000)
				.maxDocumentLength(-1)
				.build())
			.build())
		.build();

	/** A batch read: its source, its items, and what was wrong in them. */
	record Batch(String source, List<FeedItem> items, List<FeedProblem> problems) {
	}

	private ObservationBatchReader() {
	}

	/**
	 * @throws Refusal 413 beyond the limits, 400 when the body is no JSON object
	 */
	static Batch read(InputStream body, long contentLength, FeedLimits limits) throws IOException {
		long maxBody = limits.maxBody().toBytes();
		if (contentLength > maxBody) {
			throw tooLarge(limits);
		}
		Bounded in = new Bounded(body, maxBody);
		try (JsonParser parser = JSON.createParser(in)) {
			return read(parser, limits);
		}
		catch (JacksonException ex) {
			if (in.exceeded) {
				throw tooLarge(limits);
			}
			throw new Refusal(HttpStatus.BAD_REQUEST, "statistics.feeds.batch.unreadable",
					ex.getLocation() != null ? ex.getLocation().getLineNr() : 0,
					ex.getLocation() != null ? ex.getLocation().getColumnNr() : 0);
		}
	}

	private static Batch read(JsonParser parser, FeedLimits limits) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw Refusal.badRequest("statistics.feeds.batch.notAnObject");
		}
		String source = null;
		boolean sawItems = false;
		List<FeedItem> items = new ArrayList<>();
		List<FeedProblem> problems = new ArrayList<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken token = parser.nextToken();
			switch (name) {
				case "source" -> {
					if (token == JsonToken.VALUE_STRING) {
						source = parser.getString();
					}
					else if (token != JsonToken.VALUE_NULL) {
						problems.add(FeedProblem.at(null, "source", "statistics.feeds.error.notText"));
						parser.skipChildren();
					}
				}
				case "observations" -> {
					sawItems = true;
					if (token != JsonToken.START_ARRAY) {
						problems.add(FeedProblem.at(null, "observations", "statistics.feeds.batch.notAList"));
						parser.skipChildren();
					}
					else {
						readItems(parser, limits, items, problems);
					}
				}
				default -> {
					problems.add(FeedProblem.at(null, shorten(name), "statistics.feeds.error.unknownField"));
					parser.skipChildren();
				}
			}
		}
		if (!sawItems) {
			problems.add(FeedProblem.at(null, "observations", "statistics.feeds.batch.noObservations"));
		}
		if (parser.nextToken() != null) {
			throw Refusal.badRequest("statistics.feeds.batch.notAnObject");
		}
		return new Batch(source, items, problems);
	}

	private static void readItems(JsonParser parser, FeedLimits limits, List<FeedItem> items,
			List<FeedProblem> problems) {
		int index = 0;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (index >= limits.maxItems()) {
				throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "statistics.feeds.batch.tooManyItems",
						limits.maxItems());
			}
			if (token != JsonToken.START_OBJECT) {
				problems.add(FeedProblem.at(index, null, "statistics.feeds.batch.itemNotAnObject"));
				parser.skipChildren();
			}
			else {
				items.add(readItem(parser, index, problems));
			}
			index++;
		}
	}

	private static FeedItem readItem(JsonParser parser, int index, List<FeedProblem> problems) {
		String unit = null;
		String indicator = null;
		String period = null;
		String note = null;
		BigDecimal numerator = null;
		BigDecimal denominator = null;
		BigDecimal value = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken token = parser.nextToken();
			if (!ITEM_FIELDS.contains(name)) {
				problems.add(FeedProblem.at(index, shorten(name), "statistics.feeds.error.unknownField"));
				parser.skipChildren();
				continue;
			}
			if (token == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (name) {
				case "unit" -> unit = code(parser, token, index, name, problems);
				case "indicator" -> indicator = code(parser, token, index, name, problems);
				case "period" -> period = code(parser, token, index, name, problems);
				case "note" -> note = text(parser, token, index, name, problems);
				default -> {
					BigDecimal number = number(parser, token, index, name, problems);
					switch (name) {
						case "numerator" -> numerator = number;
						case "denominator" -> denominator = number;
						default -> value = number;
					}
				}
			}
		}
		return new FeedItem(index, unit, indicator, period, numerator, denominator, value, note, null);
	}

	/** A code or a period: a text, or a whole number written without quotes. */
	private static String code(JsonParser parser, JsonToken token, int index, String field,
			List<FeedProblem> problems) {
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return parser.getString();
		}
		return text(parser, token, index, field, problems);
	}

	private static String text(JsonParser parser, JsonToken token, int index, String field,
			List<FeedProblem> problems) {
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		problems.add(FeedProblem.at(index, field, "statistics.feeds.error.notText"));
		parser.skipChildren();
		return null;
	}

	private static BigDecimal number(JsonParser parser, JsonToken token, int index, String field,
			List<FeedProblem> problems) {
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			try {
				return parser.getDecimalValue();
			}
			catch (RuntimeException ex) {
				problems.add(FeedProblem.at(index, field, "statistics.feeds.error.tooLarge", 15));
				return null;
			}
		}
		problems.add(FeedProblem.at(index, field, "statistics.feeds.error.notANumber"));
		parser.skipChildren();
		return null;
	}

	private static String shorten(String name) {
		String clean = name.replace('\0', ' ');
		return (clean.length() > 64) ? clean.substring(0, 63) + "…" : clean;
	}

	static Refusal tooLarge(FeedLimits limits) {
		return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "statistics.feeds.batch.tooLarge",
				limits.maxBody().toMegabytes(), limits.maxItems());
	}

	/** The body, failing once more than {@code max} bytes are read. */
	private static final class Bounded extends FilterInputStream {

		private final long max;

		private long read;

		private boolean exceeded;

		Bounded(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > max) {
				exceeded = true;
				throw new IOException("more than " + max + " bytes");
			}
		}

	}

}
