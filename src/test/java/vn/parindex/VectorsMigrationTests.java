package vn.parindex;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An existing database upgrades: the migrations that keep figures as one row per sheet
 * (V49) and components as one row per unit (V89_1) build them from the rows stored
 * before, and the components read back one row each exactly as they were stored. Runs the
 * migrations on a schema of its own.
 */
@IntegrationTest
class VectorsMigrationTests {

	private static final String SCHEMA = "vectors_migration";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void drop() {
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void theStoredRowsBecomeVectorsWithTheSameFigures() {
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		migrate("48");
		inSchema("""
				insert into assessment_sheet (id, campaign_id, unit_id, status, created_at, updated_at)
				overriding system value values
				  (901, 7, 71, 'APPRAISED', now(), now()), (902, 7, 72, 'DRAFT', now(), now()),
				  (903, 7, 73, 'DRAFT', now(), now());
				insert into assessment_entry (sheet_id, leaf_code, self_points, not_applicable, not_applicable_reason,
				  appraised_points, appraised_not_applicable, updated_at, updated_by) values
				  (901, '1.1', 3, false, null, 2.75, null, now(), 'x'),
				  (901, '1.2', null, true, 'Không có', 0.5, false, now(), 'x'),
				  (901, '2.1', 1.2345, false, null, null, null, now(), 'x'),
				  (902, '1.1', null, false, null, null, null, now(), 'x');
				""");
		migrate("89");
		assertThat(jdbc
			.queryForList("select sheet_id, figures from " + SCHEMA + ".assessment_sheet_figures order by sheet_id"))
			.containsExactly(Map.of("sheet_id", 901L, "figures", "1.1,30000,27500,0;1.2,,5000,1;2.1,12345,12345,0"),
					Map.of("sheet_id", 902L, "figures", "1.1,,,0"), Map.of("sheet_id", 903L, "figures", ""));

		inSchema("""
				insert into scoring_campaign_result (campaign_id, framework_id, units_count, correlation, computed_at)
				values (7, 3, 2, 0.5, now());
				insert into scoring_unit_result (campaign_id, unit_id, unit_type, ranked, finalised, self_points,
				  self_max, appraised_points, appraised_max, rank, grp, peer_group, peer_rank, figures, self_no_data,
				  appraised_no_data, waits_for_data) values
				  (7, 71, 'TINH', true, true, 4.2345, 8, 3.25, 6, 1, 'A', null, 1, 99, 0, 0, false),
				  (7, 72, 'TINH', true, false, 0, 0, 0, 0, 2, null, null, 2, 98, 1, 1, true);
				insert into scoring_component_result (campaign_id, unit_id, kind, position, code, self_points, self_max,
				  appraised_points, appraised_max, self_no_data, appraised_no_data, waits_for_data) values
				  (7, 71, 'N', 0, '1', 3, 6, 3.25, 4, 0, 0, false),
				  (7, 71, 'N', 1, '2', 1.2345, 2, 0, 2, 0, 0, false),
				  (7, 71, 'P', 0, 'Khảo sát', 0, 0, 0, 0, 0, 0, false),
				  (7, 72, 'N', 0, '1', 0, 0, 0, 0, 1, 1, true),
				  (7, 72, 'N', 1, '2', 0, 0, 0, 0, 0, 0, true),
				  (7, 72, 'P', 0, 'Khảo sát', 0, 0, 0, 0, 0, 0, true);
				""");
		String rows = "select campaign_id, unit_id, kind, position, code, self_points::text, self_max::text, "
				+ "appraised_points::text, appraised_max::text, self_no_data, appraised_no_data, waits_for_data from "
				+ SCHEMA + ".scoring_component_result order by unit_id, kind, position";
		List<Map<String, Object>> before = jdbc.queryForList(rows);
		assertThat(before).hasSize(6);
		migrate(null);
		assertThat(jdbc.queryForList(rows)).isEqualTo(before);
		assertThat(jdbc.queryForList(
				"select unit_id, waits_for_data, figures from " + SCHEMA + ".scoring_unit_components order by unit_id"))
			.containsExactly(
					Map.of("unit_id", 71L, "waits_for_data", false, "figures",
							"30000,60000,32500,40000,0,0;12345,20000,0,20000,0,0;0,0,0,0,0,0"),
					Map.of("unit_id", 72L, "waits_for_data", true, "figures", "0,0,0,0,1,1;0,0,0,0,0,0;0,0,0,0,0,0"));
		assertThat(
				jdbc.queryForObject("select array_to_string(components, '|') || ' / ' || array_to_string(parts, '|') "
						+ "from " + SCHEMA + ".scoring_campaign_result", String.class))
			.isEqualTo("1|2 / Khảo sát");
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.outOfOrder(true);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private void inSchema(String sql) {
		transactions.executeWithoutResult((status) -> {
			jdbc.execute("set local search_path to " + SCHEMA);
			jdbc.execute(sql);
		});
	}

}
