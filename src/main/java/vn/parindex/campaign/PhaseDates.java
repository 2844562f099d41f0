package vn.parindex.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a phase runs. Dates are days in Vietnam: a deadline is the end of its day in
 * Asia/Ho_Chi_Minh, wherever the server runs.
 */
public record PhaseDates(Phase phase, LocalDate startsOn, LocalDate deadline) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The first instant after the deadline day. */
	public ZonedDateTime closesAt() {
		return deadline.plusDays(1).atStartOfDay(ZONE);
	}

}
