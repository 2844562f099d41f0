package vn.parindex.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * What the answering page shows, for a respondent (with her token) and for the preview
 * alike: one question per screen or all of them, each with its context and the answer
 * saved so far, the progress, the questions still unanswered and, for a named respondent,
 * the confirmation "I am answering this myself".
 *
 * @param action where the form posts, or {@code null} in the preview
 * @param previewPath the preview's address (navigation by links), else {@code null}
 * @param screen the screen shown: 1..total for one question per screen, total + 1 the
 * review; 0 when every question is on the page
 * @param errors question code (or {@code personal}) to the message shown beside it
 */
record AnswerScreen(String action, String previewPath, String group, boolean onePerScreen, int screen, int total,
		int answered, List<Item> items, List<Item> missing, boolean named, Boolean personal, Map<String, String> errors,
		String closesOn) {

	static final String CANNOT_JUDGE = "_cj";

	static AnswerScreen of(String action, String previewPath, String group, Layout layout, List<Question> asked,
			JsonNode answers, Integer requested, boolean named, Boolean personal, Map<String, String> errors,
			String closesOn) {
		List<Item> all = new ArrayList<>();
		int answered = 0;
		List<Item> missing = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			Question question = asked.get(i);
			JsonNode answer = (answers == null) ? null : answers.get(question.code());
			Item item = Item.of(question, i + 1, answer, errors.get(question.code()));
			all.add(item);
			if (item.answered()) {
				answered++;
			}
			else if (item.required()) {
				missing.add(item);
			}
		}
		boolean onePerScreen = layout == Layout.ONE_PER_SCREEN;
		int screen = 0;
		List<Item> shown = all;
		if (onePerScreen) {
			screen = (requested != null) ? Math.max(1, Math.min(requested, all.size() + 1)) : firstUnanswered(all);
			shown = (screen <= all.size()) ? List.of(all.get(screen - 1)) : List.of();
		}
		return new AnswerScreen(action, previewPath, group, onePerScreen, screen, all.size(), answered, shown, missing,
				named, personal, errors, closesOn);
	}

	private static int firstUnanswered(List<Item> all) {
		for (Item item : all) {
			if (!item.answered()) {
				return item.number();
			}
		}
		return all.size() + 1;
	}

	/** The respondent's page, where the form's posts come back to. */
	public String page() {
		return (action != null) ? action.substring(0, action.lastIndexOf('/')) : null;
	}

	public boolean preview() {
		return action == null;
	}

	/**
	 * The review screen (one question per screen), or the whole page: where one submits.
	 */
	public boolean submitting() {
		return !onePerScreen || screen > total;
	}

	public boolean review() {
		return onePerScreen && screen > total;
	}

	public boolean confirming() {
		return named && submitting();
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** One question as shown, with the answer saved so far. */
	record Item(Question question, int number, boolean answered, String single, Set<String> many, boolean cannotJudge,
			String text, String error) {

		static Item of(Question question, int number, JsonNode answer, String error) {
			String single = null;
			Set<String> many = new LinkedHashSet<>();
			boolean cannotJudge = false;
			String text = null;
			if (answer != null && !answer.isMissingNode()) {
				if (answer.isNull()) {
					cannotJudge = question.type() != AnswerType.TEXT;
				}
				else if (answer.isArray()) {
					answer.forEach((chosen) -> many.add(chosen.asString()));
				}
				else if (question.type() == AnswerType.TEXT) {
					text = answer.asString();
				}
				else {
					single = answer.asString();
				}
			}
			boolean answered = answer != null && !answer.isMissingNode();
			return new Item(question, number, answered, single, many, cannotJudge, text, error);
		}

		public String code() {
			return question.code();
		}

		public String type() {
			return question.type().name();
		}

		public boolean required() {
			return question.type().scored();
		}

		public boolean chosen(Object value) {
			String code = String.valueOf(value);
			return code.equals(single) || many.contains(code);
		}

		public List<Integer> points() {
			return IntStream.rangeClosed(1, question.scale()).boxed().toList();
		}

		public boolean offersCannotJudge() {
			return question.cannotJudge() && question.type() != AnswerType.TEXT;
		}

	}

}
