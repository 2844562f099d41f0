package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;

/**
 * The options column of the instrument workbook, read and written: {@code scale=5} for a
 * scale question, {@code A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%} for
 * choices (the share is optional for several-choice questions: 0% when absent), nothing
 * for free text.
 */
final class OptionsText {

	/** The longest scale and the most options a question may have. */
	static final int MAX_SCALE = 11;

	static final int MAX_OPTIONS = 30;

	private static final Pattern SCALE = Pattern.compile("(?i)\\s*scale\\s*=\\s*(\\d{1,3})\\s*");

	private static final Pattern OPTION = Pattern
		.compile("\\s*([\\p{L}\\p{N}]{1,8})\\s*[.)]\\s*(.*?)\\s*(?:=\\s*(\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%)?\\s*");

	private OptionsText() {
	}

	/** A scale's k. */
	static int scale(String text) {
		Matcher matcher = SCALE.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			throw Refusal.badRequest("survey.options.scaleExpected");
		}
		int k = Integer.parseInt(matcher.group(1));
		if (k < 2 || k > MAX_SCALE) {
			throw Refusal.badRequest("survey.options.scaleRange", MAX_SCALE);
		}
		return k;
	}

	/**
	 * A choice question's options.
	 * @param sharesRequired whether every option must say what it is worth
	 */
	static List<AnswerOption> choices(String text, boolean sharesRequired) {
		List<AnswerOption> options = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (String item : ((text != null) ? text : "").split(";")) {
			if (item.isBlank()) {
				continue;
			}
			Matcher matcher = OPTION.matcher(item);
			if (!matcher.matches() || matcher.group(2).isEmpty()) {
				throw Refusal.badRequest("survey.options.unreadable", item.strip());
			}
			String code = matcher.group(1).toUpperCase(Locale.ROOT);
			if (!codes.add(code)) {
				throw Refusal.badRequest("survey.options.duplicate", code);
			}
			String percent = matcher.group(3);
			if (percent == null && sharesRequired) {
				throw Refusal.badRequest("survey.options.shareMissing", item.strip());
			}
			BigDecimal share = (percent != null) ? new BigDecimal(percent.replace(',', '.')).movePointLeft(2)
					: BigDecimal.ZERO;
			if (share.compareTo(BigDecimal.ONE) > 0) {
				throw Refusal.badRequest("survey.options.shareAbove100", item.strip());
			}
			options.add(new AnswerOption(code, matcher.group(2), share.stripTrailingZeros()));
		}
		if (options.size() < 2) {
			throw Refusal.badRequest("survey.options.tooFew");
		}
		if (options.size() > MAX_OPTIONS) {
			throw Refusal.badRequest("survey.options.tooMany", MAX_OPTIONS);
		}
		return options;
	}

	/** The options as the workbook writes them. */
	static String format(AnswerType type, int scale, List<AnswerOption> choices) {
		return switch (type) {
			case SCALE -> "scale=" + scale;
			case CHOICE,
					MULTI ->
				String.join("; ",
						choices.stream()
							.map((option) -> option.code() + ". " + option.label() + "="
									+ option.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%")
							.toList());
			case TEXT -> "";
		};
	}

}
