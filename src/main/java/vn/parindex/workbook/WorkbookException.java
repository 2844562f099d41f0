package vn.parindex.workbook;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A workbook that cannot be imported, with every error found in it. Nothing of it was
 * saved.
 */
public class WorkbookException extends ErrorResponseException {

	private final transient List<WorkbookError> errors;

	public WorkbookException(List<WorkbookError> errors) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, "workbook.error.invalid",
				new Object[] { errors.size() });
		this.errors = List.copyOf(errors);
	}

	public static WorkbookException of(String messageKey, Object... arguments) {
		return new WorkbookException(List.of(WorkbookError.of(null, null, null, messageKey, arguments)));
	}

	public List<WorkbookError> errors() {
		return errors;
	}

	@Override
	public String getMessage() {
		return errors.size() + " workbook error(s), first: " + errors.get(0);
	}

}
