package vn.parindex.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/statistics/dossiers}: a CSV taken whole or refused whole with every
 * error, dossiers replaced when sent again, counts written as observations, and the
 * dossiers behind a count.
 */
@IntegrationTest
class DossierApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticMeasures measures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGoodFileIsAcceptedAndCountedIntoTheOnTimeRatios() throws Exception {
		UnitView unit = fixture.province();
		DossierFiles file = DossierFiles.csv()
			.row(unit.code(), "A1", "", "Cấp tỉnh", "Trực tuyến", "2026-01-05", "2026-01-09", "2026-01-08", "Đã xử lý",
					"", "")
			.row(unit.code(), "A2", "", "PROVINCE", "DIRECT", "2026-01-05", "2026-01-09", "2026-01-12", "FINISHED", "0",
					"0")
			.row(unit.code(), "A3", "", "commune", "direct", "2026-02-02", "2026-02-06", "2026-02-06", "returned", "0",
					"0")
			.row(unit.code(), "A4", "", "COMMUNE", "DIRECT", "2026-03-30", "2026-04-06", "", "IN_PROGRESS", "0", "0");
		send(file).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(4));
		assertThat(ratio(unit, "TTHC_DUNG_HAN", "2026-Q1")).isEqualTo("2/3");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_TINH", "2026-Q1")).isEqualTo("1/2");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_XA", "2026-Q1")).isEqualTo("1/1");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_TINH", "2026-01")).isEqualTo("1/2");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_XA", "2026-01")).isNull();
		assertThat(ratio(unit, "TTHC_DUNG_HAN_HUYEN", "2026-Q1")).isNull();
		assertThat(ratio(unit, "TTHC_DUNG_HAN", "2026")).isEqualTo("2/3");
		int observations = observationRows(unit);
		send(file).andExpect(status().isOk());
		assertThat(observationRows(unit)).as("the same counts again change nothing").isEqualTo(observations);
	}

	@Test
	void aDossierSentAgainReplacesTheStoredOneAndItsCounts() throws Exception {
		UnitView unit = fixture.province();
		send(DossierFiles.csv()
			.row(unit.code(), "R1", "", "DISTRICT", "ONLINE", "2026-04-01", "2026-04-10", "", "IN_PROGRESS", "0", "0")
			.row(unit.code(), "R2", "", "DISTRICT", "ONLINE", "2026-04-01", "2026-04-10", "2026-04-03", "FINISHED", "0",
					"0"))
			.andExpect(status().isOk());
		assertThat(ratio(unit, "TTHC_DUNG_HAN_HUYEN", "2026-Q2")).isEqualTo("1/1");
		send(DossierFiles.csv()
			.row(unit.code(), "R1", "", "DISTRICT", "ONLINE", "2026-04-01", "2026-04-10", "2026-05-05", "FINISHED", "0",
					"0")
			.row(unit.code(), "R2", "", "DISTRICT", "ONLINE", "2026-04-01", "2026-04-10", "2026-05-04", "FINISHED", "0",
					"0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));
		assertThat(jdbc.queryForList(
				"select dossier || ' ' || status from statistic_dossier where unit_id = ? " + "order by dossier",
				String.class, unit.id()))
			.containsExactly("R1 FINISHED", "R2 FINISHED");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_HUYEN", "2026-Q2")).isEqualTo("0/2");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_HUYEN", "2026-05")).isEqualTo("0/2");
		assertThat(ratio(unit, "TTHC_DUNG_HAN_HUYEN", "2026-04")).as("counted before, now none").isEqualTo("0/0");
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeWithEveryErrorAndNothingStored() throws Exception {
		UnitView unit = fixture.province();
		send(DossierFiles.csv()
			.row(unit.code(), "B1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-08", "FINISHED", "0",
					"0")
			.row("NO_SUCH_UNIT", "B2", "", "PROVINCE", "ONLINE", "2026-01-05", "", "", "RECEIVED", "0", "0")
			.row(unit.code(), "", "", "CITY", "FAX", "2026-02-30", "yesterday", "", "DONE", "-1", "x")
			.row(unit.code(), "B4", "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-04", "", "FINISHED", "0", "0")
			.row(unit.code(), "B5", "", "COMMUNE", "ONLINE")
			.row(unit.code(), "B6", "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", "", "SUPPLEMENT_REQUESTED",
					"0", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors.length()").value(14))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("unit"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("NO_SUCH_UNIT")))
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'dossier')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'level')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'channel')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'status')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'received_at')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'due_at')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'supplement_requests')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'supplement_days')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'due_at')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'finished_at')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == null)]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 7 && @.column == 'supplement_requests')]").exists())
			.andExpect(jsonPath("$.detail").value(containsString("14")));
		assertThat(dossiers(unit)).isZero();
		assertThat(observationRows(unit)).isZero();
	}

	@Test
	void aDossierRepeatedInOneFileIsRefused() throws Exception {
		UnitView unit = fixture.province();
		send(DossierFiles.csv()
			.row(unit.code(), "X1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "", "RECEIVED", "0", "0")
			.row(unit.code(), "X2", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "", "RECEIVED", "0", "0")
			.row(unit.code(), "X1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-06", "FINISHED", "0",
					"0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2")));
		assertThat(dossiers(unit)).isZero();
		mvc.perform(post("/api/v1/statistics/dossiers").param("lang", "en")
			.contentType("text/csv")
			.content(DossierFiles.csv()
				.finished(unit.code(), "X1", "2026-01-08")
				.finished(unit.code(), "X1", "2026-01-08")
				.bytes())
			.with(basic(accounts.create(Role.SECRETARIAT))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("The dossier file has 1 error and no dossier was stored (it is listed)."));
	}

	@Test
	void whatIsNotADossierCsvIsRefused() throws Exception {
		UserView secretary = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/api/v1/statistics/dossiers").contentType("text/csv")
			.content(new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xff, (byte) 0xfe, 10 })
			.with(basic(secretary))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/statistics/dossiers").contentType("text/csv")
			.content("name,score\nAn,9\n")
			.with(basic(secretary)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("received_at")));
		mvc.perform(post("/api/v1/statistics/dossiers").contentType("text/csv").content("").with(basic(secretary)))
			.andExpect(status().isBadRequest());
		String huge = DossierFiles.HEADER + "\n" + "x".repeat(70_000) + "\n";
		mvc.perform(post("/api/v1/statistics/dossiers").contentType("text/csv").content(huge).with(basic(secretary)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("65")));
	}

	@Test
	void aMultipartFileIsTakenLikeABody() throws Exception {
		UnitView unit = fixture.province();
		byte[] bytes = DossierFiles.csv()
			.row(unit.code(), "M1", "TT-1", "XA", "BUU_CHINH", "2026-01-05T07:30:00+07:00", "2026-01-09",
					"\"2026-01-08 16:00\"", "FINISHED", "0", "0")
			.bytes();
		mvc.perform(multipart("/api/v1/statistics/dossiers")
			.file(new MockMultipartFile("file", "ho-so.csv", "text/csv", bytes))
			.with(basic(accounts.create(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1));
		assertThat(jdbc.queryForObject(
				"select level || ' ' || channel || ' ' || received_day from statistic_dossier " + "where unit_id = ?",
				String.class, unit.id()))
			.isEqualTo("COMMUNE POSTAL 2026-01-05");
	}

	@Test
	void twoUploadsOfTheSameDossiersAtOnceStoreEachOnce() throws Exception {
		UnitView unit = fixture.province();
		List<DossierFiles> files = DossierFiles.overlapping(unit.code());
		UserView secretary = accounts.create(Role.SECRETARIAT);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (DossierFiles file : files) {
				sent.add(pool.submit(() -> {
					start.await();
					return send(file, secretary).andReturn().getResponse().getStatus();
				}));
			}
			for (Future<Integer> answer : sent) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(dossiers(unit)).isEqualTo(450);
		String ratio = ratio(unit, "TTHC_DUNG_HAN_XA", "2026-01");
		assertThat(ratio).as("the upload that came second won the 150 both sent").isIn("150/450", "300/450");
	}

	@Test
	void theDossiersBehindACountAreListedForThoseWhoMaySeeThem() throws Exception {
		UnitView unit = fixture.province();
		UnitView other = fixture.province();
		send(DossierFiles.csv()
			.row(unit.code(), "V1", "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-12", "FINISHED", "0",
					"0")
			.row(unit.code(), "V2", "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-08", "FINISHED", "0",
					"0"))
			.andExpect(status().isOk());
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		mvc.perform(get("/api/v1/statistics/dossiers").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("outcome", "FINISHED_LATE")
			.with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.dossiers[0].dossier").value("V1"))
			.andExpect(jsonPath("$.dossiers[0].deadline").value("2026-01-09"))
			.andExpect(jsonPath("$.dossiers[0].endDay").value("2026-01-12"));
		mvc.perform(get("/api/v1/statistics/dossiers").param("unit", other.code())
			.param("period", "2026-Q1")
			.with(basic(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics/dossiers").param("unit", unit.code())
			.param("period", "2026-Q5")
			.with(basic(officer))).andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.ResultActions send(DossierFiles file) throws Exception {
		return send(file, accounts.create(Role.SECRETARIAT));
	}

	private org.springframework.test.web.servlet.ResultActions send(DossierFiles file, UserView user) throws Exception {
		return mvc.perform(
				post("/api/v1/statistics/dossiers").contentType("text/csv").content(file.bytes()).with(basic(user)));
	}

	private String ratio(UnitView unit, String code, String period) {
		Indicator indicator = fixture.indicators.byCode(code).orElseThrow();
		Measure measure = measures.measures(List.of(unit.id()), List.of(indicator), Period.parse(period).orElseThrow())
			.get(new StatisticMeasures.Key(unit.id(), indicator.id()));
		if (measure == null) {
			return null;
		}
		return plain(measure.numerator()) + "/" + plain(measure.denominator());
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private int observationRows(UnitView unit) {
		return jdbc.queryForObject("select count(*) from statistic_observation where unit_id = ?", Integer.class,
				unit.id());
	}

	private int dossiers(UnitView unit) {
		return jdbc.queryForObject("select count(*) from statistic_dossier where unit_id = ?", Integer.class,
				unit.id());
	}

	private static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
