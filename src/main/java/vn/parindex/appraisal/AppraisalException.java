package vn.parindex.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An appraisal or council request the rules refuse; the detail is a message-bundle key
 * with arguments.
 */
public class AppraisalException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	AppraisalException(HttpStatus status, String messageKey, Object... arguments) {
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
