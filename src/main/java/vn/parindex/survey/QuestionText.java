package vn.parindex.survey;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question as it is typed — in a workbook row, on the edit page or in the database —
 * made into a {@link Question}: the type named, the options read, the codes upper-cased.
 */
final class QuestionText {

	private QuestionText() {
	}

	/**
	 * @param groups comma-separated group codes, empty for all
	 * @param satisfied comma-separated option codes (or scale points) that count as
	 * satisfied
	 * @throws vn.parindex.problem.Refusal when the options do not fit the type
	 */
	static Question parse(String code, String groups, String text, AnswerType type, String options, boolean cannotJudge,
			String leafCode, String element, String satisfied, String context) {
		int scale = (type == AnswerType.SCALE) ? OptionsText.scale(options) : 0;
		List<AnswerOption> choices = switch (type) {
			case CHOICE -> OptionsText.choices(options, true);
			case MULTI -> OptionsText.choices(options, false);
			case SCALE, TEXT -> List.of();
		};
		String kept = (type == AnswerType.TEXT) ? "" : OptionsText.format(type, scale, choices);
		return new Question(code.strip(), codes(groups), text.strip(), type, kept, scale, choices, cannotJudge,
				blankToNull(leafCode), blankToNull(element), codes(satisfied), blankToNull(context));
	}

	static Set<String> codes(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return Set.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		Arrays.stream(commaSeparated.split("[,;]"))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.forEach((code) -> codes.add(code.toUpperCase(Locale.ROOT)));
		return codes;
	}

	static String join(Set<String> codes) {
		return String.join(",", codes);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
