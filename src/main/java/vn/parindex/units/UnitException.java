package vn.parindex.units;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change to units that their rules refuse. It carries a message key so that a page
 * shows it beside the field it concerns and the API answers it as problem+json, both in
 * the reader's language.
 */
class UnitException extends ErrorResponseException {

	private final String field;

	private UnitException(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.field = field;
	}

	static UnitException invalid(String field, String messageKey, Object... arguments) {
		return new UnitException(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	static UnitException conflict(String field, String messageKey, Object... arguments) {
		return new UnitException(HttpStatus.CONFLICT, field, messageKey, arguments);
	}

	static UnitException notFound(String code) {
		return new UnitException(HttpStatus.NOT_FOUND, null, "units.error.notFound", code);
	}

	/** The form field the refusal concerns, or {@code null} for the whole form. */
	String field() {
		return field;
	}

	String messageKey() {
		return getDetailMessageCode();
	}

	Object[] arguments() {
		return getDetailMessageArguments();
	}

	@Override
	public String getMessage() {
		return getDetailMessageCode() + " " + Arrays.toString(getDetailMessageArguments());
	}

}
