package vn.parindex.scoring;

import java.math.BigDecimal;
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
					rs.getBigDecimal("correlation"), rs.getTimestamp("computed_at").toInstant(),
					codes(rs, "components"), codes(rs, "parts"), rs.getLong("stamp")))
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
		return jdbc.sql("""
				select unit_id, unit_type, ranked, finalised, (self_points * 10000)::bigint,
				  (self_max * 10000)::bigint, (appraised_points * 10000)::bigint, (appraised_max * 10000)::bigint,
				  rank, grp, peer_group, peer_rank, figures, self_no_data, appraised_no_data, waits_for_data
				from scoring_unit_result where campaign_id = :campaign
				""").param("campaign", campaignId).withFetchSize(10_000).query((rs, n) -> {
			int rank = rs.getInt(9);
			Integer placeRank = rs.wasNull() ? null : rank;
			int peerRank = rs.getInt(12);
			Integer placePeerRank = rs.wasNull() ? null : peerRank;
			return new StoredUnit(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
					BigDecimal.valueOf(rs.getLong(5), 4), BigDecimal.valueOf(rs.getLong(6), 4),
					BigDecimal.valueOf(rs.getLong(7), 4), BigDecimal.valueOf(rs.getLong(8), 4),
					new Place(placeRank, rs.getString(10), rs.getString(11), placePeerRank), rs.getLong(13),
					rs.getInt(14), rs.getInt(15), rs.getBoolean(16));
		}).list();
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
		Optional<StoredCampaign> campaign = campaign(campaignId);
		if (codes.isEmpty() || unitIds.isEmpty() || campaign.isEmpty()) {
			return byUnit;
		}
		Set<String> wanted = Set.copyOf(codes);
		jdbc.sql("""
				select unit_id, waits_for_data, figures from scoring_unit_components
				where campaign_id = :campaign and unit_id in (:units)
				""").param("campaign", campaignId).param("units", unitIds).query((rs) -> {
			List<StoredComponent> components = components(rs, campaign.get(),
					(component) -> !component.isPart() && wanted.contains(component.code()));
			if (!components.isEmpty()) {
				byUnit.put(rs.getLong("unit_id"), components);
			}
		});
		return byUnit;
	}

	/** One unit's components: areas and criteria in tree order, then parts. */
	List<StoredComponent> components(long campaignId, long unitId) {
		Optional<StoredCampaign> campaign = campaign(campaignId);
		if (campaign.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select unit_id, waits_for_data, figures from scoring_unit_components
				where campaign_id = :campaign and unit_id = :unit
				""")
			.param("campaign", campaignId)
			.param("unit", unitId)
			.query((rs, n) -> components(rs, campaign.get(), (component) -> true))
			.optional()
			.orElse(List.of());
	}

	/**
	 * Streams every unit with its components in ranking order, without holding the
	 * campaign in memory. Needs a transaction (a cursor).
	 */
	void forEachUnit(long campaignId, BiConsumer<StoredUnit, List<StoredComponent>> consumer) {
		Optional<StoredCampaign> campaign = campaign(campaignId);
		if (campaign.isEmpty()) {
			return;
		}
		jdbc.sql("""
				select u.*, c.figures as c_figures
				from scoring_unit_result u left join scoring_unit_components c
				  on c.campaign_id = u.campaign_id and c.unit_id = u.unit_id
				where u.campaign_id = :campaign
				""" + ORDER).param("campaign", campaignId).withFetchSize(2000).query((rs) -> {
			StoredUnit unit = unit(rs);
			String figures = rs.getString("c_figures");
			consumer.accept(unit,
					(figures != null)
							? ComponentFigures.read(unit.unitId(), figures, unit.waitsForData(),
									campaign.get().components(), campaign.get().parts(), (component) -> true)
							: List.of());
		});
	}

	private static List<StoredComponent> components(ResultSet rs, StoredCampaign campaign,
			java.util.function.Predicate<StoredComponent> keep) throws SQLException {
		return ComponentFigures.read(rs.getLong("unit_id"), rs.getString("figures"), rs.getBoolean("waits_for_data"),
				campaign.components(), campaign.parts(), keep);
	}

	private static List<String> codes(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
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

}
