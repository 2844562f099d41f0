package vn.parindex.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one way the API describes a problem: RFC 9457 with a title and detail in the
 * caller's language — for a refusal, an unexpected error, and the 401 and 403 the
 * security filters answer.
 */
@Component
public class Problems {

	private final MessageSource messages;

	public Problems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param detail the detail already worded, or {@code null} for the status's generic
	 * one
	 */
	public ProblemDetail of(HttpStatusCode status, String detail, String path, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		String reason = (status instanceof HttpStatus known) ? known.getReasonPhrase() : String.valueOf(status.value());
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, reason, locale));
		problem.setDetail((detail != null) ? detail
				: messages.getMessage("problem.detail." + status.value(), null, reason, locale));
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

}
