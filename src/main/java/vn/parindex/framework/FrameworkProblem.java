package vn.parindex.framework;

import java.util.List;

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

	public Object[] args() {
		return arguments.toArray();
	}

}
