package vn.parindex.survey;

import java.util.List;
import java.util.Optional;

/**
 * A survey instrument (bộ câu hỏi): its respondent groups and questions, for a year. A
 * template (e.g. {@code SIPAS}, {@code LEADERS}) is a built-in instrument labelled as one
 * to adapt.
 */
record Instrument(long id, String name, int year, String template, Layout layout, Satisfaction satisfaction,
		List<RespondentGroup> groups, List<Question> questions) {

	Instrument {
		groups = List.copyOf(groups);
		questions = List.copyOf(questions);
	}

	Optional<RespondentGroup> group(String code) {
		return groups.stream().filter((group) -> group.code().equals(code)).findFirst();
	}

	Optional<Question> question(String code) {
		return questions.stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	/** The questions a group's respondents are asked, in order. */
	List<Question> questionsFor(String group) {
		return questions.stream().filter((question) -> question.askedOf(group)).toList();
	}

}
