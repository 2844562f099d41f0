package vn.parindex.scoring;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A results request the rules refuse; the detail is a message-bundle key with arguments.
 * Invalid settings carry every problem's key.
 */
public class ScoringException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final List<String> problems;

	ScoringException(HttpStatus status, String messageKey, Object... arguments) {
		this(status, List.of(), messageKey, arguments);
	}

	private ScoringException(HttpStatus status, List<String> problems, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.problems = List.copyOf(problems);
	}

	static ScoringException invalidSettings(List<String> problems) {
		return new ScoringException(HttpStatus.BAD_REQUEST, problems, problems.get(0));
	}

	static ScoringException notFound(String messageKey, Object... arguments) {
		return new ScoringException(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The message keys of every problem found in invalid settings. */
	public List<String> problems() {
		return problems;
	}

	@Override
	public String getMessage() {
		return messageKey + java.util.Arrays.toString(arguments);
	}

}
