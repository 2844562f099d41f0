package vn.parindex.system;

import java.sql.SQLException;
import java.util.Optional;

import vn.parindex.problem.Refusal;

import org.springframework.dao.DuplicateKeyException;

/**
 * What the database refused, as the refusal a person understands: a race that lost to a
 * unique key is a conflict, a NUL character or a value too long or too large for its
 * column is a bad request. Checks in the modules say it first and better; this is the
 * last line, so that no such input ends in an error 500.
 */
final class StoredDataRefusals {

	private StoredDataRefusals() {
	}

	static Optional<Refusal> of(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof DuplicateKeyException) {
				return Optional.of(Refusal.conflict("problem.duplicate"));
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return ofState(sql.getSQLState());
			}
		}
		return Optional.empty();
	}

	/** By PostgreSQL's SQLSTATE codes. */
	private static Optional<Refusal> ofState(String state) {
		return switch (state) {
			case "23505" -> Optional.of(Refusal.conflict("problem.duplicate"));
			case "22021", "22P05" -> Optional.of(Refusal.badRequest("text.error.nul"));
			case "22001" -> Optional.of(Refusal.badRequest("problem.valueTooLong"));
			case "22003" -> Optional.of(Refusal.badRequest("problem.numberTooLarge"));
			default -> Optional.empty();
		};
	}

}
