package vn.parindex.survey;

import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The parts of an instrument an edit names in the trail, and the refusal of an edit whose
 * outcome is wrong: every problem located by a path into the instrument's JSON
 * ({@code name}, {@code groups[0].weight}, {@code questions[2].options}).
 */
final class InstrumentEdits {

	/** The instrument's name, year, layout and satisfaction. */
	static final String SETTINGS = "settings";

	/** The groups, as a whole. */
	static final String GROUPS = "groups";

	/** The questions' order. */
	static final String ORDER = "order";

	private InstrumentEdits() {
	}

	static Refusal refusal(List<InstrumentRules.Problem> problems) {
		List<Refusal.FieldError> errors = problems.stream()
			.map((problem) -> Refusal.FieldError.at(Map.of("field", path(problem)), problem.messageKey(),
					problem.args()))
			.toList();
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.instruments.error.invalid", errors.size());
	}

	/** Where a problem is, as a path into the instrument's JSON. */
	static String path(InstrumentRules.Problem problem) {
		String field = switch (problem.field()) {
			case "cannot_judge" -> "cannotJudge";
			default -> problem.field();
		};
		return switch (problem.part()) {
			case INSTRUMENT -> field;
			case GROUP -> "groups[" + problem.index() + "]." + field;
			case QUESTION -> "questions[" + problem.index() + "]." + field;
		};
	}

}
