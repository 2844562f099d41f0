package vn.parindex.audit;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations that bring the seven audit tables to the one shape keep the lines
 * written before them: a database is migrated step by step, lines of the old shape are
 * written before each module's migration, and read in the new shape after all of them.
 */
class AuditMigrationTests {

	private static final String AT = "timestamptz '2026-03-01 08:00:00+07'";

	private static DriverManagerDataSource database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrateWithLinesOfTheOldShape() {
		database = new DriverManagerDataSource(SharedTestDatabase.jdbcUrl("parindex_audit_migration"), "postgres", "");
		jdbc = JdbcClient.create(database);
		Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
		migrateTo("3");
		jdbc.sql(
				"insert into accounts_audit_event (occurred_at, actor, action, target, detail, remote_address) values ("
						+ AT + ", 'admin', 'USER_UPDATED', 'thu-ky', 'VIEWER → SECRETARIAT', '10.0.0.1')")
			.update();
		migrateTo("10");
		long framework = jdbc
			.sql("insert into framework_framework (name, year, target_group, created_at, updated_at) "
					+ "values ('Bộ chỉ số', 2026, 'PROVINCE', now(), now()) returning id")
			.query(Long.class)
			.single();
		for (String[] line : new String[][] { { "CREATED", "5 nodes" }, { "NODE_ADDED", "1.3" },
				{ "NODE_MOVED", "1.2 ↑" }, { "FROZEN", null } }) {
			jdbc.sql("insert into framework_event (framework_id, occurred_at, actor, action, detail) values (:f, " + AT
					+ ", 'admin', :action, :detail)")
				.params(Map.of("f", framework, "action", line[0]))
				.param("detail", line[1])
				.update();
		}
		migrateTo("21");
		long unit = jdbc
			.sql("insert into units_unit (code, name, type) values ('HN', 'Hà Nội', 'PROVINCE') returning id")
			.query(Long.class)
			.single();
		long restructuring = jdbc
			.sql("insert into units_restructuring (kind, effective_on, recorded_by, recorded_at) "
					+ "values ('MERGE', date '2026-01-01', 'admin', now()) returning id")
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into units_event (unit_id, occurred_at, actor, action, field, old_value, new_value) values (:u, "
						+ AT + ", 'admin', 'UPDATED', 'name', 'Hà Tây', 'Hà Nội')")
			.param("u", unit)
			.update();
		jdbc.sql("insert into units_event (unit_id, occurred_at, actor, action, restructuring_id, note) values (:u, "
				+ AT + ", 'admin', 'RESTRUCTURED', :r, 'Nghị quyết 15')")
			.param("u", unit)
			.param("r", restructuring)
			.update();
		migrateTo("31");
		long campaign = jdbc
			.sql("insert into campaign_campaign (name, year, framework_id) values ('Kỳ 2026', 2026, :f) "
					+ "returning id")
			.param("f", framework)
			.query(Long.class)
			.single();
		jdbc.sql("insert into campaign_event (campaign_id, occurred_at, actor, action, detail) values (:c, " + AT
				+ ", 'thu-ky', 'UNITS_CHANGED', '+ HN; − ')")
			.param("c", campaign)
			.update();
		migrateTo("45");
		long sheet = jdbc
			.sql("insert into assessment_sheet (campaign_id, unit_id, created_at, updated_at) "
					+ "values (:c, :u, now(), now()) returning id")
			.param("c", campaign)
			.param("u", unit)
			.query(Long.class)
			.single();
		jdbc.sql("insert into assessment_event (sheet_id, leaf_code, occurred_at, actor, action, old_value, new_value, "
				+ "reason) values (:s, '1.1', " + AT + ", 'can-bo', 'INPUT_CHANGED', '2', '3', 'Kế hoạch 15')")
			.param("s", sheet)
			.update();
		migrateTo("51");
		jdbc.sql("insert into appraisal_event (campaign_id, unit_id, leaf_code, action, detail, occurred_at, actor) "
				+ "values (:c, :u, '1.1', 'ANSWERED', 'Đã bổ sung', " + AT + ", 'can-bo')")
			.param("c", campaign)
			.param("u", unit)
			.update();
		migrateTo("81");
		jdbc.sql(
				"insert into scoring_settings_event (campaign_id, occurred_at, actor, old_value, new_value) values (:c, "
						+ AT + ", 'thu-ky', 'old settings', 'new settings')")
			.param("c", campaign)
			.update();
		Flyway.configure().dataSource(database).outOfOrder(true).load().migrate();
	}

	private static void migrateTo(String version) {
		Flyway.configure().dataSource(database).outOfOrder(true).target(version).load().migrate();
	}

	@Test
	void theSecurityLogsTargetBecomesTheItemAndItsDetailTheNewValue() {
		assertThat(line("accounts_audit_event", "USER_UPDATED")).containsEntry("item", "thu-ky")
			.containsEntry("new_value", "VIEWER → SECRETARIAT")
			.containsEntry("remote_address", "10.0.0.1");
	}

	@Test
	void aFrameworksNodeCodesBecomeItemsAndOtherDetailsNewValues() {
		assertThat(line("framework_event", "CREATED")).containsEntry("new_value", "5 nodes")
			.containsEntry("item", null);
		assertThat(line("framework_event", "NODE_ADDED")).containsEntry("item", "1.3").containsEntry("new_value", null);
		assertThat(line("framework_event", "NODE_MOVED")).containsEntry("item", "1.2").containsEntry("new_value", "↑");
		assertThat(line("framework_event", "FROZEN")).containsEntry("item", null).containsEntry("new_value", null);
	}

	@Test
	void aUnitsFieldBecomesTheItemAndARestructuringTheScopeWithItsNoteAsReason() {
		assertThat(line("units_event", "UPDATED")).containsEntry("item", "name")
			.containsEntry("old_value", "Hà Tây")
			.containsEntry("new_value", "Hà Nội");
		Map<String, Object> restructured = line("units_event", "RESTRUCTURED");
		assertThat(restructured.get("scope_id")).isNotNull();
		assertThat(restructured).containsEntry("reason", "Nghị quyết 15");
	}

	@Test
	void aCampaignIsSubjectAndScopeAndItsDetailTheNewValue() {
		Map<String, Object> line = line("campaign_event", "UNITS_CHANGED");
		assertThat(line.get("scope_id")).isNotNull().isEqualTo(line.get("subject_id"));
		assertThat(line).containsEntry("new_value", "+ HN; − ");
	}

	@Test
	void aSheetsLineGetsTheCampaignAsScopeAndKeepsItsLeafValuesAndReason() {
		Map<String, Object> line = line("assessment_event", "INPUT_CHANGED");
		assertThat(line.get("scope_id")).isNotNull();
		assertThat(line).containsEntry("item", "1.1")
			.containsEntry("old_value", "2")
			.containsEntry("new_value", "3")
			.containsEntry("reason", "Kế hoạch 15");
	}

	@Test
	void anAppraisalLinesUnitIsTheSubjectTheCampaignTheScopeAndTheAnswerTheNewValue() {
		Map<String, Object> line = line("appraisal_event", "ANSWERED");
		assertThat(line.get("subject_id")).isNotNull();
		assertThat(line.get("scope_id")).isNotNull();
		assertThat(line).containsEntry("item", "1.1").containsEntry("new_value", "Đã bổ sung");
	}

	@Test
	void everyEarlierChangeOfTheScoringSettingsIsNamedAsSuch() {
		Map<String, Object> line = line("scoring_settings_event", "SETTINGS_CHANGED");
		assertThat(line.get("scope_id")).isEqualTo(line.get("subject_id"));
		assertThat(line).containsEntry("old_value", "old settings").containsEntry("new_value", "new settings");
	}

	private static Map<String, Object> line(String table, String action) {
		return jdbc.sql("select " + AuditTrail.COLUMNS + " from " + table + " where action = :action")
			.param("action", action)
			.query()
			.singleRow();
	}

}
