package vn.parindex.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import vn.parindex.engine.Ranking.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads stored results for the pages, the API and the workbook; never computes.
 */
@Repository
class ResultQueries {

	private static final String ORDER = " order by u.rank nulls last, u.unit_id";

	private final JdbcClient jdbc;

	ResultQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the campaign's stored results were computed from, and when, if anything. */
	Optional<StoredCampaign> campaign(long campaignId) {
		return jdbc.sql("select * from scoring_campaign_result where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs, n) -> new StoredCampaign(rs.getLong("framework_id"), rs.getInt("units_count"),
					rs.getBigDecimal("correlation"), rs.getTimestamp("computed_at").toInstant()))
			.optional();
	}

	Set<Long> unitIds(long campaignId) {
		return new HashSet<>(jdbc.sql("select unit_id from scoring_unit_result where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Long.class)
			.list());
	}

	/**
	 * Every unit's stored totals and place, in no particular order: what a re-ranking and
	 * a full recomputation's comparison read.
	 */
	List<StoredUnit> totals(long campaignId) {
		return jdbc.sql("select * from scoring_unit_result where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs, n) -> unit(rs))
			.list();
	}

	/** The campaign's units in ranking order: rank, then unranked ones. */
	List<StoredUnit> units(long campaignId) {
		return jdbc.sql("select u.* from scoring_unit_result u where u.campaign_id = :campaign" + ORDER)
			.param("campaign", campaignId)
			.query((rs, n) -> unit(rs))
			.list();
	}

	/** The given components of the given units, by unit, in component order. */
	Map<Long, List<StoredComponent>> components(long campaignId, Collection<String> codes, Collection<Long> unitIds) {
		Map<Long, List<StoredComponent>> byUnit = new HashMap<>();
		if (codes.isEmpty() || unitIds.isEmpty()) {
			return byUnit;
		}
		jdbc.sql("""
				select * from scoring_component_result where campaign_id = :campaign and unit_id in (:units)
				  and kind = 'N' and code in (:codes)
				order by unit_id, position
				""").param("campaign", campaignId).param("units", unitIds).param("codes", codes).query((rs) -> {
			StoredComponent component = component(rs);
			byUnit.computeIfAbsent(component.unitId(), (unit) -> new ArrayList<>()).add(component);
		});
		return byUnit;
	}

	/** One unit's components: areas and criteria in tree order, then parts. */
	List<StoredComponent> components(long campaignId, long unitId) {
		return jdbc.sql("""
				select * from scoring_component_result where campaign_id = :campaign and unit_id = :unit
				order by kind, position
				""").param("campaign", campaignId).param("unit", unitId).query((rs, n) -> component(rs)).list();
	}

	/**
	 * Streams every unit with its components in ranking order, without holding the
	 * campaign in memory. Needs a transaction (a cursor).
	 */
	void forEachUnit(long campaignId, BiConsumer<StoredUnit, List<StoredComponent>> consumer) {
		List<StoredComponent> components = new ArrayList<>();
		StoredUnit[] current = new StoredUnit[1];
		jdbc.sql("""
				select u.*, c.kind, c.position, c.code, c.self_points as c_self_points, c.self_max as c_self_max,
				  c.appraised_points as c_appraised_points, c.appraised_max as c_appraised_max,
				  c.self_no_data as c_self_no_data, c.appraised_no_data as c_appraised_no_data,
				  c.waits_for_data as c_waits_for_data
				from scoring_unit_result u left join scoring_component_result c
				  on c.campaign_id = u.campaign_id and c.unit_id = u.unit_id
				where u.campaign_id = :campaign
				""" + ORDER + ", c.kind, c.position").param("campaign", campaignId).withFetchSize(2000).query((rs) -> {
			long unitId = rs.getLong("unit_id");
			if (current[0] != null && current[0].unitId() != unitId) {
				consumer.accept(current[0], List.copyOf(components));
				components.clear();
			}
			if (current[0] == null || current[0].unitId() != unitId) {
				current[0] = unit(rs);
			}
			if (rs.getString("kind") != null) {
				components.add(new StoredComponent(unitId, rs.getString("kind"), rs.getInt("position"),
						rs.getString("code"), rs.getBigDecimal("c_self_points"), rs.getBigDecimal("c_self_max"),
						rs.getBigDecimal("c_appraised_points"), rs.getBigDecimal("c_appraised_max"),
						rs.getInt("c_self_no_data"), rs.getInt("c_appraised_no_data"),
						rs.getBoolean("c_waits_for_data")));
			}
		});
		if (current[0] != null) {
			consumer.accept(current[0], List.copyOf(components));
		}
	}

	static StoredUnit unit(ResultSet rs) throws SQLException {
		return new StoredUnit(rs.getLong("unit_id"), rs.getString("unit_type"), rs.getBoolean("ranked"),
				rs.getBoolean("finalised"), rs.getBigDecimal("self_points"), rs.getBigDecimal("self_max"),
				rs.getBigDecimal("appraised_points"), rs.getBigDecimal("appraised_max"),
				new Place(integer(rs, "rank"), rs.getString("grp"), rs.getString("peer_group"),
						integer(rs, "peer_rank")),
				rs.getLong("figures"), rs.getInt("self_no_data"), rs.getInt("appraised_no_data"),
				rs.getBoolean("waits_for_data"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static StoredComponent component(ResultSet rs) throws SQLException {
		return new StoredComponent(rs.getLong("unit_id"), rs.getString("kind"), rs.getInt("position"),
				rs.getString("code"), rs.getBigDecimal("self_points"), rs.getBigDecimal("self_max"),
				rs.getBigDecimal("appraised_points"), rs.getBigDecimal("appraised_max"), rs.getInt("self_no_data"),
				rs.getInt("appraised_no_data"), rs.getBoolean("waits_for_data"));
	}

}
