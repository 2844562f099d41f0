package vn.parindex.survey;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Straight-lining (trả lời theo một đường thẳng): the same option or point given to every
 * question of a grid — a run of at least {@link #GRID} consecutive scale or choice
 * questions (in the order the respondent is asked them) with identical options. "Cannot
 * judge" and unanswered questions are left out; the grid is straight-lined when at least
 * {@link #GRID} of its questions are answered and all alike. The web intake and paper
 * entry both ask it.
 */
final class StraightLining {

	/** The fewest consecutive questions alike that make a grid. */
	static final int GRID = 5;

	private StraightLining() {
	}

	/**
	 * @param asked the questions the respondent was asked, in order
	 * @param answers a JSON object from question code to answer
	 */
	static boolean in(List<Question> asked, JsonNode answers) {
		int start = 0;
		while (start < asked.size()) {
			Question first = asked.get(start);
			int end = start + 1;
			if (gridded(first)) {
				while (end < asked.size() && sameOptions(first, asked.get(end))) {
					end++;
				}
				if (end - start >= GRID && alike(asked.subList(start, end), answers)) {
					return true;
				}
			}
			start = end;
		}
		return false;
	}

	private static boolean gridded(Question question) {
		return question.type() == AnswerType.SCALE || question.type() == AnswerType.CHOICE;
	}

	private static boolean sameOptions(Question first, Question next) {
		if (next.type() != first.type()) {
			return false;
		}
		if (first.type() == AnswerType.SCALE) {
			return first.scale() == next.scale();
		}
		if (first.choices().size() != next.choices().size()) {
			return false;
		}
		for (int i = 0; i < first.choices().size(); i++) {
			AnswerOption a = first.choices().get(i);
			AnswerOption b = next.choices().get(i);
			if (!a.code().equals(b.code()) || !a.label().equals(b.label())) {
				return false;
			}
		}
		return true;
	}

	private static boolean alike(List<Question> grid, JsonNode answers) {
		JsonNode common = null;
		int answered = 0;
		for (Question question : grid) {
			JsonNode answer = (answers == null) ? null : answers.get(question.code());
			if (answer == null || answer.isNull() || answer.isMissingNode()) {
				continue;
			}
			if (common != null && !Objects.equals(common, answer)) {
				return false;
			}
			common = answer;
			answered++;
		}
		return answered >= GRID;
	}

}
