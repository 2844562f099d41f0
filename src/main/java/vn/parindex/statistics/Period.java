package vn.parindex.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period an observation is for (kỳ): a year {@code 2026}, a quarter {@code 2026-Q3} or
 * a month {@code 2026-07}.
 *
 * @param index the quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(int year, Length length, int index) implements Comparable<Period> {

	/** How long a period is. */
	public enum Length {

		YEAR, QUARTER, MONTH

	}

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:[Qq]([1-4])|(0[1-9]|1[0-2])))?");

	public Period {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		int last = switch (length) {
			case YEAR -> 0;
			case QUARTER -> 4;
			case MONTH -> 12;
		};
		if ((length == Length.YEAR) ? index != 0 : (index < 1 || index > last)) {
			throw new IllegalArgumentException("No such period: " + year + " " + length + " " + index);
		}
	}

	public static Period year(int year) {
		return new Period(year, Length.YEAR, 0);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(year, Length.QUARTER, quarter);
	}

	public static Period month(int year, int month) {
		return new Period(year, Length.MONTH, month);
	}

	/**
	 * Reads {@code 2026}, {@code 2026-Q3} ({@code q} too) or {@code 2026-07}, with
	 * surrounding whitespace; empty when it is none of them or outside 2000–2100.
	 */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return Optional.empty();
		}
		if (matcher.group(2) != null) {
			return Optional.of(quarter(year, Integer.parseInt(matcher.group(2))));
		}
		if (matcher.group(3) != null) {
			return Optional.of(month(year, Integer.parseInt(matcher.group(3))));
		}
		return Optional.of(year(year));
	}

	/** The quarter a day falls in. */
	public static Period quarterOf(LocalDate day) {
		return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The period's first day. */
	public LocalDate start() {
		return switch (length) {
			case YEAR -> LocalDate.of(year, 1, 1);
			case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
			case MONTH -> LocalDate.of(year, index, 1);
		};
	}

	/** The period's last day. */
	public LocalDate end() {
		return switch (length) {
			case YEAR -> LocalDate.of(year, 12, 31);
			case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
			case MONTH -> YearMonth.of(year, index).atEndOfMonth();
		};
	}

	/** Whether the other period lies within this one (a period contains itself). */
	public boolean contains(Period other) {
		return !other.start().isBefore(start()) && !other.end().isAfter(end());
	}

	/** Whether the day lies within this period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(start()) && !day.isAfter(end());
	}

	/** The quarters of a year, the quarter itself, or the quarter a month is in. */
	public List<Period> quarters() {
		return switch (length) {
			case YEAR -> List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
			case QUARTER -> List.of(this);
			case MONTH -> List.of(quarter(year, (index - 1) / 3 + 1));
		};
	}

	/** The months of this period, in order. */
	public List<Period> months() {
		List<Period> months = new ArrayList<>();
		int first = start().getMonthValue();
		int last = end().getMonthValue();
		for (int month = first; month <= last; month++) {
			months.add(month(year, month));
		}
		return months;
	}

	/** The quarter before this one (a quarter only). */
	public Period previousQuarter() {
		if (length != Length.QUARTER) {
			throw new IllegalStateException("Not a quarter: " + this);
		}
		return (index == 1) ? quarter(year - 1, 4) : quarter(year, index - 1);
	}

	/** {@code 2026}, {@code 2026-Q3}, {@code 2026-07}: the form stored and exchanged. */
	public String text() {
		return switch (length) {
			case YEAR -> Integer.toString(year);
			case QUARTER -> year + "-Q" + index;
			case MONTH -> year + "-" + ((index < 10) ? "0" : "") + index;
		};
	}

	@Override
	public int compareTo(Period other) {
		int byStart = start().compareTo(other.start());
		return (byStart != 0) ? byStart : other.end().compareTo(end());
	}

	@Override
	public String toString() {
		return text();
	}

}
