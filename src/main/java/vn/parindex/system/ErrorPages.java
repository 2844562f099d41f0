package vn.parindex.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.problem.Problems;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error ends that no controller answered: a friendly page for people,
 * problem+json for {@code /api/**}.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Problems problems;

	private final JsonMapper json;

	private final ErrorAttributes errors;

	private final MessageSource messages;

	private final String uploadLimit;

	ErrorPages(Problems problems, JsonMapper json, ErrorAttributes errors, MessageSource messages,
			@Value("${spring.servlet.multipart.max-request-size:}") String uploadLimit) {
		this.problems = problems;
		this.json = json;
		this.errors = errors;
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		HttpStatus status = status(request);
		String detail = detail(request, locale);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problems.of(status, detail, path, locale));
			return null;
		}
		String view = switch (status) {
			case FORBIDDEN, NOT_FOUND -> "error/" + status.value();
			default -> status.is4xxClientError() ? "error/4xx" : "error/500";
		};
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

	/**
	 * What the error page says beyond its status: for an upload above the multipart
	 * limit, which stops it before any controller, the limit; for a refusal, its message
	 * (which unit, what is missing).
	 */
	private String detail(HttpServletRequest request, Locale locale) {
		Throwable error = errors.getError(new ServletWebRequest(request));
		if (error instanceof MaxUploadSizeExceededException) {
			return messages.getMessage("problem.tooLarge", new Object[] { uploadLimit }, locale);
		}
		if (error instanceof Refusal refusal && refusal.messageKey() != null) {
			return messages.getMessage(refusal.messageKey(), refusal.arguments(), null, locale);
		}
		return null;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
