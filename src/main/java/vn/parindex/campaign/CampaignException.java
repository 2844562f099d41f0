package vn.parindex.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A campaign request the rules refuse; the detail is a message-bundle key with its
 * arguments.
 */
public class CampaignException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	public CampaignException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A request the rules refuse: 400. */
	static CampaignException invalid(String messageKey, Object... arguments) {
		return new CampaignException(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	static CampaignException notFound(long id) {
		return new CampaignException(HttpStatus.NOT_FOUND, "campaign.error.notFound", id);
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
