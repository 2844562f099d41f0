package vn.parindex.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them in the answering pages and messages: 05/12/2026. */
final class AnsweringDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AnsweringDates() {
	}

	static String date(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

}
