package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Refusal.FieldError;
import vn.parindex.problem.Texts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public response endpoint: a token and its answers, no login. The body is read
 * within bounds before anything else ({@link #MAX_BODY} bytes, nesting, texts without NUL
 * and within {@link Texts#MAX_NOTE}); the answer is {@code 201} once stored, else
 * problem+json.
 */
@RestController
class PublicResponseController {

	/** The largest body taken: 20 long text answers and more. */
	static final int MAX_BODY = 256 * 1024;

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(8)
				.maxStringLength(Texts.MAX_NOTE * 4)
				.maxNumberLength(20)
				.maxDocumentLength(MAX_BODY)
				.build())
			.build())
		.build();

	private final Answering answering;

	PublicResponseController(Answering answering) {
		this.answering = answering;
	}

	@PostMapping("/api/v1/public/responses")
	ResponseEntity<Map<String, Object>> submit(HttpServletRequest request) throws IOException {
		// the intake filter took the request and failed it: its refusal is answered here,
		// as every API refusal is
		if (request.getAttribute(PublicIntakeFilter.FAILED) instanceof RuntimeException failed) {
			throw failed;
		}
		LocalDate day = store(answering, request);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("submittedOn", day.toString()));
	}

	/**
	 * Reads, checks and stores one submission.
	 * @return the day it is stored on
	 * @throws Refusal when it is refused
	 */
	static LocalDate store(Answering answering, HttpServletRequest request) throws IOException {
		JsonNode body = read(request);
		List<FieldError> errors = new ArrayList<>();
		JsonNode token = body.get("token");
		if (token == null || !token.isString()) {
			throw Refusal.notFound("survey.answering.unknown");
		}
		JsonNode duration = body.get("durationSeconds");
		Integer seconds = null;
		if (duration != null && !duration.isNull()) {
			if (duration.isIntegralNumber() && duration.canConvertToInt()) {
				seconds = duration.intValue();
			}
			else {
				errors.add(FieldError.at(Map.of("field", "durationSeconds"), "survey.answering.duration",
						Answering.MAX_DURATION));
			}
		}
		JsonNode personal = body.get("personal");
		if (personal != null && !personal.isNull() && !personal.isBoolean()) {
			errors.add(FieldError.at(Map.of("field", "personal"), "survey.answering.personalBoolean"));
		}
		if (!errors.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, errors, "survey.answering.invalid", errors.size());
		}
		Boolean confirmed = (personal != null && personal.isBoolean()) ? personal.booleanValue() : null;
		return answering.submit(token.stringValue(), body.get("answers"), seconds, confirmed, request.getRemoteAddr(),
				request.getHeader(HttpHeaders.USER_AGENT));
	}

	/**
	 * @throws Refusal 413 beyond {@link #MAX_BODY}, 400 when it is no JSON object, holds
	 * a NUL character or goes deeper than answers do
	 */
	static JsonNode read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			throw tooLarge();
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(MAX_BODY + 1);
		}
		if (bytes.length > MAX_BODY) {
			throw tooLarge();
		}
		JsonNode body;
		try {
			body = JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw Refusal.badRequest("survey.answering.unreadable");
		}
		if (body == null || !body.isObject()) {
			throw Refusal.badRequest("survey.answering.unreadable");
		}
		if (hasNul(body)) {
			throw Refusal.badRequest("text.error.nul");
		}
		return body;
	}

	private static Refusal tooLarge() {
		return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "survey.answering.tooLarge", MAX_BODY / 1024);
	}

	private static boolean hasNul(JsonNode node) {
		if (node.isString()) {
			return Texts.hasNul(node.stringValue());
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (Texts.hasNul(entry.getKey()) || hasNul(entry.getValue())) {
				return true;
			}
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (hasNul(element)) {
					return true;
				}
			}
		}
		return false;
	}

}
