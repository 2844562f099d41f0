package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The response-rate board (bảng theo dõi tỷ lệ phản hồi) of a survey: per unit and group
 * the population N, the sample n, the responses received, the response rate (responses /
 * n), the share of responses carrying a quality flag, and the named respondents invited
 * and answered. Responses are counted in one grouped query; no response is ever read
 * whole, and nothing here links a respondent to a response.
 */
@Service
class ResponseRateBoard {

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final RespondentStore respondents;

	private final UnitCatalog units;

	private final JdbcTemplate jdbc;

	ResponseRateBoard(SurveyStore surveys, InstrumentStore instruments, RespondentStore respondents, UnitCatalog units,
			JdbcTemplate jdbc) {
		this.surveys = surveys;
		this.instruments = instruments;
		this.respondents = respondents;
		this.units = units;
		this.jdbc = jdbc;
	}

	Board board(long surveyId) {
		Survey survey = surveys.get(surveyId);
		List<RespondentGroup> groups = instruments.get(survey.instrumentId()).groups();
		Map<Key, long[]> figures = new HashMap<>();
		Set<Long> unitIds = new LinkedHashSet<>(surveys.units(surveyId));
		for (SurveyStore.Population population : surveys.populations(surveyId)) {
			long[] f = at(figures, population.unitId(), population.group());
			f[0] = population.population();
			f[1] = population.sample(survey.margin());
		}
		jdbc.query("""
				select unit_id, group_code, count(*), count(*) filter (where flags <> '')
				from survey_response where survey_id = ? group by unit_id, group_code""", (rs) -> {
			long[] f = at(figures, rs.getLong(1), rs.getString(2));
			f[2] = rs.getLong(3);
			f[3] = rs.getLong(4);
		}, surveyId);
		for (RespondentStore.NamedCount count : respondents.counts(surveyId)) {
			long[] f = at(figures, count.unitId(), count.group());
			f[4] = count.invited();
			f[5] = count.answered();
			f[6] = count.reachable();
		}
		figures.keySet().forEach((key) -> unitIds.add(key.unitId()));
		Map<String, Integer> groupOrder = new HashMap<>();
		groups.forEach((group) -> groupOrder.put(group.code(), groupOrder.size()));
		List<UnitRow> rows = new ArrayList<>();
		long[] total = new long[7];
		for (UnitView unit : sorted(unitIds)) {
			List<Row> unitRows = figures.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().unitId() == unit.id())
				.sorted(Comparator
					.comparing((Map.Entry<Key, long[]> entry) -> groupOrder.getOrDefault(entry.getKey().group(),
							Integer.MAX_VALUE))
					.thenComparing((entry) -> entry.getKey().group()))
				.map((entry) -> row(entry.getKey().group(), name(groups, entry.getKey().group()), entry.getValue()))
				.toList();
			long[] sum = new long[7];
			unitRows.forEach((row) -> add(sum, row.figures()));
			add(total, sum);
			rows.add(new UnitRow(unit.id(), unit.code(), unit.name(), unitRows, row(null, null, sum)));
		}
		return new Board(survey, rows, row(null, null, total));
	}

	private List<UnitView> sorted(Set<Long> ids) {
		return units.byIds(ids).stream().sorted(Comparator.comparing(UnitView::code)).toList();
	}

	private static long[] at(Map<Key, long[]> figures, long unitId, String group) {
		return figures.computeIfAbsent(new Key(unitId, group), (key) -> new long[7]);
	}

	private static void add(long[] sum, long[] figures) {
		for (int i = 0; i < sum.length; i++) {
			sum[i] += figures[i];
		}
	}

	private static String name(List<RespondentGroup> groups, String code) {
		return groups.stream().filter((g) -> g.code().equals(code)).map(RespondentGroup::name).findFirst().orElse(code);
	}

	private static Row row(String group, String groupName, long[] f) {
		return new Row(group, groupName, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
	}

	private record Key(long unitId, String group) {
	}

	/** The whole board: a line per unit with its groups, and the totals. */
	record Board(Survey survey, List<UnitRow> units, Row total) {
	}

	record UnitRow(long unitId, String code, String name, List<Row> groups, Row total) {
	}

	/**
	 * One group's figures (or a unit's or the survey's totals, without a group).
	 *
	 * @param reachable named respondents who have not answered and whom an e-mail
	 * reminder can reach
	 */
	record Row(String group, String groupName, long population, long sample, long responses, long flagged, long invited,
			long answered, long reachable) {

		/**
		 * Responses over the sample, as a percentage to 2 decimals; none without a
		 * sample.
		 */
		public BigDecimal rate() {
			return percent(responses, sample);
		}

		/** Flagged responses over the responses, as a percentage to 2 decimals. */
		public BigDecimal flaggedShare() {
			return percent(flagged, responses);
		}

		public boolean belowSample() {
			return sample > 0 && responses < sample;
		}

		public long notAnswered() {
			return invited - answered;
		}

		long[] figures() {
			return new long[] { population, sample, responses, flagged, invited, answered, reachable };
		}

		private static BigDecimal percent(long part, long whole) {
			if (whole == 0) {
				return null;
			}
			return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
		}

	}

}
