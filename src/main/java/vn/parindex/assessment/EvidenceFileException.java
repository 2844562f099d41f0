package vn.parindex.assessment;

import java.util.Arrays;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded evidence file that is refused, or a stored one that does not exist; the
 * detail is a message-bundle key with its arguments.
 */
public class EvidenceFileException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	EvidenceFileException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	static EvidenceFileException tooLarge(long maxMegabytes) {
		return new EvidenceFileException(HttpStatus.CONTENT_TOO_LARGE, "assessment.evidence.error.tooLarge",
				maxMegabytes);
	}

	static EvidenceFileException notAllowed(String fileName) {
		return new EvidenceFileException(HttpStatus.BAD_REQUEST, "assessment.evidence.error.notAllowed", fileName);
	}

	/**
	 * The kind is passed as a message to resolve, so the detail names it in the reader's
	 * language.
	 */
	static EvidenceFileException extensionMismatch(String fileName, EvidenceKind detected) {
		return new EvidenceFileException(HttpStatus.BAD_REQUEST, "assessment.evidence.error.extensionMismatch",
				fileName, new DefaultMessageSourceResolvable(detected.messageKey()));
	}

	static EvidenceFileException empty() {
		return new EvidenceFileException(HttpStatus.BAD_REQUEST, "assessment.evidence.error.empty");
	}

	static EvidenceFileException notFound(String sha256) {
		return new EvidenceFileException(HttpStatus.NOT_FOUND, "assessment.evidence.error.notFound", sha256);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String getMessage() {
		return messageKey + Arrays.toString(arguments);
	}

}
