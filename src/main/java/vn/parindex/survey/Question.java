package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A question (câu hỏi) of an instrument: asked of some groups (all when none are named),
 * answered on a scale, by one or several options or in free text, optionally with a
 * "cannot judge / not enough information" answer that leaves every mean; mapped to the
 * framework leaf it feeds, to a SIPAS element, with the options that count as satisfied
 * and the context a respondent needs to judge.
 * <p>
 * An answer is JSON as the public API takes it: an option code ({@code "A"}), a point of
 * the scale ({@code 4}), option codes ({@code ["A","C"]}), a text, or {@code null} for
 * "cannot judge".
 *
 * @param options the text of the workbook's options column, kept as typed
 * @param scale k for a scale question, else 0
 * @param choices the options of a choice question, else empty
 */
record Question(String code, Set<String> groups, String text, AnswerType type, String options, int scale,
		List<AnswerOption> choices, boolean cannotJudge, String leafCode, String element, Set<String> satisfied,
		String context) {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	Question {
		groups = Set.copyOf(groups);
		choices = List.copyOf(choices);
		satisfied = Set.copyOf(satisfied);
	}

	/** Whether respondents of the group are asked this question. */
	boolean askedOf(String group) {
		return groups.isEmpty() || groups.contains(group);
	}

	Optional<AnswerOption> choice(String optionCode) {
		return choices.stream().filter((option) -> option.code().equals(optionCode)).findFirst();
	}

	/**
	 * Why an answer is not one this question takes, as a message key, or empty when it
	 * is. {@code null} (cannot judge) is taken only when the question offers it; an
	 * absent answer is not checked here.
	 */
	Optional<String> problem(JsonNode answer) {
		if (answer == null || answer.isMissingNode()) {
			return Optional.empty();
		}
		if (answer.isNull()) {
			return (cannotJudge || type == AnswerType.TEXT) ? Optional.empty()
					: Optional.of("survey.answer.cannotJudgeNotOffered");
		}
		return switch (type) {
			case SCALE -> (answer.isIntegralNumber() && answer.canConvertToInt() && answer.intValue() >= 1
					&& answer.intValue() <= scale) ? Optional.empty() : Optional.of("survey.answer.notOnScale");
			case CHOICE -> (answer.isString() && choice(answer.stringValue()).isPresent()) ? Optional.empty()
					: Optional.of("survey.answer.unknownOption");
			case MULTI -> multiProblem(answer);
			case TEXT -> answer.isString() ? Optional.empty() : Optional.of("survey.answer.notText");
		};
	}

	private Optional<String> multiProblem(JsonNode answer) {
		if (!answer.isArray() || answer.size() > choices.size()) {
			return Optional.of("survey.answer.unknownOption");
		}
		for (JsonNode chosen : answer) {
			if (!chosen.isString() || choice(chosen.stringValue()).isEmpty()) {
				return Optional.of("survey.answer.unknownOption");
			}
		}
		return Optional.empty();
	}

	/**
	 * The answer's score, a share of the question from 0 to 1, exact where it terminates
	 * (else to 34 digits); empty for no answer, "cannot judge", free text or an answer
	 * the question does not take.
	 */
	Optional<BigDecimal> score(JsonNode answer) {
		if (answer == null || answer.isNull() || answer.isMissingNode() || !type.scored()
				|| problem(answer).isPresent()) {
			return Optional.empty();
		}
		return switch (type) {
			case SCALE -> Optional.of((scale <= 1) ? BigDecimal.ONE
					: BigDecimal.valueOf(answer.intValue() - 1L).divide(BigDecimal.valueOf(scale - 1L), PRECISION));
			case CHOICE -> choice(answer.stringValue()).map(AnswerOption::share);
			case MULTI -> {
				BigDecimal sum = BigDecimal.ZERO;
				for (JsonNode chosen : answer) {
					sum = sum.add(choice(chosen.stringValue()).orElseThrow().share());
				}
				yield Optional.of(sum.min(BigDecimal.ONE));
			}
			case TEXT -> Optional.empty();
		};
	}

	/**
	 * Whether the answer counts as satisfied (SIPAS): one of the satisfied options, or on
	 * a scale a point named in {@link #satisfied} (e.g. "4,5"); empty for no valid answer
	 * or when the question names no satisfied answers.
	 */
	Optional<Boolean> satisfiedBy(JsonNode answer) {
		if (satisfied.isEmpty() || score(answer).isEmpty()) {
			return Optional.empty();
		}
		return switch (type) {
			case SCALE -> Optional.of(satisfied.contains(Integer.toString(answer.intValue())));
			case CHOICE -> Optional.of(satisfied.contains(answer.stringValue()));
			case MULTI -> {
				boolean any = false;
				for (JsonNode chosen : answer) {
					any |= satisfied.contains(chosen.stringValue());
				}
				yield Optional.of(any);
			}
			case TEXT -> Optional.empty();
		};
	}

}
