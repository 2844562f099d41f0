package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A figure a person types on the observations page (channel PERSON). A figure where one
 * is already current for the unit, indicator and period (from any source) is a
 * correction, and needs a reason, kept with the new row in the history; the same figure
 * again changes nothing.
 */
@Service
public class ObservationEntry {

	/** The source of a typed figure unless the person names another. */
	public static final String PERSON_SOURCE = "nhap-tay";

	private final ObservationFeed feed;

	private final JdbcTemplate jdbc;

	ObservationEntry(ObservationFeed feed, JdbcTemplate jdbc) {
		this.feed = feed;
		this.jdbc = jdbc;
	}

	/** What was typed. */
	public record Typed(String unit, String indicator, String period, String source, BigDecimal numerator,
			BigDecimal denominator, BigDecimal value, String note, String reason) {
	}

	/** What the entry did: a new figure, a correction, or nothing (the same figure). */
	public enum Outcome {

		ENTERED, CORRECTED, UNCHANGED

	}

	/**
	 * @throws Refusal 400 listing every error by field (a correction without a reason
	 * among them), nothing stored
	 */
	@Transactional
	public Outcome enter(Typed typed, String actor) {
		String source = (typed.source() == null || typed.source().isBlank()) ? PERSON_SOURCE : typed.source();
		FeedItem item = new FeedItem(0, typed.unit(), typed.indicator(), typed.period(), typed.numerator(),
				typed.denominator(), typed.value(), typed.note(), null);
		ObservationFeed.Outcome outcome = feed.check(List.of(item), source);
		if (!outcome.valid()) {
			throw refusal(outcome.problems()
				.stream()
				.map((problem) -> Refusal.FieldError.at(
						Map.of("field", (problem.field() != null) ? problem.field() : "unit"), problem.messageKey(),
						problem.args()))
				.toList());
		}
		ObservationFeed.Checked checked = outcome.items().get(0);
		feed.lock(List.of(checked));
		List<ObservationHistory.Recorded> current = jdbc.query("""
				select id, source, channel, numerator, denominator, value, note, reason, recorded_by, recorded_at,
				       replaced_at
				from statistic_observation
				where unit_id = ? and indicator_id = ? and period = ? and replaced_at is null
				order by recorded_at, id""", (rs, n) -> ObservationHistory.recorded(rs), checked.unit().id(),
				checked.indicator().id(), checked.period().text());
		boolean same = current.stream()
			.anyMatch((row) -> row.source().equals(checked.source())
					&& ObservationImports.same(row.numerator(), checked.numerator())
					&& ObservationImports.same(row.denominator(), checked.denominator())
					&& ObservationImports.same(row.value(), checked.value())
					&& java.util.Objects.equals(row.note(), checked.note()));
		if (same) {
			return Outcome.UNCHANGED;
		}
		boolean correction = !current.isEmpty();
		String reason = null;
		if (correction) {
			if (typed.reason() == null || typed.reason().isBlank()) {
				throw refusal(List
					.of(Refusal.FieldError.at(Map.of("field", "reason"), "statistics.feeds.entry.reasonRequired")));
			}
			if (Texts.hasNul(typed.reason())) {
				throw refusal(List.of(Refusal.FieldError.at(Map.of("field", "reason"), "text.error.nul")));
			}
			reason = typed.reason().strip();
			if (reason.length() > ObservationFeed.MAX_NOTE) {
				throw refusal(List.of(Refusal.FieldError.at(Map.of("field", "reason"), "text.error.tooLong",
						ObservationFeed.MAX_NOTE, reason.length())));
			}
		}
		String before = current.isEmpty() ? null : current.stream().map(ObservationEntry::figure).toList().toString();
		feed.store(List.of(checked), ObservationChannel.PERSON, actor, reason, StatisticEvent
			.of(correction ? StatisticTrail.OBSERVATION_CORRECTED : StatisticTrail.OBSERVATION_ENTERED, actor)
			.subject(null, checked.unit().code() + " " + checked.indicator().code() + " " + checked.period().text())
			.unit(checked.unit().id())
			.indicator(checked.indicator().id())
			.reason(reason)
			.values(before,
					checked.source() + ": " + figure(checked.numerator(), checked.denominator(), checked.value())));
		return correction ? Outcome.CORRECTED : Outcome.ENTERED;
	}

	private static String figure(ObservationHistory.Recorded row) {
		return row.source() + ": " + figure(row.numerator(), row.denominator(), row.value());
	}

	private static String figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
		return (value != null) ? value.toPlainString() : numerator.stripTrailingZeros().toPlainString() + "/"
				+ denominator.stripTrailingZeros().toPlainString();
	}

	private static Refusal refusal(List<Refusal.FieldError> errors) {
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "statistics.feeds.entry.invalid", errors.size());
	}

}
