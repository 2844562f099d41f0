package vn.parindex.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.parindex.problem.Texts;

/**
 * A paper form's answers as an officer types them — an option's letter ({@code A}), a
 * point of the scale ({@code 4}), several letters ({@code A,C} or {@code AC}), a text,
 * {@code ?} or {@code 0} for "cannot judge", nothing for no answer — read into the JSON
 * answers of a stored response, and written back the same way. Every problem is
 * collected, none stops the reading.
 */
final class PaperAnswers {

	/** The longest text answer a paper form may carry. */
	static final int MAX_TEXT = 2_000;

	static final String CANNOT_JUDGE = "?";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PaperAnswers() {
	}

	/**
	 * One answer as typed: {@code null} for no answer (an empty cell), a JSON null for
	 * "cannot judge"; an answer the question does not take is returned as typed, for
	 * {@link Question#problem} to name.
	 */
	static JsonNode read(Question question, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		if (question.type() == AnswerType.TEXT) {
			return NODES.stringNode(text);
		}
		if (text.equals(CANNOT_JUDGE) || text.equals("0")) {
			return NODES.nullNode();
		}
		return switch (question.type()) {
			case SCALE -> text.matches("\\d{1,3}") ? NODES.numberNode(Integer.parseInt(text)) : NODES.stringNode(text);
			case CHOICE -> NODES.stringNode(text.toUpperCase(Locale.ROOT));
			case MULTI -> multi(question, text);
			case TEXT -> NODES.stringNode(text);
		};
	}

	/** "A,C", "A; C", "A C" or, when every option is one character, "AC". */
	private static JsonNode multi(Question question, String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		List<String> codes = new ArrayList<>();
		boolean separated = upper.matches(".*[,;\\s].*");
		boolean singleLetters = question.choices().stream().allMatch((option) -> option.code().length() == 1);
		if (separated || !singleLetters) {
			for (String code : upper.split("[,;\\s]+")) {
				if (!code.isEmpty()) {
					codes.add(code);
				}
			}
		}
		else {
			upper.codePoints().forEach((c) -> codes.add(new String(Character.toChars(c))));
		}
		ArrayNode array = NODES.arrayNode();
		new LinkedHashSet<>(codes).forEach(array::add);
		return array;
	}

	/** A stored answer as an officer would type it; empty for no answer. */
	static String typed(JsonNode answer) {
		if (answer == null || answer.isMissingNode()) {
			return "";
		}
		if (answer.isNull()) {
			return CANNOT_JUDGE;
		}
		if (answer.isArray()) {
			List<String> codes = new ArrayList<>();
			answer.forEach((code) -> codes.add(code.isString() ? code.stringValue() : code.toString()));
			return String.join(",", codes);
		}
		return answer.isString() ? answer.stringValue() : answer.toString();
	}

	/**
	 * The answers of a group's questions read from what was typed for each question code
	 * (absent codes are no answer), with every problem: a question not asked of the
	 * group, an answer the question does not take, a NUL or a text too long.
	 */
	static Read read(Instrument instrument, String group, Map<String, String> typed) {
		Map<String, JsonNode> json = new LinkedHashMap<>();
		typed.forEach((code, text) -> json.put(code, (text == null) ? null : NODES.stringNode(text)));
		return readJson(instrument, group, json);
	}

	/**
	 * As {@link #read(Instrument, String, Map)} from JSON answers as the public API takes
	 * them; a string for a question that is no free text is read as typed ({@code "4"},
	 * {@code "A,C"}, {@code "?"}).
	 */
	static Read readJson(Instrument instrument, String group, Map<String, JsonNode> given) {
		ObjectNode answers = NODES.objectNode();
		List<Problem> problems = new ArrayList<>();
		Set<String> asked = new LinkedHashSet<>();
		instrument.questionsFor(group).forEach((question) -> asked.add(question.code()));
		given.forEach((code, value) -> {
			String key = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
			Question question = instrument.question(key).orElse(null);
			if (question == null) {
				problems.add(new Problem(code, "survey.paper.unknownQuestion", code));
				return;
			}
			if (!asked.contains(key)) {
				problems.add(new Problem(key, "survey.paper.notAsked", key, group));
				return;
			}
			if (value == null || value.isMissingNode() || (value.isString() && value.stringValue().isBlank())) {
				return;
			}
			if (value.isString()) {
				String text = value.stringValue();
				if (Texts.hasNul(text)) {
					problems.add(new Problem(key, "text.error.nul"));
					return;
				}
				if (text.length() > MAX_TEXT) {
					problems.add(new Problem(key, "text.error.tooLong", MAX_TEXT, text.length()));
					return;
				}
			}
			JsonNode read = (value.isString() && question.type() != AnswerType.TEXT)
					? read(question, value.stringValue()) : value;
			JsonNode answer = (question.type() == AnswerType.TEXT && read.isString())
					? NODES.stringNode(read.stringValue().strip()) : read;
			question.problem(answer)
				.ifPresentOrElse(
						(problem) -> problems.add(new Problem(key, problem, typed(answer), question.options())),
						() -> answers.set(key, answer));
		});
		ObjectNode ordered = NODES.objectNode();
		asked.stream().filter(answers::has).forEach((code) -> ordered.set(code, answers.get(code)));
		return new Read(ordered, problems);
	}

	static ObjectNode parse(String json) {
		return (ObjectNode) JSON.readTree(json);
	}

	/**
	 * The answers read, in the order of the group's questions, and what was wrong.
	 */
	record Read(ObjectNode answers, List<Problem> problems) {

		Read {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * One thing wrong with a form: the question code (or form field) it concerns, a
	 * message key and its arguments.
	 */
	record Problem(String field, String messageKey, Object... arguments) {
	}

}
