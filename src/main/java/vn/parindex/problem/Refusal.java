package vn.parindex.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the rules refuse, in any module. Its detail is a message-bundle key with
 * arguments, worded in the reader's language where it is shown: problem+json on the API,
 * a flash message or an inline error on pages. It may list errors, each located by field,
 * node or workbook cell.
 */
public class Refusal extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final transient List<FieldError> errors;

	public Refusal(HttpStatus status, String messageKey, Object... arguments) {
		this(status, List.of(), messageKey, arguments);
	}

	public Refusal(HttpStatus status, List<FieldError> errors, String messageKey, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.errors = List.copyOf(errors);
	}

	public static Refusal badRequest(String messageKey, Object... arguments) {
		return new Refusal(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	public static Refusal notFound(String messageKey, Object... arguments) {
		return new Refusal(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public static Refusal conflict(String messageKey, Object... arguments) {
		return new Refusal(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public static Refusal forbidden(String messageKey, Object... arguments) {
		return new Refusal(HttpStatus.FORBIDDEN, messageKey, arguments);
	}

	/**
	 * The same refusal about one form field, which a page shows beside it.
	 * @param field the field's name, or {@code null} for the whole form
	 */
	public Refusal onField(String field) {
		if (field == null) {
			return this;
		}
		return new Refusal(HttpStatus.valueOf(getStatusCode().value()),
				List.of(FieldError.at(Map.of("field", field), messageKey, arguments)), messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * Whether the errors say more than the detail: some are located, and they are not
	 * just the detail again.
	 */
	public boolean listsErrors() {
		boolean located = errors.stream().anyMatch((error) -> !error.location().isEmpty());
		boolean onlyTheDetail = errors.size() == 1 && errors.get(0).messageKey().equals(messageKey)
				&& Arrays.equals(errors.get(0).args(), arguments);
		return located && !onlyTheDetail;
	}

	@Override
	public String getMessage() {
		return messageKey + Arrays.toString(arguments) + (errors.isEmpty() ? "" : " " + errors);
	}

	/**
	 * One error a refusal lists.
	 *
	 * @param location where it is, in the order the API names it ({@code field}; or
	 * {@code code, field} of a framework node; or {@code sheet, row, column} of a
	 * workbook); values may be {@code null}
	 */
	public record FieldError(Map<String, Object> location, String messageKey, List<Object> arguments) {

		public FieldError {
			location = Collections.unmodifiableMap(new LinkedHashMap<>(location));
			arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
		}

		public static FieldError at(Map<String, Object> location, String messageKey, Object... arguments) {
			return new FieldError(location, messageKey, Arrays.asList(arguments));
		}

		public Object[] args() {
			return arguments.toArray();
		}

	}

}
