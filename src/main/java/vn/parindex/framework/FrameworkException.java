package vn.parindex.framework;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change to a framework that the rules refuse. Carries every problem found, each a
 * message key with arguments and, where it concerns one, the node and field.
 */
public class FrameworkException extends ErrorResponseException {

	private final transient List<FrameworkProblem> problems;

	FrameworkException(String messageKey, Object... arguments) {
		this(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	FrameworkException(HttpStatus status, String messageKey, Object... arguments) {
		this(status, List.of(new FrameworkProblem(null, null, null, messageKey, java.util.Arrays.asList(arguments))));
	}

	FrameworkException(HttpStatus status, List<FrameworkProblem> problems) {
		super(status, ProblemDetail.forStatus(status), null, problems.get(0).messageKey(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	public List<FrameworkProblem> problems() {
		return problems;
	}

	@Override
	public String getMessage() {
		return problems.toString();
	}

}
