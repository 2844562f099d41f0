package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Straight-lining (trả lời một kiểu) on a paper form: the same answer throughout a grid —
 * a run of at least {@link #GRID} consecutive questions of the group with the same scale
 * or the same options. A minimal check of the paper area, to be unified with the web one.
 */
final class PaperStraightLining {

	/** The fewest questions that make a grid. */
	static final int GRID = 5;

	private PaperStraightLining() {
	}

	static boolean applies(Instrument instrument, String group, JsonNode answers) {
		List<Question> run = new ArrayList<>();
		for (Question question : instrument.questionsFor(group)) {
			if (!run.isEmpty() && !sameGrid(run.get(0), question)) {
				if (straight(run, answers)) {
					return true;
				}
				run.clear();
			}
			if (question.type() == AnswerType.SCALE || question.type() == AnswerType.CHOICE) {
				run.add(question);
			}
		}
		return straight(run, answers);
	}

	private static boolean sameGrid(Question first, Question next) {
		return first.type() == next.type() && first.options().equals(next.options());
	}

	private static boolean straight(List<Question> run, JsonNode answers) {
		if (run.size() < GRID) {
			return false;
		}
		JsonNode first = answers.get(run.get(0).code());
		if (first == null || first.isNull()) {
			return false;
		}
		return run.stream().map((question) -> answers.get(question.code())).allMatch(first::equals);
	}

}
