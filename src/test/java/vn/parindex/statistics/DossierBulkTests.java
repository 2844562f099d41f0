package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.problem.Refusal;
import vn.parindex.statistics.DossierIngest.Ingested;
import vn.parindex.statistics.DossierIngest.Mode;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways an upload of dossiers is stored — merged through a temporary table, or in
 * bulk straight into the table with its key index built again — give the same dossiers,
 * the same counts and the same refusals.
 */
@IntegrationTest
class DossierBulkTests {

	private static final String[] STATUSES = { "FINISHED", "RETURNED", "STOPPED", "REFUSED", "WITHDRAWN", "IN_PROGRESS",
			"RECEIVED" };

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	DossierIngest ingest;

	@Autowired
	DossierProcedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothWaysStoreTheSameDossiersAndCountThemAlike() {
		String procedure = procedure(7);
		UnitView merged = fixture.province();
		UnitView bulk = fixture.province();

		Ingested first = ingest(year(merged, procedure, 0), Mode.MERGE);
		Ingested second = ingest(year(bulk, procedure, 0), Mode.BULK);
		assertThat(second.inserted()).isEqualTo(first.inserted()).isEqualTo(first.accepted());
		assertThat(stored(bulk)).isEqualTo(stored(merged)).hasSize(first.accepted());
		assertThat(observations(bulk)).isEqualTo(observations(merged)).isNotEmpty();

		// Sent again: a third of the dossiers changed, a few new, the rest the same.
		Ingested again = ingest(year(merged, procedure, 1), Mode.MERGE);
		Ingested bulkAgain = ingest(year(bulk, procedure, 1), Mode.BULK);
		assertThat(again.replaced()).isPositive();
		assertThat(again.unchanged()).isPositive();
		assertThat(again.inserted()).isPositive();
		assertThat(List.of(bulkAgain.inserted(), bulkAgain.replaced(), bulkAgain.unchanged()))
			.isEqualTo(List.of(again.inserted(), again.replaced(), again.unchanged()));
		assertThat(stored(bulk)).isEqualTo(stored(merged)).hasSize(first.accepted() + again.inserted());
		assertThat(observations(bulk)).isEqualTo(observations(merged));
		assertThat(keyIndex()).isTrue();
	}

	@Test
	void eachDossierKeepsItsProcedureLimitAndItsDeadlineMovesWithIt() {
		String procedure = procedure(3);
		UnitView unit = fixture.province();
		// Received Monday 2 March 2026 without a due date: 3 working days → Thursday 5
		// March.
		ingest(DossierFiles.csv()
			.row(unit.code(), "L1", procedure, "COMMUNE", "DIRECT", "2026-03-02T08:00", "", "2026-03-06T09:00",
					"FINISHED", "0", "0"),
				Mode.BULK);
		assertThat(jdbc.queryForObject("select time_limit_days || ' ' || deadline from statistic_dossier "
				+ "where unit_id = ? and dossier = 'L1'", String.class, unit.id()))
			.isEqualTo("3 2026-03-05");
		assertThat(observations(unit)).contains("TTHC_DUNG_HAN 2026-03 0/1");

		procedures.load(new ByteArrayInputStream(
				("procedure,name,time_limit_days\n" + procedure + ",Thủ tục,5\n").getBytes(StandardCharsets.UTF_8)),
				"test");
		assertThat(jdbc.queryForObject("select time_limit_days || ' ' || deadline from statistic_dossier "
				+ "where unit_id = ? and dossier = 'L1'", String.class, unit.id()))
			.isEqualTo("5 2026-03-09");
		assertThat(observations(unit)).contains("TTHC_DUNG_HAN 2026-03 1/1");
	}

	@Test
	void aDossierRepeatedInABulkUploadIsRefusedAndNothingChanges() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv().finished(unit.code(), "R0", "2026-01-08"), Mode.BULK);
		List<String> before = stored(unit);
		DossierFiles file = DossierFiles.csv()
			.finished(unit.code(), "R0", "2026-01-12")
			.finished(unit.code(), "R1", "2026-01-08")
			.finished(unit.code(), "R1", "2026-01-08");
		for (Mode mode : List.of(Mode.BULK, Mode.MERGE)) {
			assertThatThrownBy(() -> ingest(file, mode)).isInstanceOfSatisfying(Refusal.class, (refusal) -> {
				assertThat(refusal.errors()).hasSize(1);
				assertThat(refusal.errors().get(0).location()).containsEntry("row", 4)
					.containsEntry("column", "dossier");
				assertThat(refusal.errors().get(0).arguments()).containsExactly("R1", 3);
			});
			assertThat(stored(unit)).as(mode.name()).isEqualTo(before);
			assertThat(keyIndex()).isTrue();
		}
	}

	@Test
	void timesKeepTheirMicrosecondsAndTextsTheirLettersBothWays() {
		for (Mode mode : List.of(Mode.MERGE, Mode.BULK)) {
			UnitView unit = fixture.province();
			ingest(DossierFiles.csv()
				.row(unit.code(), "HS-Đà-Nẵng-01", "TT-Huế", "COMMUNE", "ONLINE", "2026-01-05 08:30:15.1234567",
						"2026-01-09T23:59:59+00:00", "2026-01-10T06:59:59.5Z", "FINISHED", "0", "0"),
					mode);
			assertThat(jdbc.queryForObject("""
					select concat_ws(' | ', dossier, procedure, to_char(received_at at time zone 'Asia/Ho_Chi_Minh',
					       'YYYY-MM-DD HH24:MI:SS.US'), due_day, end_day, received_day)
					from statistic_dossier where unit_id = ?""", String.class, unit.id())).as(mode.name())
				.isEqualTo(
						"HS-Đà-Nẵng-01 | TT-Huế | 2026-01-05 08:30:15.123457 | 2026-01-10 | 2026-01-10 | 2026-01-05");
		}
	}

	@Test
	void aBadRecordInABulkUploadChangesNothing() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv().finished(unit.code(), "B0", "2026-01-08"), Mode.BULK);
		List<String> before = stored(unit);
		DossierFiles file = DossierFiles.csv();
		for (int i = 0; i < 500; i++) {
			file.row(unit.code(), "B" + i, "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-12",
					(i == 420) ? "DONE" : "FINISHED", "0", "0");
		}
		assertThatThrownBy(() -> ingest(file, Mode.BULK)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.errors().get(0).location()).containsEntry("row", 422)
					.containsEntry("column", "status"));
		assertThat(stored(unit)).isEqualTo(before);
		assertThat(keyIndex()).isTrue();
	}

	@Test
	void twoBulkUploadsAtOnceStoreEachDossierOnce() throws Exception {
		UnitView unit = fixture.province();
		List<DossierFiles> files = DossierFiles.overlapping(unit.code());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Ingested>> sent = new ArrayList<>();
			for (DossierFiles file : files) {
				sent.add(pool.submit(() -> {
					start.await();
					return ingest(file, Mode.BULK);
				}));
			}
			int inserted = 0;
			for (Future<Ingested> answer : sent) {
				inserted += answer.get().inserted();
			}
			assertThat(inserted).isEqualTo(450);
		}
		finally {
			pool.shutdown();
		}
		assertThat(stored(unit)).hasSize(450);
		assertThat(observations(unit)).containsAnyOf("TTHC_DUNG_HAN_XA 2026-01 150/450",
				"TTHC_DUNG_HAN_XA 2026-01 300/450");
		assertThat(keyIndex()).isTrue();
	}

	@Test
	void aLargeUploadIsStoredInBulkUnlessItsFirstDossiersAreStoredAlready() {
		UnitView unit = fixture.province();
		DossierFiles file = year(unit, "", 0);
		long large = 100L * 1_000_000;
		Ingested first = ingest.ingest(file.stream(), large, "test");
		assertThat(lastMode()).isEqualTo("BULK");
		Ingested again = ingest.ingest(file.stream(), large, "test");
		assertThat(lastMode()).isEqualTo("MERGE");
		assertThat(again.unchanged()).isEqualTo(first.inserted());
		ingest.ingest(year(fixture.province(), "", 0).stream(), 1000, "test");
		assertThat(lastMode()).as("small").isEqualTo("MERGE");
	}

	@Test
	void aLargeUploadNextToTheTableIsStoredInBulk() {
		assertThat(DossierIngest.mode(100_000, 0, 50_000)).isEqualTo(Mode.BULK);
		assertThat(DossierIngest.mode(1_000_000, 3_000_000, 50_000)).isEqualTo(Mode.BULK);
		assertThat(DossierIngest.mode(1_000_000, 3_000_001, 50_000)).isEqualTo(Mode.MERGE);
		assertThat(DossierIngest.mode(49_999, 0, 50_000)).isEqualTo(Mode.MERGE);
	}

	/**
	 * A year of one unit's dossiers, varied: every status, levels, channels, a supplement
	 * or two, some without a due date (judged by the procedure's limit); {@code version}
	 * 1 changes every third dossier and adds a few.
	 */
	private static DossierFiles year(UnitView unit, String procedure, int version) {
		Random random = new Random(13);
		DossierFiles file = DossierFiles.csv();
		int count = (version == 0) ? 120 : 130;
		for (int i = 0; i < count; i++) {
			LocalDate received = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
			int late = random.nextInt(12);
			boolean changed = version == 1 && i % 3 == 0;
			String status = STATUSES[(i + (changed ? 1 : 0)) % STATUSES.length];
			boolean open = status.equals("IN_PROGRESS") || status.equals("RECEIVED");
			String due = (i % 5 == 0) ? "" : received.plusDays(5).toString();
			String finished = open ? "" : received.plusDays(late + (changed ? 2 : 0)) + "T10:00";
			int requests = (i % 11 == 0) ? 2 : (i % 7 == 0) ? 1 : 0;
			file.row(unit.code(), "Y" + i, (i % 5 == 0) ? procedure : "", (i % 2 == 0) ? "COMMUNE" : "DISTRICT",
					(i % 3 == 0) ? "ONLINE" : "DIRECT", received + "T08:00", due, finished, status,
					String.valueOf(requests), String.valueOf(requests * 2));
		}
		return file;
	}

	private String procedure(int limit) {
		String code = "BULK-" + System.nanoTime();
		procedures
			.load(new ByteArrayInputStream(("procedure,name,time_limit_days\n" + code + ",Thủ tục," + limit + "\n")
				.getBytes(StandardCharsets.UTF_8)), "test");
		return code;
	}

	private Ingested ingest(DossierFiles file, Mode mode) {
		return ingest.ingest(file.stream(), -1, mode, "test");
	}

	/** The unit's stored dossiers, every column but the unit and the upload. */
	private List<String> stored(UnitView unit) {
		return jdbc.queryForList("""
				select concat_ws(' ', dossier, procedure, level, channel, status, received_at, due_at, finished_at,
				       supplement_requested_at, supplement_requests, supplement_days, received_day, due_day, end_day,
				       time_limit_days, deadline)
				from statistic_dossier where unit_id = ? order by dossier""", String.class, unit.id());
	}

	/** The unit's current observations counted from dossiers. */
	private List<String> observations(UnitView unit) {
		return jdbc.queryForList("""
				select i.code || ' ' || o.period || ' ' || trim_scale(o.numerator) || '/' || trim_scale(o.denominator)
				from statistic_observation o join statistic_indicator i on i.id = o.indicator_id
				where o.unit_id = ? and o.source = ? and o.replaced_at is null
				order by i.code, o.period""", String.class, unit.id(), DossierObservations.SOURCE);
	}

	private String lastMode() {
		return jdbc.queryForObject("select mode from statistic_dossier_batch order by id desc limit 1", String.class);
	}

	private boolean keyIndex() {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from pg_constraint where conname = 'statistic_dossier_pkey' and contype = 'p')",
				Boolean.class));
	}

}
