package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.Decimals;

/**
 * The shared syntax of rule parameters: {@code name=value} pairs separated by {@code ;},
 * free whitespace, {@code ,} or {@code .} as decimal separator. Every syntax error names
 * the whole text and an example of the rule's syntax, so that the person typing sees what
 * was expected.
 */
final class RuleParameters {

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%?)");

	private final String text;

	private final String example;

	RuleParameters(String text, String example) {
		this.text = (text != null) ? text : "";
		this.example = example;
	}

	String text() {
		return text.strip();
	}

	/**
	 * The {@code name=value} pairs in order, both trimmed. A name may hold {@code =}: the
	 * last one separates it from the value. Empty segments (a trailing {@code ;}) are
	 * skipped.
	 */
	List<Map.Entry<String, String>> pairs() {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String segment : text.split(";")) {
			if (segment.isBlank()) {
				continue;
			}
			int equals = segment.lastIndexOf('=');
			String name = (equals >= 0) ? segment.substring(0, equals).strip() : "";
			String value = (equals >= 0) ? segment.substring(equals + 1).strip() : "";
			if (name.isEmpty() || value.isEmpty()) {
				throw bad();
			}
			pairs.add(Map.entry(name, value));
		}
		return pairs;
	}

	/** Pairs whose names are keywords: known, each at most once, any case. */
	Map<String, String> keywords(String... known) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> pair : pairs()) {
			String key = pair.getKey().toLowerCase(Locale.ROOT);
			if (!List.of(known).contains(key) || values.put(key, pair.getValue()) != null) {
				throw bad();
			}
		}
		return values;
	}

	Amount amount(String value) {
		Matcher matcher = matcher(value);
		return new Amount(decimal(matcher.group(1)), !matcher.group(2).isEmpty());
	}

	/** A number that must not carry {@code %}. */
	BigDecimal number(String value) {
		Matcher matcher = matcher(value);
		if (!matcher.group(2).isEmpty()) {
			throw bad();
		}
		return decimal(matcher.group(1));
	}

	/** A number that must carry {@code %}, answered without it. */
	BigDecimal percentage(String value) {
		Matcher matcher = matcher(value);
		if (matcher.group(2).isEmpty()) {
			throw bad();
		}
		return decimal(matcher.group(1));
	}

	Refusal bad() {
		return Refusal.badRequest("framework.rule.error.badParameters", text(), example);
	}

	private Matcher matcher(String value) {
		Matcher matcher = NUMBER.matcher(value.strip());
		if (!matcher.matches()) {
			throw bad();
		}
		return matcher;
	}

	private BigDecimal decimal(String digits) {
		try {
			return Decimals.parse(digits).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			throw bad();
		}
	}

}
