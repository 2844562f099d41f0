package vn.parindex.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answering page's form, read into answers as the public API takes them: field
 * {@code a.<code>} holds a question's answer ({@link AnswerScreen#CANNOT_JUDGE} for
 * "cannot judge"), {@code shown} names the questions the form showed — a question shown
 * and left empty is no answer any more; a multiple choice shown with nothing ticked is
 * answered "none of these".
 */
final class AnswerForm {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private AnswerForm() {
	}

	static Changes read(List<Question> asked, Map<String, String[]> parameters) {
		ObjectNode set = NODES.objectNode();
		List<String> remove = new ArrayList<>();
		List<String> shown = Arrays.asList(parameters.getOrDefault("shown", new String[0]));
		for (Question question : asked) {
			if (!shown.contains(question.code())) {
				continue;
			}
			List<String> values = Arrays.stream(parameters.getOrDefault("a." + question.code(), new String[0]))
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.toList();
			if (values.contains(AnswerScreen.CANNOT_JUDGE) && question.type() != AnswerType.TEXT) {
				set.putNull(question.code());
				continue;
			}
			switch (question.type()) {
				case MULTI -> {
					ArrayNode chosen = set.putArray(question.code());
					values.forEach(chosen::add);
				}
				case SCALE -> {
					if (values.isEmpty()) {
						remove.add(question.code());
					}
					else {
						try {
							set.put(question.code(), Integer.parseInt(values.get(0)));
						}
						catch (NumberFormatException ex) {
							set.put(question.code(), values.get(0));
						}
					}
				}
				default -> {
					if (values.isEmpty()) {
						remove.add(question.code());
					}
					else {
						set.put(question.code(), values.get(0));
					}
				}
			}
		}
		return new Changes(set, remove);
	}

	/** The answers set and the questions whose answer is taken back. */
	record Changes(ObjectNode set, List<String> remove) {
	}

}
