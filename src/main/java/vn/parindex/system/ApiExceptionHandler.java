package vn.parindex.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.problem.Problems;
import vn.parindex.problem.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every exception an API controller lets go becomes problem+json, worded from the message
 * bundles. Validation failures list each field in {@code errors}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	private final MessageSource messages;

	ApiExceptionHandler(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = null;
		if (ex instanceof ErrorResponse error && error.getDetailMessageCode() != null) {
			detail = messages.getMessage(error.getDetailMessageCode(), error.getDetailMessageArguments(), null, locale);
		}
		ProblemDetail problem = problems.of(status, detail, path(request), locale);
		if (ex instanceof MethodArgumentNotValidException invalid) {
			problem.setProperty("errors", fieldErrors(invalid, locale));
		}
		if (ex instanceof Refusal refusal && refusal.listsErrors()) {
			problem.setProperty("errors", refusalErrors(refusal, locale));
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		Optional<Refusal> refused = StoredDataRefusals.of(ex);
		if (refused.isPresent()) {
			log.info("Refused what the database refused answering {}: {}", path(request), ex.getMessage());
			return refusal(refused.get(), request);
		}
		log.error("Unexpected error answering {}", path(request), ex);
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/**
	 * A body that did not read because a value in it is refused (a NUL character, a text
	 * or a number beyond the limits) says which and why.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		int depth = 0;
		for (Throwable cause = ex; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof Refusal refusal) {
				return refusal(refusal, request);
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	private ResponseEntity<Object> refusal(Refusal refusal, WebRequest request) {
		return handleExceptionInternal(refusal, null, new HttpHeaders(), refusal.getStatusCode(), request);
	}

	private List<Map<String, String>> fieldErrors(MethodArgumentNotValidException ex, Locale locale) {
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
	}

	/**
	 * Each error where it is ({@code field}, or {@code code, field}, or
	 * {@code sheet, row, column}) and what.
	 */
	private List<Map<String, Object>> refusalErrors(Refusal refusal, Locale locale) {
		return refusal.errors().stream().map((error) -> {
			Map<String, Object> entry = new LinkedHashMap<>(error.location());
			entry.put("message", messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
			return entry;
		}).toList();
	}

	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(Exception ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	/**
	 * The path of the request for a log line, without a survey respondent's token: a
	 * token in the log would link what the server saw to the person holding it.
	 */
	static String path(WebRequest request) {
		if (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet) {
			String uri = servlet.getRequestURI();
			return (uri != null && uri.startsWith("/s/")) ? "/s/…" : uri;
		}
		return null;
	}

}
