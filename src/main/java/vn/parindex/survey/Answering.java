package vn.parindex.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Refusal.FieldError;
import vn.parindex.problem.Texts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A respondent answering with her token: what her token opens, her answers checked, her
 * draft kept as she goes, her submission stored once (through {@link IntakeWriter}) with
 * its quality flags. Nothing of it is audited or logged: answering is anonymous.
 */
@Service
class Answering {

	/** The longest a response may claim to have taken: sixty days. */
	static final int MAX_DURATION = 60 * 24 * 60 * 60;

	private final TokenStore tokens;

	private final SurveyStore surveys;

	private final AnswerDrafts drafts;

	private final IntakeWriter writer;

	private final Clock clock;

	private final AnsweringCache cache;

	Answering(TokenStore tokens, SurveyStore surveys, AnsweringCache cache, AnswerDrafts drafts, IntakeWriter writer,
			Clock clock) {
		this.tokens = tokens;
		this.surveys = surveys;
		this.cache = cache;
		this.drafts = drafts;
		this.writer = writer;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	/**
	 * What a token opens, read afresh (the answering page); empty for a malformed or
	 * unknown token.
	 */
	Optional<Opened> open(String token) {
		return tokens.find(token).flatMap((found) -> surveys.find(found.surveyId()).map((survey) -> {
			cache.remember(survey);
			return new Opened(found, survey, instrument(survey.instrumentId()), today());
		}));
	}

	Instrument instrument(long id) {
		return cache.instrument(id);
	}

	/**
	 * Checks answers to the questions of a group: every answer one its question takes, to
	 * a question asked of the group, texts within bounds, and — when {@code complete} —
	 * every scored question answered ("cannot judge" where offered counts). Answers every
	 * error, located {@code answers.<code>}.
	 */
	static List<FieldError> problems(List<Question> asked, JsonNode answers, boolean complete) {
		List<FieldError> errors = new ArrayList<>();
		if (answers == null || !answers.isObject()) {
			errors.add(FieldError.at(Map.of("field", "answers"), "survey.answering.answersObject"));
			return errors;
		}
		for (Map.Entry<String, JsonNode> entry : answers.properties()) {
			if (asked.stream().noneMatch((question) -> question.code().equals(entry.getKey()))) {
				errors.add(at(entry.getKey(), "survey.answering.notAsked", entry.getKey()));
			}
		}
		for (Question question : asked) {
			JsonNode answer = answers.get(question.code());
			if (answer == null || answer.isMissingNode()) {
				if (complete && question.type().scored()) {
					errors.add(at(question.code(), "survey.answering.required", question.code()));
				}
				continue;
			}
			Optional<String> problem = question.problem(answer);
			if (problem.isPresent()) {
				errors.add(at(question.code(), problem.get()));
			}
			else if (answer.isString()) {
				String text = answer.stringValue();
				if (Texts.hasNul(text)) {
					errors.add(at(question.code(), "text.error.nul"));
				}
				else if (text.length() > Texts.MAX_NOTE) {
					errors.add(at(question.code(), "text.error.tooLong", Texts.MAX_NOTE, text.length()));
				}
			}
		}
		return errors;
	}

	private static FieldError at(String code, String key, Object... arguments) {
		return FieldError.at(Map.of("field", "answers." + code), key, arguments);
	}

	/**
	 * The answers to store: only the group's questions, in the instrument's order, as
	 * JSON text.
	 */
	static ObjectNode ordered(List<Question> asked, JsonNode answers) {
		ObjectNode stored = JsonNodeFactory.instance.objectNode();
		for (Question question : asked) {
			JsonNode answer = answers.get(question.code());
			if (answer != null && !answer.isMissingNode()) {
				stored.set(question.code(), answer);
			}
		}
		return stored;
	}

	/**
	 * Stores a submission once.
	 * @param personal a named respondent's "I am answering this myself" ({@code null}:
	 * not confirmed, flagged as a refusal)
	 * @throws Refusal 404 unknown token, 409 used, revoked or survey not open, 400 bad
	 * answers (every error)
	 */
	LocalDate submit(String tokenText, JsonNode answers, Integer durationSeconds, Boolean personal, String address,
			String userAgent) {
		if (!TokenStore.wellFormed(tokenText)) {
			throw Refusal.notFound("survey.answering.unknown");
		}
		IntakeWriter.Result result = writer
			.submit(new IntakeWriter.Submission(tokenText, answers, durationSeconds, personal, address, userAgent));
		Survey survey = result.survey();
		switch (result.outcome()) {
			case STORED -> {
				return result.day();
			}
			case INVALID -> throw new Refusal(HttpStatus.BAD_REQUEST, result.errors(), "survey.answering.invalid",
					result.errors().size());
			case USED -> throw Refusal.conflict("survey.answering.used");
			case REVOKED -> throw Refusal.conflict("survey.answering.revoked");
			case NOT_OPEN -> throw Refusal.conflict("survey.answering.notOpen", AnsweringDates.date(survey.opensOn()));
			case CLOSED -> throw Refusal.conflict("survey.answering.closed", AnsweringDates.date(survey.closesOn()));
			default -> throw Refusal.notFound("survey.answering.unknown");
		}
	}

	/**
	 * Saves some answers of the draft as the respondent goes; false when the token can no
	 * longer take them (submitted, revoked or the survey not open).
	 */
	boolean saveDraft(Opened opened, ObjectNode set, List<String> remove, Boolean personal) {
		if (!opened.answering()) {
			return false;
		}
		return drafts.save(opened.token().id(), set, remove, personal, clock.instant());
	}

	Optional<AnswerDrafts.Draft> draft(Opened opened) {
		return drafts.find(opened.token().id());
	}

	/**
	 * Submits the draft from the answering page.
	 * @throws Refusal as {@link #submit}
	 */
	LocalDate submitDraft(Opened opened, String tokenText, String address, String userAgent) {
		AnswerDrafts.Draft draft = draft(opened)
			.orElseGet(() -> new AnswerDrafts.Draft(JsonNodeFactory.instance.objectNode(), null, clock.instant()));
		long seconds = Duration.between(draft.startedAt(), clock.instant()).toSeconds();
		int duration = (int) Math.max(0, Math.min(seconds, MAX_DURATION));
		return submit(tokenText, draft.answers(), duration, draft.personal(), address, userAgent);
	}

	/** The codes of a JSON object's properties. */
	static List<String> codes(JsonNode object) {
		return new ArrayList<>(object.propertyNames());
	}

	/** A token as opened: its survey and instrument, and where it stands today. */
	record Opened(Token token, Survey survey, Instrument instrument, LocalDate today) {

		List<Question> questions() {
			return instrument.questionsFor(token.group());
		}

		Survey.Phase phase() {
			return survey.phase(today);
		}

		boolean answering() {
			return phase() == Survey.Phase.OPEN
					&& (token.state() == Token.State.NEW || token.state() == Token.State.STARTED);
		}

	}

}
