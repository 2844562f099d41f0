package vn.parindex.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the indicator catalog ({@code statistic_indicator}). */
@Component
public class IndicatorStore {

	static final String COLUMNS = """
			id, version, code, name, kind, numerator_label, denominator_label, period_aggregation, sum_children,
			built_in, description""";

	private final JdbcTemplate jdbc;

	IndicatorStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every indicator, by code. */
	public List<Indicator> all() {
		return jdbc.query("select " + COLUMNS + " from statistic_indicator order by code", IndicatorStore::row);
	}

	public Optional<Indicator> byCode(String code) {
		return jdbc
			.query("select " + COLUMNS + " from statistic_indicator where code = ?", IndicatorStore::row,
					code.strip().toUpperCase(Locale.ROOT))
			.stream()
			.findFirst();
	}

	public Optional<Indicator> byId(long id) {
		return jdbc.query("select " + COLUMNS + " from statistic_indicator where id = ?", IndicatorStore::row, id)
			.stream()
			.findFirst();
	}

	/** The indicators of these codes that exist (codes in upper case). */
	public List<Indicator> byCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.query("select " + COLUMNS + " from statistic_indicator where code = any(?) order by code",
				IndicatorStore::row,
				(Object) codes.stream().map((code) -> code.toUpperCase(Locale.ROOT)).toArray(String[]::new));
	}

	static Indicator row(ResultSet rs, int n) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getInt("version"), rs.getString("code"), rs.getString("name"),
				IndicatorKind.valueOf(rs.getString("kind")), rs.getString("numerator_label"),
				rs.getString("denominator_label"), PeriodAggregation.valueOf(rs.getString("period_aggregation")),
				rs.getBoolean("sum_children"), rs.getBoolean("built_in"), rs.getString("description"));
	}

}
