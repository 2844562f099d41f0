package vn.parindex.framework;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Rule parameters that do not parse or do not fit the maximum, or an input the rule
 * cannot take (a score above the maximum, a level not in the list, a zero denominator …).
 * The detail is a message-bundle key with its arguments.
 */
public class RuleException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleException(String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String getMessage() {
		return messageKey + java.util.Arrays.toString(arguments);
	}

}
