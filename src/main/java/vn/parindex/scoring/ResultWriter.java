package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.Figures;
import vn.parindex.engine.Ranking.Place;
import vn.parindex.engine.Ranking;
import vn.parindex.engine.Scheme;
import vn.parindex.engine.UnitResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a campaign's results: all at once (COPY) after a full recomputation, one unit
 * and the changed places after an incremental one. {@link ResultQueries} reads them.
 */
@Repository
class ResultWriter {

	private static final String UNIT_COLUMNS = "campaign_id, unit_id, unit_type, ranked, finalised, self_points, "
			+ "self_max, appraised_points, appraised_max, rank, grp, peer_group, peer_rank, figures, self_no_data, "
			+ "appraised_no_data, waits_for_data";

	private static final String COMPONENT_COLUMNS = "campaign_id, unit_id, waits_for_data, figures";

	private final JdbcClient jdbc;

	private final ResultQueries queries;

	private final DataSource dataSource;

	private final Clock clock;

	ResultWriter(JdbcClient jdbc, ResultQueries queries, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Serialises recomputations of one campaign until the transaction ends, so that two
	 * sheets changed at once are ranked one after the other.
	 */
	void lock(long campaignId) {
		jdbc.sql("select pg_advisory_xact_lock(80, :campaign)").param("campaign", (int) campaignId).query().singleRow();
	}

	/**
	 * Stores a full recomputation. Rows whose figures did not change are kept (only their
	 * place is updated where it changed): a new setting or a start-up check rewrites
	 * little. Without stored results, or when most units changed, every row is replaced.
	 */
	void replaceAll(long campaignId, long frameworkId, Scheme model, List<UnitResult> results, Ranking ranking) {
		Optional<StoredCampaign> existing = queries.campaign(campaignId);
		Map<Long, StoredUnit> stored = new HashMap<>();
		if (existing.isPresent() && existing.get().frameworkId() == frameworkId
				&& existing.get().components().equals(model.components())
				&& existing.get().parts().equals(model.parts())) {
			queries.totals(campaignId).forEach((unit) -> stored.put(unit.unitId(), unit));
		}
		List<UnitResult> rewrite = results.stream()
			.filter((result) -> !stored.containsKey(result.unitId())
					|| !stored.get(result.unitId()).sameFigures(result, fingerprint(model, result)))
			.toList();
		Set<Long> gone = new HashSet<>(stored.keySet());
		results.forEach((result) -> gone.remove(result.unitId()));
		if (stored.isEmpty() || (rewrite.size() + gone.size()) * 2 > results.size()) {
			rewriteAll(campaignId, frameworkId, model, results, ranking);
			return;
		}
		Set<Long> removed = new HashSet<>(gone);
		rewrite.forEach((result) -> removed.add(result.unitId()));
		removeUnits(campaignId, removed);
		copyUnits(campaignId, model, rewrite, ranking);
		Map<Long, Place> changed = new HashMap<>();
		for (UnitResult result : results) {
			StoredUnit unit = stored.get(result.unitId());
			Place place = ranking.places().get(result.unitId());
			if (unit != null && !removed.contains(result.unitId()) && !Objects.equals(place, unit.place())) {
				changed.put(result.unitId(), place);
			}
		}
		updatePlaces(campaignId, changed, ranking.correlation(), results.size());
	}

	private void rewriteAll(long campaignId, long frameworkId, Scheme model, List<UnitResult> results,
			Ranking ranking) {
		for (String table : List.of("scoring_unit_components", "scoring_unit_result", "scoring_campaign_result")) {
			jdbc.sql("delete from " + table + " where campaign_id = :campaign").param("campaign", campaignId).update();
		}
		jdbc.sql("""
				insert into scoring_campaign_result (campaign_id, framework_id, units_count, correlation, computed_at,
				  components, parts, stamp)
				values (:campaign, :framework, :count, :correlation, :now, :components::text[], :parts::text[], :stamp)
				""")
			.param("stamp", stamp())
			.param("campaign", campaignId)
			.param("framework", frameworkId)
			.param("count", results.size())
			.param("correlation", correlation(ranking.correlation()))
			.param("now", Timestamp.from(clock.instant()))
			.param("components", textArray(model.components()))
			.param("parts", textArray(model.parts()))
			.update();
		copyUnits(campaignId, model, results, ranking);
	}

	private void copyUnits(long campaignId, Scheme model, List<UnitResult> results, Ranking ranking) {
		CopyText units = new CopyText();
		CopyText components = new CopyText();
		for (UnitResult result : results) {
			Place place = ranking.places().get(result.unitId());
			units.row(campaignId, result.unitId(), result.unitType(), result.ranked(), result.finalised(),
					amount(result.self().points()), amount(result.self().max()), amount(result.appraised().points()),
					amount(result.appraised().max()), (place != null) ? place.rank() : null,
					(place != null) ? place.group() : null, (place != null) ? place.peerGroup() : null,
					(place != null) ? place.peerRank() : null, fingerprint(model, result),
					result.self().noData().leaves(), result.appraised().noData().leaves(), waits(result));
			components.row(campaignId, result.unitId(), waits(result), componentFigures(model, result));
		}
		copy("scoring_unit_result (" + UNIT_COLUMNS + ")", units);
		copy("scoring_unit_components (" + COMPONENT_COLUMNS + ")", components);
	}

	/** Replaces one unit's figures, keeping its place until the campaign is re-ranked. */
	void replaceUnit(long campaignId, Scheme model, UnitResult result) {
		jdbc.sql("insert into scoring_unit_result (" + UNIT_COLUMNS + ") values (:campaign, :unit, :type, :ranked, "
				+ ":finalised, :selfPoints, :selfMax, :appraisedPoints, :appraisedMax, null, null, null, null, :figures, "
				+ ":selfNoData, :appraisedNoData, :waits) "
				+ "on conflict (campaign_id, unit_id) do update set unit_type = excluded.unit_type, "
				+ "ranked = excluded.ranked, finalised = excluded.finalised, self_points = excluded.self_points, "
				+ "self_max = excluded.self_max, appraised_points = excluded.appraised_points, "
				+ "appraised_max = excluded.appraised_max, figures = excluded.figures, "
				+ "self_no_data = excluded.self_no_data, appraised_no_data = excluded.appraised_no_data, "
				+ "waits_for_data = excluded.waits_for_data")
			.param("campaign", campaignId)
			.param("unit", result.unitId())
			.param("type", result.unitType())
			.param("ranked", result.ranked())
			.param("finalised", result.finalised())
			.param("selfPoints", amount(result.self().points()))
			.param("selfMax", amount(result.self().max()))
			.param("appraisedPoints", amount(result.appraised().points()))
			.param("appraisedMax", amount(result.appraised().max()))
			.param("figures", fingerprint(model, result))
			.param("selfNoData", result.self().noData().leaves())
			.param("appraisedNoData", result.appraised().noData().leaves())
			.param("waits", waits(result))
			.update();
		jdbc.sql("insert into scoring_unit_components (" + COMPONENT_COLUMNS + ") values (:campaign, :unit, :waits, "
				+ ":figures) on conflict (campaign_id, unit_id) do update set waits_for_data = excluded.waits_for_data, "
				+ "figures = excluded.figures")
			.param("campaign", campaignId)
			.param("unit", result.unitId())
			.param("waits", waits(result))
			.param("figures", componentFigures(model, result))
			.update();
	}

	void removeUnits(long campaignId, Set<Long> unitIds) {
		List<Long> ids = List.copyOf(unitIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			for (String table : List.of("scoring_unit_components", "scoring_unit_result")) {
				jdbc.sql("delete from " + table + " where campaign_id = :campaign and unit_id in (:units)")
					.param("campaign", campaignId)
					.param("units", chunk)
					.update();
			}
		}
	}

	/**
	 * A 64-bit fingerprint of a unit's component and part figures (both variants), to
	 * tell whether its component rows need rewriting.
	 */
	static long fingerprint(Scheme model, UnitResult result) {
		long hash = 0xcbf29ce484222325L ^ model.components().hashCode() ^ ((long) model.parts().hashCode() << 32);
		for (Figures figures : List.of(result.self(), result.appraised())) {
			for (long[] values : List.of(figures.componentPoints(), figures.componentMax(), figures.partPoints(),
					figures.partMax())) {
				for (long value : values) {
					hash = Long.rotateLeft((hash ^ value) * 0x100000001b3L, 29);
				}
			}
			for (int[] counts : new int[][] { figures.noData().components(), figures.noData().parts() }) {
				hash = Long.rotateLeft((hash ^ java.util.Arrays.hashCode(counts)) * 0x100000001b3L, 29);
			}
		}
		return hash;
	}

	/**
	 * Writes the places that changed, in one statement, and the campaign's correlation
	 * with a new stamp, which it returns.
	 */
	long updatePlaces(long campaignId, Map<Long, Place> changed, Double correlation, int unitsCount) {
		long stamp = stamp();
		if (!changed.isEmpty()) {
			int size = changed.size();
			Long[] units = new Long[size];
			Integer[] ranks = new Integer[size];
			String[] groups = new String[size];
			String[] peerGroups = new String[size];
			Integer[] peerRanks = new Integer[size];
			int i = 0;
			for (Map.Entry<Long, Place> entry : changed.entrySet()) {
				units[i] = entry.getKey();
				ranks[i] = entry.getValue().rank();
				groups[i] = entry.getValue().group();
				peerGroups[i] = entry.getValue().peerGroup();
				peerRanks[i] = entry.getValue().peerRank();
				i++;
			}
			jdbc.sql("""
					update scoring_unit_result u set rank = p.rank, grp = p.grp, peer_group = p.peer_group,
					  peer_rank = p.peer_rank
					from unnest(:units::bigint[], :ranks::integer[], :groups::varchar[], :peerGroups::varchar[],
					  :peerRanks::integer[]) as p (unit_id, rank, grp, peer_group, peer_rank)
					where u.campaign_id = :campaign and u.unit_id = p.unit_id
					""")
				.param("units", units)
				.param("ranks", ranks)
				.param("groups", groups)
				.param("peerGroups", peerGroups)
				.param("peerRanks", peerRanks)
				.param("campaign", campaignId)
				.update();
		}
		jdbc.sql("""
				update scoring_campaign_result set correlation = :correlation, units_count = :count, computed_at = :now,
				  stamp = :stamp
				where campaign_id = :campaign
				""")
			.param("correlation", correlation(correlation))
			.param("count", unitsCount)
			.param("now", Timestamp.from(clock.instant()))
			.param("stamp", stamp)
			.param("campaign", campaignId)
			.update();
		return stamp;
	}

	/** A stamp for a write of a campaign's results: random, never 0. */
	private static long stamp() {
		long stamp = 0;
		while (stamp == 0) {
			stamp = java.util.concurrent.ThreadLocalRandom.current().nextLong();
		}
		return stamp;
	}

	/**
	 * A unit's component figures as {@code scoring_unit_components} keeps them (see
	 * {@link ComponentFigures}): every area and criterion in tree order, then every part.
	 */
	static String componentFigures(Scheme model, UnitResult result) {
		Figures self = result.self();
		Figures appraised = result.appraised();
		StringBuilder text = new StringBuilder(64 * (model.components().size() + model.parts().size()));
		int components = model.components().size();
		for (int i = 0; i < components; i++) {
			ComponentFigures.append(text, self.componentPoints()[i], self.componentMax()[i],
					appraised.componentPoints()[i], appraised.componentMax()[i], count(self.noData().components(), i),
					count(appraised.noData().components(), i));
		}
		int parts = model.parts().size();
		for (int i = 0; i < parts; i++) {
			ComponentFigures.append(text, self.partPoints()[i], self.partMax()[i], appraised.partPoints()[i],
					appraised.partMax()[i], count(self.noData().parts(), i), count(appraised.noData().parts(), i));
		}
		return text.toString();
	}

	private static String textArray(List<String> codes) {
		StringBuilder text = new StringBuilder("{");
		for (String code : codes) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append('"').append(code.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text.append('}').toString();
	}

	private static int count(int[] counts, int index) {
		return (counts != null) ? counts[index] : 0;
	}

	/** Whether the campaign waits for data the unit's figures miss. */
	private static boolean waits(UnitResult result) {
		return result.self().noData().waits() || result.appraised().noData().waits();
	}

	private void copy(String target, CopyText rows) {
		rows.copyInto(dataSource, target);
	}

	static BigDecimal amount(long amount) {
		return Amounts.toDecimal(amount);
	}

	private static BigDecimal correlation(Double value) {
		return (value == null || value.isNaN()) ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

}
