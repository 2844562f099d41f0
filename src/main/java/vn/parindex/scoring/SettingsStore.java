package vn.parindex.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.parindex.engine.NoDataPolicy;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaigns' scoring settings and their audit trail, in SQL.
 */
@Repository
class SettingsStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	SettingsStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The campaign's settings, or the defaults when nobody changed them. */
	ScoringSettings of(long campaignId) {
		return find(campaignId).orElseGet(ScoringSettings::defaults);
	}

	Optional<ScoringSettings> find(long campaignId) {
		return jdbc.sql("select * from scoring_settings where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs, n) -> settings(rs))
			.optional();
	}

	/** Saves the settings and the audit line old → new together. */
	void save(long campaignId, ScoringSettings settings, String actor) {
		ScoringSettings old = of(campaignId);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into scoring_settings (campaign_id, rank_method, tie_break, band_basis, bands, peers,
				  peer_group_count, no_data, updated_at, updated_by)
				values (:campaign, :method, :tieBreak, :basis, :bands, :peers, :count, :noData, :now, :actor)
				on conflict (campaign_id) do update set rank_method = excluded.rank_method,
				  tie_break = excluded.tie_break, band_basis = excluded.band_basis, bands = excluded.bands,
				  peers = excluded.peers, peer_group_count = excluded.peer_group_count, no_data = excluded.no_data,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.param("campaign", campaignId)
			.param("method", settings.method().name())
			.param("tieBreak", settings.tieBreak().name())
			.param("basis", settings.bandBasis().name())
			.param("bands", settings.bandsText())
			.param("peers", settings.peers().name())
			.param("count", settings.peerGroupCount())
			.param("noData", settings.noData().name())
			.param("now", now)
			.param("actor", actor)
			.update();
		jdbc.sql("""
				insert into scoring_settings_event (campaign_id, occurred_at, actor, old_value, new_value)
				values (:campaign, :now, :actor, :old, :new)
				""")
			.param("campaign", campaignId)
			.param("now", now)
			.param("actor", actor)
			.param("old", old.toString())
			.param("new", settings.toString())
			.update();
	}

	List<SettingsChange> history(long campaignId) {
		return jdbc.sql("""
				select occurred_at, actor, old_value, new_value from scoring_settings_event
				where campaign_id = :campaign order by occurred_at desc, id desc
				""")
			.param("campaign", campaignId)
			.query((rs, n) -> new SettingsChange(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	private static ScoringSettings settings(ResultSet rs) throws SQLException {
		return new ScoringSettings(RankMethod.valueOf(rs.getString("rank_method")),
				TieBreak.valueOf(rs.getString("tie_break")), Basis.valueOf(rs.getString("band_basis")),
				ScoringSettings.parseBands(rs.getString("bands")), Peers.valueOf(rs.getString("peers")),
				rs.getInt("peer_group_count"), NoDataPolicy.valueOf(rs.getString("no_data")));
	}

	/** One line of the settings' audit trail. */
	record SettingsChange(Instant occurredAt, String actor, String oldValue, String newValue) {
	}

}
