package vn.parindex.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request about an account that the rules refuse. Its detail is a message-bundle key,
 * so that pages and the API explain it in the user's language.
 */
public class AccountException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	AccountException(String messageKey, Object... arguments) {
		this(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	AccountException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	@Override
	public String getMessage() {
		return messageKey + java.util.Arrays.toString(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
