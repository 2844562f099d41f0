package vn.parindex.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request of the council's finalisation, transparency or report pages that the rules
 * refuse; the detail is a message-bundle key with arguments.
 */
public class CouncilException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	CouncilException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
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
