package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.statistics.DossierCounts.Outcome;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rule of METHODOLOGY §8, case by case, on crafted dossiers with exact dates
 * (2026: 1 January a Thursday, 1 March a Sunday, 6 March a Friday).
 */
@IntegrationTest
class DossierRuleTests {

	static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	DossierIngest ingest;

	@Autowired
	DossierCounts counts;

	@Autowired
	DossierProcedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void workingDaysSkipSaturdaysAndSundays() {
		assertThat(addWorkingDays("2026-03-06", 1)).isEqualTo("2026-03-09");
		assertThat(addWorkingDays("2026-03-07", 1)).isEqualTo("2026-03-09");
		assertThat(addWorkingDays("2026-03-08", 1)).isEqualTo("2026-03-09");
		assertThat(addWorkingDays("2026-03-05", 2)).isEqualTo("2026-03-09");
		assertThat(addWorkingDays("2026-03-02", 5)).isEqualTo("2026-03-09");
		assertThat(addWorkingDays("2026-03-06", 5)).isEqualTo("2026-03-13");
		assertThat(addWorkingDays("2026-03-04", 12)).isEqualTo("2026-03-20");
		assertThat(addWorkingDays("2026-03-07", 0)).isEqualTo("2026-03-07");
	}

	@Test
	void aDossierEndingOnItsDueDayIsOnTimeAndTheNextDayLate() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "D1", "", "COMMUNE", "DIRECT", "2026-03-02T08:00", "2026-03-05T17:00", "2026-03-05T16:59",
					"FINISHED", "0", "0")
			.row(unit.code(), "D2", "", "COMMUNE", "DIRECT", "2026-03-02T08:00", "2026-03-05T17:00", "2026-03-05T23:30",
					"RETURNED", "0", "0")
			.row(unit.code(), "D3", "", "COMMUNE", "DIRECT", "2026-03-02T08:00", "2026-03-05T17:00", "2026-03-06T00:10",
					"FINISHED", "0", "0")
			.row(unit.code(), "D4", "", "COMMUNE", "DIRECT", "2026-03-02T08:00", "2026-03-05", "2026-03-05T17:30:00Z",
					"FINISHED", "0", "0")
			.row(unit.code(), "D5", "", "COMMUNE", "DIRECT", "2026-03-02T08:00", "2026-03-05", "2026-03-05T16:30:00Z",
					"FINISHED", "0", "0"));
		assertThat(outcomes(unit, "2026-Q1"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("D1", Outcome.FINISHED_ON_TIME, "D2", Outcome.FINISHED_ON_TIME,
					"D3", Outcome.FINISHED_LATE, "D4", Outcome.FINISHED_LATE, "D5", Outcome.FINISHED_ON_TIME));
	}

	@Test
	void supplementDaysMoveTheDueDayByWorkingDays() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "S1", "", "DISTRICT", "ONLINE", "2026-03-02", "2026-03-06", "2026-03-09T10:00",
					"FINISHED", "1", "1")
			.row(unit.code(), "S2", "", "DISTRICT", "ONLINE", "2026-03-02", "2026-03-06", "2026-03-10T10:00",
					"FINISHED", "1", "1")
			.row(unit.code(), "S3", "", "DISTRICT", "ONLINE", "2026-03-02", "2026-03-06", "2026-03-09T10:00",
					"FINISHED", "0", "0")
			.row(unit.code(), "S4", "", "DISTRICT", "ONLINE", "2026-03-02", "2026-03-06", "2026-03-13T10:00",
					"FINISHED", "1", "5"));
		assertThat(outcomes(unit, "2026-Q1")).containsExactlyInAnyOrderEntriesOf(Map.of("S1", Outcome.FINISHED_ON_TIME,
				"S2", Outcome.FINISHED_LATE, "S3", Outcome.FINISHED_LATE, "S4", Outcome.FINISHED_ON_TIME));
	}

	@Test
	void moreThanOneSupplementRequestIsLateWhateverTheDates() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "T1", "", "PROVINCE", "DIRECT", "2026-03-02", "2026-03-20", "2026-03-04", "FINISHED", "2",
					"1")
			.row(unit.code(), "T2", "", "PROVINCE", "DIRECT", "2026-03-02", "2026-03-20", "", "IN_PROGRESS", "2", "1")
			.row(unit.code(), "T3", "", "PROVINCE", "DIRECT", "2026-03-02", "2026-03-20", "2026-03-04", "FINISHED", "1",
					"1"));
		assertThat(outcomes(unit, "2026-Q1")).containsExactlyInAnyOrderEntriesOf(
				Map.of("T1", Outcome.FINISHED_LATE, "T2", Outcome.OPEN_OVERDUE, "T3", Outcome.FINISHED_ON_TIME));
	}

	@Test
	void aPendingSupplementRequestIsTheEndWhenItsTimeIsKnown() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.withRequestTimes()
			.row(unit.code(), "P1", "", "COMMUNE", "ONLINE", "2026-03-02", "2026-03-05", "", "SUPPLEMENT_REQUESTED",
					"1", "4", "2026-03-04T09:00")
			.row(unit.code(), "P2", "", "COMMUNE", "ONLINE", "2026-03-02", "2026-03-05", "", "SUPPLEMENT_REQUESTED",
					"1", "0", "2026-03-06T09:00")
			.row(unit.code(), "P3", "", "COMMUNE", "ONLINE", "2026-03-02", "2026-03-05", "", "Yêu cầu bổ sung", "1",
					"3", "")
			.row(unit.code(), "P4", "", "COMMUNE", "ONLINE", "2026-03-16", "2026-03-30", "", "SUPPLEMENT_REQUESTED",
					"1", "2", ""));
		// P3, P4: without the request's time the request cannot be the end: judged open,
		// the days waited deducted (P3: 5 March + 3 working days = 10 March, passed by 31
		// March; P4: 30 March + 2 = 1 April, not yet)
		assertThat(outcomes(unit, "2026-Q1")).containsExactlyInAnyOrderEntriesOf(Map.of("P1", Outcome.FINISHED_ON_TIME,
				"P2", Outcome.FINISHED_LATE, "P3", Outcome.OPEN_OVERDUE, "P4", Outcome.OPEN_ON_TIME));
	}

	@Test
	void aDossierOpenAtThePeriodsEndIsJudgedOnItsLastDay() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "O1", "", "COMMUNE", "POSTAL", "2026-03-20", "2026-04-03", "", "IN_PROGRESS", "0", "0")
			.row(unit.code(), "O2", "", "COMMUNE", "POSTAL", "2026-03-20", "2026-03-25", "", "RECEIVED", "0", "0")
			.row(unit.code(), "O3", "", "COMMUNE", "POSTAL", "2026-03-20", "2026-04-03", "2026-04-02", "FINISHED", "0",
					"0")
			.row(unit.code(), "O4", "", "COMMUNE", "POSTAL", "2026-03-20", "2026-03-31", "2026-04-01", "FINISHED", "0",
					"0"));
		assertThat(outcomes(unit, "2026-Q1")).containsExactlyInAnyOrderEntriesOf(Map.of("O1", Outcome.OPEN_ON_TIME,
				"O2", Outcome.OPEN_OVERDUE, "O3", Outcome.OPEN_ON_TIME, "O4", Outcome.OPEN_ON_TIME));
		assertThat(outcomes(unit, "2026-03")).isEqualTo(outcomes(unit, "2026-Q1"));
		assertThat(outcomes(unit, "2026-Q2")).containsExactlyInAnyOrderEntriesOf(Map.of("O1", Outcome.OPEN_OVERDUE,
				"O2", Outcome.OPEN_OVERDUE, "O3", Outcome.FINISHED_ON_TIME, "O4", Outcome.FINISHED_LATE));
		assertThat(outcomes(unit, "2026-02")).isEmpty();
	}

	@Test
	void withoutADueDateTheProceduresLimitCountsAndWithoutOneNothingCanBeJudged() {
		UnitView unit = fixture.province();
		String procedure = StatisticsFixture.unique("TT");
		String unknown = StatisticsFixture.unique("TT");
		procedures.load(new ByteArrayInputStream(("procedure,name,time_limit_days\n" + procedure + ",Cấp giấy phép,5\n")
			.getBytes(StandardCharsets.UTF_8)), "test");
		ingest(DossierFiles.csv()
			.row(unit.code(), "L1", procedure, "DISTRICT", "DIRECT", "2026-03-06T15:00", "", "2026-03-13T16:00",
					"FINISHED", "0", "0")
			.row(unit.code(), "L2", procedure, "DISTRICT", "DIRECT", "2026-03-06T15:00", "", "2026-03-16T08:00",
					"FINISHED", "0", "0")
			.row(unit.code(), "L3", procedure, "DISTRICT", "DIRECT", "2026-03-06T15:00", "", "2026-03-16T08:00",
					"FINISHED", "1", "1")
			.row(unit.code(), "L4", unknown, "DISTRICT", "DIRECT", "2026-03-06T15:00", "", "2026-03-09", "FINISHED",
					"0", "0")
			.row(unit.code(), "L5", "", "DISTRICT", "DIRECT", "2026-03-06T15:00", "", "", "IN_PROGRESS", "0", "0"));
		assertThat(outcomes(unit, "2026-Q1"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("L1", Outcome.FINISHED_ON_TIME, "L2", Outcome.FINISHED_LATE,
					"L3", Outcome.FINISHED_ON_TIME, "L4", Outcome.CANNOT_JUDGE, "L5", Outcome.CANNOT_JUDGE));
		procedures.load(new ByteArrayInputStream(
				("procedure,name,time_limit_days\n" + unknown + ",Đăng ký,1\n").getBytes(StandardCharsets.UTF_8)),
				"test");
		assertThat(outcomes(unit, "2026-Q1")).containsEntry("L4", Outcome.FINISHED_ON_TIME);
	}

	@Test
	void stoppedRefusedAndWithdrawnDossiersEndWhenTheyStop() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "E1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-08", "STOPPED", "0",
					"0")
			.row(unit.code(), "E2", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-12", "Từ chối", "0",
					"0")
			.row(unit.code(), "E3", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-09", "rut_ho_so",
					"0", "0"));
		assertThat(outcomes(unit, "2026-01")).containsExactlyInAnyOrderEntriesOf(
				Map.of("E1", Outcome.FINISHED_ON_TIME, "E2", Outcome.FINISHED_LATE, "E3", Outcome.FINISHED_ON_TIME));
	}

	@Test
	void countsAddUpPerUnitLevelAndOutcome() {
		UnitView unit = fixture.province();
		ingest(DossierFiles.csv()
			.row(unit.code(), "C1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-08", "FINISHED", "0",
					"0")
			.row(unit.code(), "C2", "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-12", "FINISHED", "0",
					"0")
			.row(unit.code(), "C3", "", "COMMUNE", "ONLINE", "2026-03-30", "2026-04-09", "", "IN_PROGRESS", "0", "0"));
		Map<String, DossierCounts.Count> byLevel = new HashMap<>();
		counts.counts(Period.quarter(2026, 1), unit.id(), LONG_AFTER)
			.forEach((count) -> byLevel.put(String.valueOf(count.level()), count));
		assertThat(byLevel.get("PROVINCE").byOutcome()).isEqualTo(Map.of(Outcome.FINISHED_ON_TIME, 1L));
		assertThat(byLevel.get("COMMUNE").byOutcome())
			.isEqualTo(Map.of(Outcome.FINISHED_LATE, 1L, Outcome.OPEN_ON_TIME, 1L));
		assertThat(byLevel.get("null").byOutcome())
			.isEqualTo(Map.of(Outcome.FINISHED_ON_TIME, 1L, Outcome.FINISHED_LATE, 1L, Outcome.OPEN_ON_TIME, 1L));
		assertThat(counts.counts(Period.quarter(2026, 1), unit.id(), LocalDate.of(2025, 12, 31))).isEmpty();
	}

	private void ingest(DossierFiles file) {
		ingest.ingest(file.stream(), -1, "test");
	}

	private Map<String, Outcome> outcomes(UnitView unit, String period) {
		Map<String, Outcome> outcomes = new HashMap<>();
		counts.list(unit.id(), null, Period.parse(period).orElseThrow(), null, 1, LONG_AFTER)
			.dossiers()
			.forEach((dossier) -> outcomes.put(dossier.dossier(), dossier.outcome()));
		return outcomes;
	}

	private String addWorkingDays(String day, int n) {
		return jdbc.queryForObject("select statistic_add_working_days(?::date, ?)::text", String.class, day, n);
	}

}
