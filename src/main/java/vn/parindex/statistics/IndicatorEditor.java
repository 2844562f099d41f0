package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits indicators of the catalog, for the secretariat and administrators. Every
 * error of a request is listed at once; nothing is deleted (a built-in indicator is
 * edited like any other); the kind stays once an observation exists; an edit names the
 * version it was made on, and one made on an older version is refused (409). Audited.
 */
@Service
public class IndicatorEditor {

	/** An indicator code: upper case letters, digits, {@code _ . -}; up to 64. */
	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,63}");

	static final int MAX_NAME = 500;

	static final int MAX_LABEL = 200;

	static final int MAX_DESCRIPTION = 2000;

	private final JdbcTemplate jdbc;

	private final IndicatorStore indicators;

	private final StatisticTrail trail;

	IndicatorEditor(JdbcTemplate jdbc, IndicatorStore indicators, StatisticTrail trail) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.trail = trail;
	}

	/**
	 * @throws Refusal 400 listing every error; 409 when the code is taken
	 */
	@Transactional
	public Indicator create(IndicatorRequest request, String actor) {
		List<Refusal.FieldError> errors = new ArrayList<>();
		String code = code(request.code(), errors);
		Checked checked = check(request, errors);
		refuseIf(errors);
		int inserted = jdbc.update("""
				insert into statistic_indicator (code, name, kind, numerator_label, denominator_label,
				                                 period_aggregation, sum_children, description)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""", code, checked.name(),
				checked.kind().name(), checked.numeratorLabel(), checked.denominatorLabel(),
				checked.aggregation().name(), checked.sumChildren(), checked.description());
		if (inserted == 0) {
			throw Refusal.conflict("statistics.feeds.indicator.codeTaken", code).onField("code");
		}
		Indicator created = indicators.byCode(code).orElseThrow();
		trail.record(StatisticEvent.of(StatisticTrail.INDICATOR_CREATED, actor)
			.subject(created.id(), code)
			.indicator(created.id())
			.values(null, describe(created)));
		return created;
	}

	/**
	 * @throws Refusal 404 for an unknown code; 400 listing every error; 409 when the
	 * indicator changed since {@code version} was read
	 */
	@Transactional
	public Indicator update(String code, IndicatorRequest request, String actor) {
		Indicator before = indicators.byCode(code)
			.orElseThrow(() -> Refusal.notFound("statistics.feeds.indicator.unknown", code));
		// observations of it are written under this lock (see ObservationStore)
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", ObservationStore.LOCK_SPACE, (int) before.id());
		List<Refusal.FieldError> errors = new ArrayList<>();
		if (request.code() != null && !request.code().strip().toUpperCase(Locale.ROOT).equals(before.code())) {
			errors.add(error("code", "statistics.feeds.indicator.codeFixed", before.code()));
		}
		if (request.version() == null) {
			errors.add(error("version", "statistics.feeds.indicator.versionRequired"));
		}
		Checked checked = check(request, errors);
		if (checked.kind() != null && checked.kind() != before.kind() && observed(before.id())) {
			errors.add(error("kind", "statistics.feeds.indicator.kindFixed", before.kind().name()));
		}
		refuseIf(errors);
		int updated = jdbc.update("""
				update statistic_indicator
				set name = ?, kind = ?, numerator_label = ?, denominator_label = ?, period_aggregation = ?,
				    sum_children = ?, description = ?, version = version + 1
				where id = ? and version = ?""", checked.name(), checked.kind().name(), checked.numeratorLabel(),
				checked.denominatorLabel(), checked.aggregation().name(), checked.sumChildren(), checked.description(),
				before.id(), request.version());
		if (updated == 0) {
			throw Refusal.conflict("statistics.feeds.indicator.stale", before.code());
		}
		Indicator after = indicators.byId(before.id()).orElseThrow();
		trail.record(StatisticEvent.of(StatisticTrail.INDICATOR_CHANGED, actor)
			.subject(after.id(), after.code())
			.indicator(after.id())
			.values(describe(before), describe(after)));
		return after;
	}

	/** Whether any observation, current or replaced, is of this indicator. */
	boolean observed(long indicatorId) {
		return Boolean.TRUE
			.equals(jdbc.queryForObject("select exists (select 1 from statistic_observation where indicator_id = ?)",
					Boolean.class, indicatorId));
	}

	private record Checked(String name, IndicatorKind kind, String numeratorLabel, String denominatorLabel,
			PeriodAggregation aggregation, boolean sumChildren, String description) {
	}

	static String code(String text, List<Refusal.FieldError> errors) {
		String code = (text == null) ? "" : text.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			errors.add(error("code", "statistics.feeds.indicator.codeRequired"));
		}
		else if (Texts.hasNul(code)) {
			errors.add(error("code", "text.error.nul"));
		}
		else if (!CODE.matcher(code).matches()) {
			errors.add(error("code", "statistics.feeds.indicator.codeSyntax", shorten(code)));
		}
		return code;
	}

	private static Checked check(IndicatorRequest request, List<Refusal.FieldError> errors) {
		String name = text("name", request.name(), MAX_NAME, errors);
		if (name == null && !hasError(errors, "name")) {
			errors.add(error("name", "statistics.feeds.indicator.nameRequired"));
		}
		IndicatorKind kind = choice("kind", request.kind(), IndicatorKind.class, errors);
		PeriodAggregation aggregation = choice("periodAggregation", request.periodAggregation(),
				PeriodAggregation.class, errors);
		String numerator = text("numeratorLabel", request.numeratorLabel(), MAX_LABEL, errors);
		String denominator = text("denominatorLabel", request.denominatorLabel(), MAX_LABEL, errors);
		if (kind != null && kind != IndicatorKind.RATIO) {
			if (numerator != null) {
				errors.add(error("numeratorLabel", "statistics.feeds.indicator.labelsOnlyForRatio"));
			}
			if (denominator != null) {
				errors.add(error("denominatorLabel", "statistics.feeds.indicator.labelsOnlyForRatio"));
			}
		}
		String description = text("description", request.description(), MAX_DESCRIPTION, errors);
		return new Checked(name, kind, numerator, denominator, aggregation, Boolean.TRUE.equals(request.sumChildren()),
				description);
	}

	private static <E extends Enum<E>> E choice(String field, String text, Class<E> type,
			List<Refusal.FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(error(field, "statistics.feeds.indicator." + field + "Required"));
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text.strip())) {
				return constant;
			}
		}
		errors.add(error(field, "statistics.feeds.indicator." + field + "Unknown", shorten(text)));
		return null;
	}

	/** The text stripped, {@code null} when blank; an error when NUL or too long. */
	private static String text(String field, String text, int max, List<Refusal.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (Texts.hasNul(text)) {
			errors.add(error(field, "text.error.nul"));
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			errors.add(error(field, "text.error.tooLong", max, stripped.length()));
			return null;
		}
		return stripped;
	}

	private static boolean hasError(List<Refusal.FieldError> errors, String field) {
		return errors.stream().anyMatch((error) -> field.equals(error.location().get("field")));
	}

	static Refusal.FieldError error(String field, String key, Object... arguments) {
		return Refusal.FieldError.at(Map.of("field", field), key, arguments);
	}

	private static void refuseIf(List<Refusal.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, errors, "statistics.feeds.indicator.invalid", errors.size());
		}
	}

	private static String shorten(String text) {
		String clean = text.replace('\0', ' ');
		return (clean.length() > 70) ? clean.substring(0, 69) + "…" : clean;
	}

	private static String describe(Indicator indicator) {
		return indicator.name() + "; " + indicator.kind()
				+ ((indicator.numeratorLabel() != null)
						? " (" + indicator.numeratorLabel() + " / " + indicator.denominatorLabel() + ")" : "")
				+ "; " + indicator.periodAggregation() + "; sumChildren=" + indicator.sumChildren();
	}

}
