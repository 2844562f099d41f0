package vn.parindex.statistics;

/**
 * Reads the times of a dossier record, quickly (a million records hold three million):
 * ISO 8601 {@code 2026-03-05}, {@code 2026-03-05T08:30}, {@code 2026-03-05 08:30:15.250},
 * each optionally followed by {@code Z}, {@code +07:00}, {@code +0700} or {@code +07}; a
 * time without a zone is in Asia/Ho_Chi_Minh, a date alone is its first instant. Years
 * 2000–2100 (Vietnam is UTC+07:00 throughout), to the microsecond as PostgreSQL keeps a
 * {@code timestamptz}.
 */
final class DossierTimes {

	/** What {@link #epochSecond} answers for a text that is not such a time. */
	static final long INVALID = Long.MIN_VALUE;

	private static final int VIETNAM_OFFSET = 7 * 3600;

	private DossierTimes() {
	}

	/**
	 * The instant as microseconds since the epoch (a fraction beyond the microsecond
	 * rounded half up), or {@link #INVALID}.
	 */
	static long epochMicro(String text) {
		int n = text.length();
		if (n < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return INVALID;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR || month < 1 || month > 12 || day < 1
				|| day > daysIn(year, month)) {
			return INVALID;
		}
		long seconds = 0;
		long micros = 0;
		int offset = VIETNAM_OFFSET;
		int i = 10;
		if (i < n && (text.charAt(i) == 'T' || text.charAt(i) == ' ')) {
			if (i + 6 > n || text.charAt(i + 3) != ':') {
				return INVALID;
			}
			int hour = digits(text, i + 1, 2);
			int minute = digits(text, i + 4, 2);
			int second = 0;
			i += 6;
			if (i < n && text.charAt(i) == ':') {
				second = (i + 3 <= n) ? digits(text, i + 1, 2) : -1;
				i += 3;
				if (i < n && text.charAt(i) == '.') {
					int start = ++i;
					while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
						i++;
					}
					if (i == start || i - start > 9) {
						return INVALID;
					}
					for (int k = 0; k < 6; k++) {
						micros = micros * 10 + ((start + k < i) ? text.charAt(start + k) - '0' : 0);
					}
					if (start + 6 < i && text.charAt(start + 6) >= '5') {
						micros++;
					}
				}
			}
			if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
				return INVALID;
			}
			seconds = hour * 3600L + minute * 60L + second;
			if (i < n) {
				offset = offset(text, i);
				if (offset == Integer.MIN_VALUE) {
					return INVALID;
				}
				i = n;
			}
		}
		if (i != n) {
			return INVALID;
		}
		return (java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + seconds - offset) * 1_000_000L
				+ micros;
	}

	/**
	 * The day in Asia/Ho_Chi_Minh of an instant read by {@link #epochMicro} (UTC+07:00
	 * throughout 2000–2100), in days since the epoch: PostgreSQL's
	 * {@code (t at time zone 'Asia/Ho_Chi_Minh')::date}.
	 */
	static long epochDay(long epochMicro) {
		return Math.floorDiv(Math.floorDiv(epochMicro, 1_000_000L) + VIETNAM_OFFSET, 86_400L);
	}

	/** {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH} to the end, in seconds. */
	private static int offset(String text, int i) {
		int rest = text.length() - i;
		char sign = text.charAt(i);
		if (sign == 'Z' && rest == 1) {
			return 0;
		}
		if (sign != '+' && sign != '-') {
			return Integer.MIN_VALUE;
		}
		int hours = (rest >= 3) ? digits(text, i + 1, 2) : -1;
		int minutes = switch (rest) {
			case 3 -> 0;
			case 5 -> digits(text, i + 3, 2);
			case 6 -> (text.charAt(i + 3) == ':') ? digits(text, i + 4, 2) : -1;
			default -> -1;
		};
		if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) {
			return Integer.MIN_VALUE;
		}
		int seconds = hours * 3600 + minutes * 60;
		return (sign == '-') ? -seconds : seconds;
	}

	/** The number the digits spell, or -1 when one is not a digit. */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static int daysIn(int year, int month) {
		return switch (month) {
			case 2 -> ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

}
