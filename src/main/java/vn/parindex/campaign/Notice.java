package vn.parindex.campaign;

import java.time.Instant;
import java.util.List;

/**
 * An in-app notice (thông báo) to one user, worded when read from a message key and its
 * arguments so that each reader sees her language.
 */
record Notice(long id, String messageKey, List<String> arguments, String link, Instant createdAt, boolean read) {

	/** Public, as every method the templates call. */
	public Object[] args() {
		return arguments.toArray();
	}

}
