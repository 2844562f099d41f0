package vn.parindex.statistics;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.parindex.campaign.PhaseDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the statistics pages write figures, rates, periods and times for people: in the
 * reader's language ({@code 82.978}, {@code 95,83%} in Vietnamese), periods in words,
 * times in Vietnam's time zone. Templates reach it as {@code figures}.
 */
@Component("feedFigures")
public class FeedFigures {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(PhaseDates.ZONE);

	private final MessageSource messages;

	FeedFigures(MessageSource messages) {
		this.messages = messages;
	}

	/** A figure with its decimals (up to 4), grouped: {@code 82.978}, {@code 1,5}. */
	public String number(BigDecimal number) {
		if (number == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(locale()));
		return format.format(number);
	}

	/** A ratio as a percentage to 2 decimals, or — for 0/0. */
	public String rate(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()));
		return format
			.format(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, java.math.RoundingMode.HALF_UP))
				+ "%";
	}

	/** A ratio as {@code numerator / denominator}, or a value. */
	public String figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
		return (value != null) ? number(value) : number(numerator) + " / " + number(denominator);
	}

	public String period(Period period) {
		if (period == null) {
			return "—";
		}
		String key = switch (period.length()) {
			case YEAR -> "statistics.period.year";
			case QUARTER -> "statistics.period.quarter";
			case MONTH -> "statistics.period.month";
		};
		return messages.getMessage(key,
				new Object[] { String.valueOf(period.year()),
						(period.length() == Period.Length.MONTH && period.index() < 10) ? "0" + period.index()
								: String.valueOf(period.index()) },
				locale());
	}

	public String period(String text) {
		return Period.parse(text).map(this::period).orElse(text);
	}

	public String time(Instant instant) {
		return (instant == null) ? "—" : TIME.format(instant);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
