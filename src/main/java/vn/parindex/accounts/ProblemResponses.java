package vn.parindex.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.problem.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answer to a request without valid credentials (401) or without the right
 * (403), from the security filters: an RFC 9457 problem worded by the one
 * {@link Problems}, never a redirect to the login page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Problems problems;

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemResponses(Problems problems, MessageSource messages, JsonMapper json) {
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ParIndex\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	/** A user who must first change her generated or reset password. */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		Locale locale = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale() : VIETNAMESE;
		ProblemDetail detail = problems.of(status, messages.getMessage(detailKey, null, locale),
				request.getRequestURI(), locale);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", detail.getTitle());
		problem.put("status", detail.getStatus());
		problem.put("detail", detail.getDetail());
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
