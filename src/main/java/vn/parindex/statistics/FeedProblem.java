package vn.parindex.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with a feed: at an item (its position) and field, or with the whole
 * feed (position {@code null}).
 */
public record FeedProblem(Integer position, String field, String messageKey, List<Object> arguments) {

	public static FeedProblem at(Integer position, String field, String messageKey, Object... arguments) {
		return new FeedProblem(position, field, messageKey, Arrays.asList(arguments));
	}

	public Object[] args() {
		return arguments.toArray();
	}

}
