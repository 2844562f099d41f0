package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.engine.Amounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The council's decisions on leaves, every one kept: the sheet holds only the latest, the
 * history and the withdrawals live here.
 */
@Repository
class Decisions {

	private static final String COLUMNS = "id, leaf_code, round, kind, self_points, appraised_points, "
			+ "reason, bulk, decided_at, decided_by";

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void decide(long campaignId, long unitId, Decision decision) {
		jdbc.sql("""
				insert into appraisal_decision (campaign_id, unit_id, leaf_code, round, kind, self_points,
				    appraised_points, reason, bulk, decided_at, decided_by)
				values (:c, :u, :leaf, :round, :kind, :self, :appraised, :reason, :bulk, :at, :by)
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.param("leaf", decision.leafCode())
			.param("round", decision.round())
			.param("kind", decision.kind().name())
			.param("self", decision.selfPoints())
			.param("appraised", decision.appraisedPoints())
			.param("reason", decision.reason())
			.param("bulk", decision.bulk())
			.param("at", Timestamp.from(decision.decidedAt()))
			.param("by", decision.decidedBy())
			.update();
	}

	/** Every decision on the sheet, newest first. */
	List<Decision> decisions(long campaignId, long unitId) {
		return jdbc.sql("select " + COLUMNS + """
				 from appraisal_decision where campaign_id = :c and unit_id = :u
				order by decided_at desc, id desc
				""").param("c", campaignId).param("u", unitId).query(Decisions::decision).list();
	}

	/** The latest decision per leaf of the sheet. */
	Map<String, Decision> latest(long campaignId, long unitId) {
		Map<String, Decision> latest = new LinkedHashMap<>();
		decisions(campaignId, unitId).forEach((decision) -> latest.putIfAbsent(decision.leafCode(), decision));
		return latest;
	}

	/** The latest decision per unit and leaf of the campaign. */
	Map<Long, Map<String, Decision>> latest(long campaignId) {
		Map<Long, Map<String, Decision>> latest = new HashMap<>();
		jdbc.sql("select unit_id, " + COLUMNS + """
				 from appraisal_decision where campaign_id = :c order by decided_at desc, id desc
				""").param("c", campaignId).query((rs) -> {
			latest.computeIfAbsent(rs.getLong("unit_id"), (unit) -> new HashMap<>())
				.putIfAbsent(rs.getString("leaf_code"), decision(rs, 0));
		});
		return latest;
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		BigDecimal self = Amounts.points(rs.getBigDecimal("self_points"));
		BigDecimal appraised = Amounts.points(rs.getBigDecimal("appraised_points"));
		return new Decision(rs.getLong("id"), rs.getString("leaf_code"), rs.getInt("round"),
				DecisionKind.valueOf(rs.getString("kind")), self, appraised, rs.getString("reason"),
				rs.getBoolean("bulk"), rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"));
	}

}
