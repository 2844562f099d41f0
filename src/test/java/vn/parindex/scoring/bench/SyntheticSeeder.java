package vn.parindex.scoring.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.parindex.engine.Scheme;
import vn.parindex.engine.SyntheticCampaign;
import vn.parindex.engine.UnitInput;

/**
 * Puts a {@link SyntheticCampaign} into PostgreSQL through the application's own tables
 * (framework nodes, units, campaign, sheets and one {@code assessment_entry} row per unit
 * and leaf with a value), with COPY: a million entries take seconds, not minutes.
 */
final class SyntheticSeeder {

	private SyntheticSeeder() {
	}

	static Seeded seed(DataSource dataSource, SyntheticCampaign synthetic) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long framework = framework(connection, synthetic);
			copy(connection, "units_unit (code, name, type, ranked, active)", units(synthetic));
			Map<String, Long> unitIds = ids(connection, "select id, code from units_unit where code like 'U%'");
			long campaign = single(connection, "insert into campaign_campaign (name, year, framework_id) values "
					+ "('Synthetic " + synthetic.seed() + "', 2026, " + framework + ") returning id");
			StringBuilder participants = new StringBuilder();
			StringBuilder sheets = new StringBuilder();
			String now = Timestamp.from(Instant.now()).toString();
			for (SyntheticCampaign.Unit unit : synthetic.units()) {
				long id = unitIds.get(unit.code());
				participants.append(campaign).append('\t').append(id).append('\n');
				sheets.append(campaign)
					.append('\t')
					.append(id)
					.append('\t')
					.append(unit.finalised() ? "APPRAISED" : "SUBMITTED")
					.append('\t')
					.append(now)
					.append('\t')
					.append(now)
					.append('\n');
			}
			copy(connection, "campaign_unit (campaign_id, unit_id)", participants);
			copy(connection, "assessment_sheet (campaign_id, unit_id, status, created_at, updated_at)", sheets);
			Map<String, Long> sheetIds = ids(connection, "select s.id, u.code from assessment_sheet s "
					+ "join units_unit u on u.id = s.unit_id where s.campaign_id = " + campaign);
			long entries = entries(connection, synthetic, sheetIds, now);
			connection.commit();
			try (var analyze = connection.createStatement()) {
				connection.setAutoCommit(true);
				analyze.execute("analyze");
			}
			return new Seeded(framework, campaign, unitIds, entries);
		}
	}

	private static long framework(Connection connection, SyntheticCampaign synthetic) throws SQLException {
		long framework = single(connection,
				"insert into framework_framework (name, year, target_group, status, bonus_cap, penalty_cap, "
						+ "created_at, updated_at) values ('Synthetic " + synthetic.seed() + "', 2026, 'PROVINCE', "
						+ "'ACTIVE', " + amount(synthetic.bonusCap()) + ", " + amount(synthetic.penaltyCap())
						+ ", now(), now()) returning id");
		Set<String> parents = new HashSet<>();
		synthetic.nodes().forEach((node) -> parents.add(node.parentCode()));
		StringBuilder rows = new StringBuilder();
		List<Scheme.Node> nodes = synthetic.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			Scheme.Node node = nodes.get(i);
			boolean leaf = !parents.contains(node.code());
			rows.append(framework)
				.append('\t')
				.append(i)
				.append('\t')
				.append(node.code())
				.append('\t')
				.append((node.parentCode() != null) ? node.parentCode() : "\\N")
				.append('\t')
				.append("Tiêu chí ")
				.append(node.code())
				.append('\t')
				.append(leaf ? amount(node.max()) : "\\N")
				.append('\t')
				.append(leaf ? node.kind().name() : "SELF")
				.append("\tMANUAL\t")
				.append((leaf && node.part() != null) ? node.part() : "\\N")
				.append('\t')
				.append((leaf && !node.unitTypes().isEmpty()) ? String.join(",", node.unitTypes()) : "\\N")
				.append("\tf\n");
		}
		copy(connection,
				"framework_node (framework_id, position, code, parent_code, name, max_points, source, rule, part, "
						+ "applies_to, evidence_required)",
				rows);
		return framework;
	}

	private static StringBuilder units(SyntheticCampaign synthetic) {
		StringBuilder rows = new StringBuilder();
		for (SyntheticCampaign.Unit unit : synthetic.units()) {
			rows.append(unit.code())
				.append("\tĐơn vị ")
				.append(unit.code())
				.append('\t')
				.append(unit.type())
				.append('\t')
				.append(unit.ranked() ? 't' : 'f')
				.append("\tt\n");
		}
		return rows;
	}

	private static long entries(Connection connection, SyntheticCampaign synthetic, Map<String, Long> sheetIds,
			String now) throws SQLException {
		Scheme model = synthetic.model();
		CopyIn copy = copyIn(connection, "assessment_entry (sheet_id, leaf_code, self_points, not_applicable, "
				+ "not_applicable_reason, appraised_points, appraised_not_applicable, updated_at, updated_by)");
		long count = 0;
		StringBuilder rows = new StringBuilder();
		for (int u = 0; u < synthetic.units().size(); u++) {
			long sheet = sheetIds.get(synthetic.units().get(u).code());
			UnitInput input = synthetic.inputs().get(u);
			for (int leaf = 0; leaf < model.leafCount(); leaf++) {
				boolean claimed = input.selfNotApplicable()[leaf];
				if (input.self()[leaf] == UnitInput.MISSING && input.appraised()[leaf] == UnitInput.MISSING
						&& !claimed) {
					continue;
				}
				rows.append(sheet)
					.append('\t')
					.append(model.leafCode(leaf))
					.append('\t')
					.append(value(input.self()[leaf]))
					.append('\t')
					.append(claimed ? 't' : 'f')
					.append('\t')
					.append(claimed ? "Không phát sinh" : "\\N")
					.append('\t')
					.append(value(input.appraised()[leaf]))
					.append('\t')
					.append(input.appraisedNotApplicable()[leaf] ? 't' : 'f')
					.append('\t')
					.append(now)
					.append("\tseed\n");
				count++;
			}
			if (rows.length() > 1 << 20) {
				write(copy, rows);
			}
		}
		write(copy, rows);
		copy.endCopy();
		return count;
	}

	private static String value(long amount) {
		return (amount == UnitInput.MISSING) ? "\\N" : amount(amount);
	}

	private static String amount(long amount) {
		return vn.parindex.engine.Amounts.toDecimal(amount).toPlainString();
	}

	private static void copy(Connection connection, String target, StringBuilder rows) throws SQLException {
		CopyIn copy = copyIn(connection, target);
		write(copy, rows);
		copy.endCopy();
	}

	private static CopyIn copyIn(Connection connection, String target) throws SQLException {
		return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
	}

	private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Map<String, Long> ids(Connection connection, String sql) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				ids.put(rs.getString(2), rs.getLong(1));
			}
		}
		return ids;
	}

	/** What was seeded: ids of the framework, campaign and units (by code). */
	record Seeded(long frameworkId, long campaignId, Map<String, Long> unitIds, long entries) {
	}

}
