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
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
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

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	ProblemResponses(Problems problems, MessageSource messages, JsonMapper json) {
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof ApiTokenRefused refused) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ParIndex\", error=\"invalid_token\"");
			write(request, response, HttpStatus.UNAUTHORIZED, refused.messageKey());
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ParIndex\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	/**
	 * A refusal of a caller who sent no credentials at all (a write refused for want of a
	 * CSRF token, which only a session needs) asks for credentials, as any other request
	 * without them does.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || trust.isAnonymous(caller)) {
			commence(request, response, new InsufficientAuthenticationException(ex.getMessage(), ex));
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	/** A 403 that says why, for refusals decided before Spring Security's own. */
	void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, detailKey);
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
