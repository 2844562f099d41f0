package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.problem.Texts;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.Decimals;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the observations a feed brings (a JSON batch, a workbook, a CSV file, a person's
 * entry) and stores them, all or nothing. The units and indicators are read once per
 * feed, whatever its size. Every problem of every item is found before anything is
 * stored: an unknown unit or indicator, a period that is none, figures that do not fit
 * the indicator's kind (a numerator and denominator for a ratio, a value otherwise),
 * negative numerators, denominators or counts, more than {@value #MAX_SCALE} decimals,
 * numbers beyond {@value Decimals#MAX_INTEGER_DIGITS} digits, texts with NUL characters
 * or too long, the same unit, indicator, period (and source) twice. A numerator above its
 * denominator is allowed: rates above 100% exist.
 */
@Service
public class ObservationFeed {

	/** Decimals an observation keeps (the column is {@code numeric(20,4)}). */
	static final int MAX_SCALE = 4;

	static final int MAX_SOURCE = 100;

	static final int MAX_NOTE = 2000;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	private final ObservationStore store;

	private final JdbcTemplate jdbc;

	private final StatisticTrail trail;

	ObservationFeed(UnitCatalog units, IndicatorStore indicators, ObservationStore store, JdbcTemplate jdbc,
			StatisticTrail trail) {
		this.units = units;
		this.indicators = indicators;
		this.store = store;
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/** An item that passed every check. */
	public record Checked(int position, UnitView unit, Indicator indicator, Period period, String source,
			BigDecimal numerator, BigDecimal denominator, BigDecimal value, String note) {

		NewObservation observation(String reason) {
			return new NewObservation(unit.id(), indicator.id(), period, numerator, denominator, value, note, reason);
		}

		String key() {
			return unit.id() + "/" + indicator.id() + "/" + period.text() + "/" + source;
		}

	}

	/** A feed checked: the items that passed, and every problem found. */
	public record Outcome(List<Checked> items, List<FeedProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	/** What a feed's storing did, over all its sources. */
	public record Stored(int accepted, int replaced, int unchanged) {

		String summary() {
			return "accepted=" + accepted + ", replaced=" + replaced + ", unchanged=" + unchanged;
		}

	}

	/**
	 * Checks every item.
	 * @param source the feed's source, for the items without their own; checked as an
	 * item's would be, its problems at no position, field {@code source}
	 */
	@Transactional(readOnly = true)
	public Outcome check(List<FeedItem> items, String source) {
		List<FeedProblem> problems = new ArrayList<>();
		String feedSource = source(null, source, problems);
		Map<String, UnitView> unitsByCode = units.all()
			.stream()
			.collect(Collectors.toMap(UnitView::code, Function.identity()));
		Map<String, Indicator> indicatorsByCode = indicators.all()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, Integer> firstByKey = new HashMap<>();
		List<Checked> checked = new ArrayList<>(items.size());
		for (FeedItem item : items) {
			int before = problems.size();
			Checked one = check(item, feedSource, unitsByCode, indicatorsByCode, problems);
			if (one != null && problems.size() == before) {
				Integer first = firstByKey.putIfAbsent(one.key(), item.position());
				if (first != null) {
					problems.add(FeedProblem.at(item.position(), "period", "statistics.feeds.error.repeated",
							one.unit().code(), one.indicator().code(), one.period().text(), first));
				}
				else {
					checked.add(one);
				}
			}
		}
		return new Outcome(checked, problems);
	}

	private static Checked check(FeedItem item, String feedSource, Map<String, UnitView> units,
			Map<String, Indicator> indicators, List<FeedProblem> problems) {
		int at = item.position();
		UnitView unit = null;
		String unitCode = text(at, "unit", item.unit(), 32, problems);
		if (unitCode == null) {
			required(at, "unit", item.unit(), problems);
		}
		else {
			unit = units.get(unitCode);
			if (unit == null) {
				problems.add(FeedProblem.at(at, "unit", "statistics.feeds.error.unknownUnit", unitCode));
			}
		}
		Indicator indicator = null;
		String indicatorCode = text(at, "indicator", item.indicator(), 64, problems);
		if (indicatorCode == null) {
			required(at, "indicator", item.indicator(), problems);
		}
		else {
			indicator = indicators.get(indicatorCode.toUpperCase(Locale.ROOT));
			if (indicator == null) {
				problems.add(FeedProblem.at(at, "indicator", "statistics.feeds.error.unknownIndicator", indicatorCode));
			}
		}
		Period period = null;
		String periodText = text(at, "period", item.period(), 16, problems);
		if (periodText == null) {
			required(at, "period", item.period(), problems);
		}
		else {
			period = Period.parse(periodText).orElse(null);
			if (period == null) {
				problems.add(FeedProblem.at(at, "period", "statistics.feeds.error.period", periodText));
			}
		}
		String source = (item.source() != null && !item.source().isBlank()) ? source(at, item.source(), problems)
				: feedSource;
		String note = text(at, "note", item.note(), MAX_NOTE, problems);
		BigDecimal numerator = number(at, "numerator", item.numerator(), false, problems);
		BigDecimal denominator = number(at, "denominator", item.denominator(), false, problems);
		boolean negativeAllowed = indicator != null && indicator.kind() == IndicatorKind.VALUE;
		BigDecimal value = number(at, "value", item.value(), negativeAllowed, problems);
		if (indicator != null) {
			if (indicator.isRatio()) {
				if (item.value() != null) {
					problems.add(FeedProblem.at(at, "value", "statistics.feeds.error.valueOnRatio", indicator.code()));
				}
				if (item.numerator() == null) {
					problems
						.add(FeedProblem.at(at, "numerator", "statistics.feeds.error.ratioNeeds", indicator.code()));
				}
				if (item.denominator() == null) {
					problems
						.add(FeedProblem.at(at, "denominator", "statistics.feeds.error.ratioNeeds", indicator.code()));
				}
			}
			else {
				for (String field : List.of("numerator", "denominator")) {
					if (("numerator".equals(field) ? item.numerator() : item.denominator()) != null) {
						problems.add(FeedProblem.at(at, field, "statistics.feeds.error.ratioFieldOnValue",
								indicator.code()));
					}
				}
				if (item.value() == null) {
					problems.add(FeedProblem.at(at, "value", "statistics.feeds.error.valueNeeded", indicator.code()));
				}
			}
		}
		if (unit == null || indicator == null || period == null || source == null) {
			return null;
		}
		return new Checked(at, unit, indicator, period, source, numerator, denominator, value, note);
	}

	private static void required(int at, String field, String given, List<FeedProblem> problems) {
		boolean reported = problems.stream()
			.anyMatch((problem) -> problem.position() != null && problem.position() == at
					&& field.equals(problem.field()));
		if (!reported && (given == null || given.isBlank())) {
			problems.add(FeedProblem.at(at, field, "statistics.feeds.error.required"));
		}
	}

	/** A source: not blank, without NUL, up to {@value #MAX_SOURCE} characters. */
	static String source(Integer at, String text, List<FeedProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(FeedProblem.at(at, "source", "statistics.feeds.error.sourceRequired"));
			return null;
		}
		return text(at, "source", text, MAX_SOURCE, problems);
	}

	/**
	 * The text stripped, {@code null} when blank, NUL or too long (the last two noted).
	 */
	static String text(Integer at, String field, String text, int max, List<FeedProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (Texts.hasNul(text)) {
			problems.add(FeedProblem.at(at, field, "text.error.nul"));
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			problems.add(FeedProblem.at(at, field, "text.error.tooLong", max, stripped.length()));
			return null;
		}
		return stripped;
	}

	/**
	 * A figure within {@value Decimals#MAX_INTEGER_DIGITS} digits and {@value #MAX_SCALE}
	 * decimals, not negative unless allowed.
	 */
	static BigDecimal number(int at, String field, BigDecimal number, boolean negativeAllowed,
			List<FeedProblem> problems) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		if (stripped.precision() - stripped.scale() > Decimals.MAX_INTEGER_DIGITS) {
			problems.add(FeedProblem.at(at, field, "statistics.feeds.error.tooLarge", Decimals.MAX_INTEGER_DIGITS));
			return null;
		}
		if (stripped.scale() > MAX_SCALE) {
			problems.add(FeedProblem.at(at, field, "statistics.feeds.error.decimals", MAX_SCALE));
			return null;
		}
		if (!negativeAllowed && number.signum() < 0) {
			problems.add(FeedProblem.at(at, field, "statistics.feeds.error.negative"));
			return null;
		}
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * Stores checked items, all or nothing, source by source, in the caller's transaction
	 * (one is started if there is none). The indicators' locks are taken first, in order,
	 * so that two feeds never wait for each other in a circle.
	 * @param reason why a person corrects an earlier figure; {@code null} otherwise
	 * @param audit the line of the trail to record, with what was stored as its new value
	 * unless it has one; or {@code null}
	 */
	@Transactional
	public Stored store(List<Checked> items, ObservationChannel channel, String actor, String reason,
			StatisticEvent audit) {
		lock(items);
		Map<String, List<NewObservation>> bySource = new LinkedHashMap<>();
		for (Checked item : items) {
			bySource.computeIfAbsent(item.source(), (source) -> new ArrayList<>()).add(item.observation(reason));
		}
		int accepted = 0;
		int replaced = 0;
		int unchanged = 0;
		for (Map.Entry<String, List<NewObservation>> source : bySource.entrySet()) {
			ObservationStore.Written written = store.write(source.getValue(), source.getKey(), channel, actor);
			accepted += written.accepted();
			replaced += written.replaced();
			unchanged += written.unchanged();
		}
		Stored stored = new Stored(accepted, replaced, unchanged);
		if (audit != null) {
			trail.record((audit.newValue() != null) ? audit : audit.values(audit.oldValue(), stored.summary()));
		}
		return stored;
	}

	/**
	 * Takes the write locks of the items' indicators, in order (see ObservationStore).
	 */
	void lock(List<Checked> items) {
		Set<Long> ids = new TreeSet<>();
		items.forEach((item) -> ids.add(item.indicator().id()));
		for (long id : ids) {
			jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", ObservationStore.LOCK_SPACE, (int) id);
		}
	}

}
