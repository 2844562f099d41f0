package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;
import vn.parindex.workbook.Decimals;

/**
 * What an instrument must be before it is kept, however it was typed — a workbook, the
 * API's JSON or the edit page: every problem found, each at its group or question and
 * field (the workbook's column keys), so that the caller can list them all where the
 * person typed them.
 */
final class InstrumentRules {

	static final int MAX_NAME = 300;

	static final int MAX_CODE = 32;

	static final int MAX_GROUPS = 50;

	static final int MAX_QUESTIONS = 1000;

	static final int MAX_ELEMENT = 200;

	static final int MAX_SHORT = 1000;

	static final int MAX_TEXT = Texts.MAX_NOTE;

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2200;

	/** The largest weight the table holds (numeric(12,4)). */
	static final BigDecimal MAX_WEIGHT = new BigDecimal("99999999.9999");

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1," + MAX_CODE + "}");

	private InstrumentRules() {
	}

	/** Where a problem is: the instrument itself, or one of its groups or questions. */
	enum Part {

		INSTRUMENT, GROUP, QUESTION

	}

	/**
	 * @param index the group's or question's position in the list checked (0-based)
	 * @param field the workbook column key ({@code code}, {@code weight},
	 * {@code cannot_judge}, …) or, for the instrument, {@code name} or {@code year}
	 */
	record Problem(Part part, int index, String field, String messageKey, List<Object> arguments) {

		Problem {
			arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
		}

		Object[] args() {
			return arguments.toArray();
		}

	}

	/** The instrument's own fields. */
	record Head(String name, Integer year, String template, Layout layout, Satisfaction satisfaction) {
	}

	/** A group as typed; the weight as text, empty for 1. */
	record GroupEntry(String code, String name, String weight) {
	}

	/**
	 * A question as typed, each field as the workbook's column holds it.
	 *
	 * @param cannotJudge {@code null} when it could not be read (the reader said so)
	 */
	record QuestionEntry(String code, String groups, String text, String type, String options, Boolean cannotJudge,
			String leaf, String element, String satisfied, String context) {

		static QuestionEntry of(Question question) {
			return new QuestionEntry(question.code(), joined(question.groups()), question.text(),
					question.type().name(), question.options(), question.cannotJudge(), question.leafCode(),
					question.element(), joined(question.satisfied()), question.context());
		}

	}

	static GroupEntry entry(RespondentGroup group) {
		return new GroupEntry(group.code(), group.name(), group.weight().toPlainString());
	}

	/**
	 * The instrument, or every problem of what was typed.
	 * @param id the instrument's id when it exists, else 0
	 */
	static Checked check(long id, Head head, List<GroupEntry> groups, List<QuestionEntry> questions) {
		Checker checker = new Checker();
		checker.head(head);
		List<RespondentGroup> kept = checker.groups(groups);
		List<Question> asked = checker.questions(questions, typedCodes(groups));
		if (!checker.problems.isEmpty()) {
			return new Checked(null, checker.problems);
		}
		return new Checked(
				new Instrument(id, head.name().strip(), head.year(), head.template(),
						(head.layout() != null) ? head.layout() : Layout.ONE_PAGE,
						(head.satisfaction() != null) ? head.satisfaction() : Satisfaction.SHARE, kept, asked),
				List.of());
	}

	/** An instrument that is already whole, checked again (e.g. a template's). */
	static Checked check(Instrument instrument) {
		return check(instrument.id(),
				new Head(instrument.name(), instrument.year(), instrument.template(), instrument.layout(),
						instrument.satisfaction()),
				instrument.groups().stream().map(InstrumentRules::entry).toList(),
				instrument.questions().stream().map(QuestionEntry::of).toList());
	}

	/**
	 * The group codes typed, also of groups with other problems: a question naming one of
	 * those is not wrong for it.
	 */
	private static Set<String> typedCodes(List<GroupEntry> groups) {
		return groups.stream()
			.map(GroupEntry::code)
			.filter((code) -> code != null && !code.isBlank())
			.map((code) -> code.strip().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/** The outcome: the instrument when nothing is wrong, else the problems. */
	record Checked(Instrument instrument, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	private static final class Checker {

		final List<Problem> problems = new ArrayList<>();

		void head(Head head) {
			text(Part.INSTRUMENT, 0, "name", head.name(), MAX_NAME, true);
			if (head.year() == null) {
				add(Part.INSTRUMENT, 0, "year", "survey.instruments.error.required");
			}
			else if (head.year() < MIN_YEAR || head.year() > MAX_YEAR) {
				add(Part.INSTRUMENT, 0, "year", "survey.instruments.error.year", MIN_YEAR, MAX_YEAR);
			}
		}

		List<RespondentGroup> groups(List<GroupEntry> entries) {
			if (entries.isEmpty()) {
				add(Part.INSTRUMENT, 0, "groups", "survey.instruments.error.noGroups");
			}
			if (entries.size() > MAX_GROUPS) {
				add(Part.INSTRUMENT, 0, "groups", "survey.instruments.error.tooManyGroups", MAX_GROUPS);
			}
			List<RespondentGroup> groups = new ArrayList<>();
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < entries.size(); i++) {
				GroupEntry entry = entries.get(i);
				String code = code(Part.GROUP, i, entry.code(), seen, "survey.instruments.error.duplicateGroup");
				String name = text(Part.GROUP, i, "name", entry.name(), MAX_NAME, true);
				BigDecimal weight = weight(i, entry.weight());
				if (code != null && name != null && weight != null) {
					groups.add(new RespondentGroup(code.toUpperCase(Locale.ROOT), name.strip(), weight));
				}
			}
			return groups;
		}

		private BigDecimal weight(int index, String typed) {
			if (typed == null || typed.isBlank()) {
				return BigDecimal.ONE;
			}
			if (Texts.hasNul(typed)) {
				add(Part.GROUP, index, "weight", "text.error.nul");
				return null;
			}
			BigDecimal weight;
			try {
				weight = Decimals.parse(typed.strip());
			}
			catch (NumberFormatException ex) {
				add(Part.GROUP, index, "weight", "workbook.error.notANumber", shorten(typed));
				return null;
			}
			if (weight.signum() <= 0) {
				add(Part.GROUP, index, "weight", "survey.instruments.error.weightNotPositive", typed.strip());
				return null;
			}
			if (weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 4) {
				add(Part.GROUP, index, "weight", "survey.instruments.error.weightRange", typed.strip());
				return null;
			}
			return weight.stripTrailingZeros();
		}

		List<Question> questions(List<QuestionEntry> entries, Set<String> groupCodes) {
			if (entries.isEmpty()) {
				add(Part.INSTRUMENT, 0, "questions", "survey.instruments.error.noQuestions");
			}
			if (entries.size() > MAX_QUESTIONS) {
				add(Part.INSTRUMENT, 0, "questions", "survey.instruments.error.tooManyQuestions", MAX_QUESTIONS);
				return List.of();
			}
			List<Question> questions = new ArrayList<>();
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < entries.size(); i++) {
				Question question = question(i, entries.get(i), groupCodes, seen);
				if (question != null) {
					questions.add(question);
				}
			}
			return questions;
		}

		private Question question(int i, QuestionEntry entry, Set<String> groupCodes, Map<String, Integer> seen) {
			int before = problems.size();
			String code = code(Part.QUESTION, i, entry.code(), seen, "survey.instruments.error.duplicateQuestion");
			String groups = text(Part.QUESTION, i, "groups", entry.groups(), MAX_SHORT, false);
			if (groups != null) {
				for (String group : QuestionText.codes(groups)) {
					if (!groupCodes.contains(group)) {
						add(Part.QUESTION, i, "groups", "survey.instruments.error.unknownGroup", group);
					}
				}
			}
			String text = text(Part.QUESTION, i, "text", entry.text(), MAX_TEXT, true);
			AnswerType type = type(i, entry.type());
			String options = text(Part.QUESTION, i, "options", entry.options(), MAX_TEXT, false);
			int scale = 0;
			Set<String> choiceCodes = Set.of();
			boolean optionsRead = false;
			if (type != null && (options != null || entry.options() == null)) {
				try {
					switch (type) {
						case SCALE -> scale = OptionsText.scale(options);
						case CHOICE,
								MULTI ->
							choiceCodes = OptionsText.choices(options, type == AnswerType.CHOICE)
								.stream()
								.map(AnswerOption::code)
								.collect(Collectors.toSet());
						case TEXT -> {
							if (options != null && !options.isBlank()) {
								add(Part.QUESTION, i, "options", "survey.instruments.error.optionsForText");
							}
						}
					}
					optionsRead = true;
				}
				catch (Refusal refusal) {
					add(Part.QUESTION, i, "options", refusal.messageKey(), refusal.arguments());
				}
			}
			text(Part.QUESTION, i, "leaf", entry.leaf(), MAX_CODE, false);
			text(Part.QUESTION, i, "element", entry.element(), MAX_ELEMENT, false);
			String satisfied = text(Part.QUESTION, i, "satisfied", entry.satisfied(), MAX_ELEMENT, false);
			if (satisfied != null && type != null && optionsRead) {
				satisfied(i, type, scale, choiceCodes, QuestionText.codes(satisfied));
			}
			text(Part.QUESTION, i, "context", entry.context(), MAX_TEXT, false);
			if (problems.size() > before || code == null || text == null || type == null) {
				return null;
			}
			return QuestionText.parse(code, groups, text, type, options, Boolean.TRUE.equals(entry.cannotJudge()),
					entry.leaf(), entry.element(), satisfied, entry.context());
		}

		private void satisfied(int i, AnswerType type, int scale, Set<String> choiceCodes, Set<String> codes) {
			for (String code : codes) {
				boolean known = switch (type) {
					case SCALE ->
						code.matches("\\d{1,3}") && Integer.parseInt(code) >= 1 && Integer.parseInt(code) <= scale;
					case CHOICE, MULTI -> choiceCodes.contains(code);
					case TEXT -> false;
				};
				if (!known) {
					String key = switch (type) {
						case SCALE -> "survey.instruments.error.satisfiedNotOnScale";
						case TEXT -> "survey.instruments.error.satisfiedForText";
						default -> "survey.instruments.error.satisfiedNotAnOption";
					};
					add(Part.QUESTION, i, "satisfied", key, code, scale);
				}
			}
		}

		private AnswerType type(int i, String typed) {
			if (typed == null || typed.isBlank()) {
				add(Part.QUESTION, i, "type", "survey.instruments.error.required");
				return null;
			}
			AnswerType type = InstrumentRules.type(typed);
			if (type == null) {
				add(Part.QUESTION, i, "type", "survey.instruments.error.unknownType", shorten(typed),
						Arrays.stream(AnswerType.values()).map(Enum::name).collect(Collectors.joining(", ")));
			}
			return type;
		}

		/** A code: present, well formed, and not one already seen (in any case). */
		private String code(Part part, int i, String typed, Map<String, Integer> seen, String duplicateKey) {
			String code = text(part, i, "code", typed, MAX_SHORT, true);
			if (code == null) {
				return null;
			}
			code = code.strip();
			if (!CODE.matcher(code).matches()) {
				add(part, i, "code", "survey.instruments.error.badCode", shorten(code), MAX_CODE);
				return null;
			}
			if (seen.putIfAbsent(code.toUpperCase(Locale.ROOT), i) != null) {
				add(part, i, "code", duplicateKey, code);
				return null;
			}
			return code;
		}

		/**
		 * A text without NUL and within its length; required ones present. Answers the
		 * text (possibly empty when not required), or {@code null} when it is wrong or
		 * absent.
		 */
		private String text(Part part, int i, String field, String typed, int max, boolean required) {
			if (typed == null || typed.isBlank()) {
				if (required) {
					add(part, i, field, "survey.instruments.error.required");
					return null;
				}
				return (typed == null) ? null : "";
			}
			if (Texts.hasNul(typed)) {
				add(part, i, field, "text.error.nul");
				return null;
			}
			if (typed.strip().length() > max) {
				add(part, i, field, "text.error.tooLong", max, typed.strip().length());
				return null;
			}
			return typed;
		}

		private void add(Part part, int index, String field, String key, Object... arguments) {
			problems.add(new Problem(part, index, field, key, Arrays.asList(arguments)));
		}

	}

	/**
	 * The answer type named, in any case, also in Vietnamese ("thang điểm", "một lựa
	 * chọn", "nhiều lựa chọn", "tự luận"); {@code null} when it is none.
	 */
	static AnswerType type(String typed) {
		String name = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return switch (name) {
			case "scale", "thang điểm", "thang diem" -> AnswerType.SCALE;
			case "choice", "một lựa chọn", "lựa chọn", "mot lua chon", "lua chon" -> AnswerType.CHOICE;
			case "multi", "nhiều lựa chọn", "nhieu lua chon" -> AnswerType.MULTI;
			case "text", "tự luận", "văn bản", "tu luan" -> AnswerType.TEXT;
			default -> null;
		};
	}

	/** Codes in order, comma-separated, as the workbook writes them. */
	static String joined(Set<String> codes) {
		return codes.stream().sorted().collect(Collectors.joining(","));
	}

	private static String shorten(String text) {
		String stripped = text.strip();
		return (stripped.length() > 60) ? stripped.substring(0, 60) + "…" : stripped;
	}

}
