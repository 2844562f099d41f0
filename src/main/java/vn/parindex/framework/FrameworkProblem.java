package vn.parindex.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;

/**
 * One thing wrong with a framework's tree.
 *
 * @param index the position of the node in the list checked, or {@code null} for the
 * whole
 * @param code the node's code, when it has one
 * @param field the workbook column key it concerns ({@code code}, {@code max_points} …),
 * or {@code null}
 */
public record FrameworkProblem(Integer index, String code, String field, String messageKey, List<Object> arguments) {

	public FrameworkProblem {
		arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
	}

	/** A change the rules refuse for every problem found; the first is the detail. */
	static Refusal refusal(List<FrameworkProblem> problems) {
		return new Refusal(HttpStatus.BAD_REQUEST, problems.stream().map(FrameworkProblem::fieldError).toList(),
				problems.get(0).messageKey(), problems.get(0).args());
	}

	public Object[] args() {
		return arguments.toArray();
	}

	/** The problem located by the node's code and the field. */
	Refusal.FieldError fieldError() {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("code", code);
		location.put("field", field);
		return new Refusal.FieldError(location, messageKey, arguments);
	}

}
