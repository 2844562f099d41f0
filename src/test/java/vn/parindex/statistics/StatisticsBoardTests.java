package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Amounts;
import vn.parindex.engine.Figures;
import vn.parindex.engine.Options;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.UnitInput;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quarterly board on exact figures ({@link StatisticsBoardScene}): rates, points and
 * states against the quarter before, the projected index against the engine, the units
 * below a tier, the API and its limits, the workbook, the page, the notices.
 */
@IntegrationTest
class StatisticsBoardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsBoardScene scenes;

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	StatisticsBoards boards;

	@Autowired
	StatisticsBoardNotices notices;

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private static final Period Q2 = Period.quarter(2026, 2);

	private static final Period Q3 = Period.quarter(2026, 3);

	@Test
	void theBoardShowsEachLeafAgainstThePreviousQuarterAndTheUnitsBelowATier() {
		StatisticsBoardScene.Scene s = scenes.create();
		StatisticsBoard board = boards.compute(campaigns.get(s.campaign()), Q3,
				s.units().stream().map(UnitView::id).toList(), true);
		assertThat(board.previous()).isEqualTo(Q2);
		assertThat(board.trend()).extracting(Period::text).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
		assertThat(board.leaves()).extracting(StatisticsBoard.Leaf::code).containsExactly("1.1", "1.2");
		assertThat(board.leaves().get(0).thresholds()).extracting(BigDecimal::intValue).containsExactly(100, 80, 0);

		StatisticsBoard.Cell fell = cell(board, s.fell(), "1.1");
		assertThat(fell.state()).isEqualTo(LeafOutcome.State.SCORED);
		assertThat(fell.ratePercent()).isEqualByComparingTo("70.00");
		assertThat(fell.points()).isEqualByComparingTo("0");
		assertThat(fell.previousRatePercent()).isEqualByComparingTo("90.00");
		assertThat(fell.previousPoints()).isEqualByComparingTo("2");
		assertThat(fell.change()).isEqualByComparingTo("-20.00");
		assertThat(fell.direction()).isEqualTo("down");
		assertThat(fell.reached()).isEqualByComparingTo("0");
		assertThat(fell.nextTier()).isEqualByComparingTo("80");
		assertThat(fell.fell()).isTrue();
		StatisticsBoard.Cell fellTasks = cell(board, s.fell(), "1.2");
		assertThat(fellTasks.shownValue()).isEqualByComparingTo("3");
		assertThat(fellTasks.points()).isEqualByComparingTo("0.5");
		assertThat(fellTasks.change()).isEqualByComparingTo("2");
		assertThat(fellTasks.fell()).isFalse();
		assertThat(fellTasks.tone()).as("more overdue tasks is worse").isEqualTo("worse");
		assertThat(fell.tone()).isEqualTo("worse");

		StatisticsBoard.Cell none = cell(board, s.noData(), "1.1");
		assertThat(none.state()).isEqualTo(LeafOutcome.State.NO_DATA);
		assertThat(none.rate()).isNull();
		assertThat(none.previousRatePercent()).isEqualByComparingTo("100.00");
		assertThat(none.fell()).as("no data is not a fall").isFalse();
		assertThat(none.direction()).isEqualTo("none");

		StatisticsBoard.Cell zero = cell(board, s.zero(), "1.1");
		assertThat(zero.state()).isEqualTo(LeafOutcome.State.NOT_APPLICABLE);
		assertThat(zero.rate()).isNull();
		assertThat(zero.denominator()).isEqualByComparingTo("0");
		assertThat(zero.fell()).isFalse();

		StatisticsBoard.Cell rose = cell(board, s.rose(), "1.1");
		assertThat(rose.ratePercent()).isEqualByComparingTo("85.00");
		assertThat(rose.points()).isEqualByComparingTo("2");
		assertThat(rose.direction()).isEqualTo("up");
		assertThat(rose.reached()).isEqualByComparingTo("80");
		assertThat(rose.nextTier()).isEqualByComparingTo("100");
		assertThat(rose.trend()).extracting(StatisticsBoard::percent)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("85"));

		assertThat(board.falls()).hasSize(1);
		StatisticsBoard.Fall fall = board.falls().get(0);
		assertThat(fall.unit().id()).isEqualTo(s.fell().id());
		assertThat(fall.leaf().code()).isEqualTo("1.1");
		assertThat(fall.reachedBefore()).isEqualByComparingTo("80");
		assertThat(fall.nextTier()).isEqualByComparingTo("80");
		assertThat(row(board, s.fell()).fell()).isTrue();
		assertThat(row(board, s.rose()).fell()).isFalse();

		// the quarter before: nothing fell (the rising unit went from 60% to 70%)
		StatisticsBoard second = boards.compute(campaigns.get(s.campaign()), Q2,
				s.units().stream().map(UnitView::id).toList(), true);
		assertThat(second.falls()).isEmpty();
		assertThat(cell(second, s.fell(), "1.1").previousState()).isEqualTo(LeafOutcome.State.NO_DATA);
	}

	/**
	 * Below every tier (no 0% tier) is below a tier too; a linear leaf has no tiers and
	 * never falls, however far its rate drops.
	 */
	@Test
	void belowTheLowestTierIsAFallAndALinearLeafNeverFalls() {
		Indicator onTime = fixture.ratio();
		Indicator feedback = fixture.ratio();
		vn.parindex.framework.FrameworkView framework = fixture.framework(false, StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "4", vn.parindex.framework.RuleKind.RATIO_TIERS,
						"indicator=" + onTime.code() + "; 100%=100%; 87.5%=50%"),
				StatisticsFixture.statistic("1.2", "1", "2", vn.parindex.framework.RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear"));
		UnitView unit = fixture.province();
		long campaign = fixture.campaign(framework.id(), StatisticsFixture.ids(unit));
		fixture.ratio(unit, onTime, "2026-Q2", 7, 8, "a");
		fixture.ratio(unit, onTime, "2026-Q3", 1, 2, "a");
		fixture.ratio(unit, feedback, "2026-Q2", 100, 100, "a");
		fixture.ratio(unit, feedback, "2026-Q3", 10, 100, "a");
		StatisticsBoard board = boards.compute(campaigns.get(campaign), Q3, List.of(unit.id()), true);
		StatisticsBoard.Cell tiers = cell(board, unit, "1.1");
		assertThat(tiers.previousPoints()).isEqualByComparingTo("2");
		assertThat(tiers.points()).isEqualByComparingTo("0");
		assertThat(tiers.reached()).as("no tier reached").isNull();
		assertThat(tiers.nextTier()).isEqualByComparingTo("87.5");
		assertThat(tiers.fell()).isTrue();
		StatisticsBoard.Cell linear = cell(board, unit, "1.2");
		assertThat(linear.change()).isEqualByComparingTo("-90.00");
		assertThat(linear.fell()).isFalse();
		assertThat(board.falls()).singleElement()
			.satisfies((fall) -> assertThat(fall.reachedBefore()).isEqualByComparingTo("87.5"));
	}

	/**
	 * The projected index is the engine's, with the statistic leaves scored as in the
	 * quarter and the self-assessed leaf (never scored) at 0 within the maximum.
	 */
	@Test
	void theProjectedIndexIsTheEnginesWithTheQuartersStatisticPoints() {
		StatisticsBoardScene.Scene s = scenes.create();
		StatisticsBoard board = boards.compute(campaigns.get(s.campaign()), Q3,
				s.units().stream().map(UnitView::id).toList(), true);
		ScoringEngine engine = new ScoringEngine(s.framework().scheme(), Options.defaults());
		Map<UnitView, Figures> expected = new HashMap<>();
		expected.put(s.fell(), engine(engine, s.fell(), points("0"), points("0.5"), false));
		expected.put(s.noData(), engine(engine, s.noData(), UnitInput.MISSING, UnitInput.MISSING, false));
		expected.put(s.zero(), engine(engine, s.zero(), UnitInput.MISSING, points("2"), true));
		expected.put(s.rose(), engine(engine, s.rose(), points("2"), points("1"), false));
		for (Map.Entry<UnitView, Figures> unit : expected.entrySet()) {
			StatisticsBoard.Projection projected = row(board, unit.getKey()).projected();
			assertThat(projected.points()).as(unit.getKey().code()).isEqualTo(unit.getValue().points());
			assertThat(projected.max()).as(unit.getKey().code()).isEqualTo(unit.getValue().max());
			assertThat(projected.percent()).as(unit.getKey().code()).isEqualTo(unit.getValue().percent());
		}
		// by hand: 0.5 of 10; nothing of the self leaf's 4; 2 of 6 (0/0 leaves); 3 of 10
		assertThat(row(board, s.fell()).projected().percent()).isEqualByComparingTo("5.00");
		assertThat(row(board, s.fell()).previousProjected().percent()).isEqualByComparingTo("35.00");
		assertThat(row(board, s.fell()).indexChange()).isEqualByComparingTo("-30.00");
		assertThat(row(board, s.noData()).projected().percent()).isEqualByComparingTo("0.00");
		assertThat(row(board, s.noData()).projected().noData()).isEqualTo(2);
		assertThat(row(board, s.zero()).projected().percent()).isEqualByComparingTo("33.33");
		assertThat(row(board, s.rose()).projected().percent()).isEqualByComparingTo("30.00");
	}

	@Test
	void theApiGivesEveryUnitToTheCouncilAndItsOwnToAUnit() throws Exception {
		StatisticsBoardScene.Scene s = scenes.create();
		UserView secretariat = scenes.user(Role.SECRETARIAT);
		String path = "/api/v1/campaigns/{id}/statistics/board";
		String fellUnit = "$.units[?(@.unit == '" + s.fell().code() + "')]";
		mvc.perform(get(path, s.campaign()).param("quarter", "2026-Q3").with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarter").value("2026-Q3"))
			.andExpect(jsonPath("$.previousQuarter").value("2026-Q2"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.leaves[0].leaf").value("1.1"))
			.andExpect(jsonPath("$.leaves[0].indicator").value(s.onTime().code()))
			.andExpect(jsonPath("$.leaves[0].tiers[1]").value(80))
			.andExpect(jsonPath("$.units", hasSize(4)))
			.andExpect(jsonPath(fellUnit + ".projectedIndex").value(5.0))
			.andExpect(jsonPath(fellUnit + ".projectedPoints").value(0.5))
			.andExpect(jsonPath(fellUnit + ".projectedMaxPoints").value(10.0))
			.andExpect(jsonPath(fellUnit + ".previousProjectedIndex").value(35.0))
			.andExpect(jsonPath(fellUnit + ".leaves[0].leaf").value("1.1"))
			.andExpect(jsonPath(fellUnit + ".leaves[0].state").value("SCORED"))
			.andExpect(jsonPath(fellUnit + ".leaves[0].numerator").value(70))
			.andExpect(jsonPath(fellUnit + ".leaves[0].denominator").value(100))
			.andExpect(jsonPath(fellUnit + ".leaves[0].rate").value(70.0))
			.andExpect(jsonPath(fellUnit + ".leaves[0].points").value(0.0))
			.andExpect(jsonPath(fellUnit + ".leaves[0].previousRate").value(90.0))
			.andExpect(jsonPath(fellUnit + ".leaves[0].rateChange").value(-20.0))
			.andExpect(jsonPath(fellUnit + ".leaves[0].fellBelowTier").value(true))
			.andExpect(jsonPath(fellUnit + ".leaves[0].nextTier").value(80))
			.andExpect(jsonPath(fellUnit + ".leaves[0].trend[1].quarter").value("2026-Q2"))
			.andExpect(jsonPath(fellUnit + ".leaves[0].trend[1].rate").value(90.0))
			.andExpect(jsonPath(fellUnit + ".leaves[1].value").value(3))
			.andExpect(jsonPath(fellUnit + ".leaves[1].points").value(0.5))
			.andExpect(
					jsonPath("$.units[?(@.unit == '" + s.zero().code() + "')].leaves[0].state").value("NOT_APPLICABLE"))
			.andExpect(jsonPath("$.units[?(@.unit == '" + s.noData().code() + "')].leaves[0].state").value("NO_DATA"))
			.andExpect(jsonPath("$.fellBelowTier", hasSize(1)))
			.andExpect(jsonPath("$.fellBelowTier[0].unit").value(s.fell().code()))
			.andExpect(jsonPath("$.fellBelowTier[0].tierReachedBefore").value(80));

		// a unit's officer: her own unit only, the council's viewer everything
		mvc.perform(get(path, s.campaign()).param("quarter", "2026-Q3").with(user(accounts.principal(s.roseOfficer()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].unit").value(s.rose().code()))
			.andExpect(jsonPath("$.fellBelowTier", hasSize(0)));
		mvc.perform(get(path, s.campaign()).param("quarter", "2026-Q3").with(user(accounts.principal(s.fellLeader()))))
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.fellBelowTier", hasSize(1)));
		mvc.perform(get(path, s.campaign()).with(user(accounts.principal(scenes.user(Role.VIEWER)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarter").value(boards.defaultQuarter(campaigns.get(s.campaign())).text()))
			.andExpect(jsonPath("$.units", hasSize(4)));
		// a unit outside the campaign sees nothing of it
		mvc.perform(get(path, s.campaign()).with(user(accounts.principal(s.outsideOfficer()))))
			.andExpect(status().isForbidden());
		for (String bad : List.of("2026-Q5", "2025-Q3", "2026-07", "2026", "quý 3")) {
			mvc.perform(get(path, s.campaign()).param("quarter", bad).with(user(accounts.principal(secretariat))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("2026")));
		}
		mvc.perform(get(path, 999_999_999L).with(user(accounts.principal(secretariat))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWorkbookHoldsTheBoard() throws Exception {
		StatisticsBoardScene.Scene s = scenes.create();
		byte[] content = mvc
			.perform(get("/campaigns/{id}/statistics/board.xlsx", s.campaign()).param("quarter", "2026-Q3")
				.with(user(accounts.principal(scenes.user(Role.COUNCIL_CHAIR)))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet board = workbook.getSheet("BangTheoDoi");
			Map<String, Integer> columns = header(board.getRow(0));
			assertThat(columns).containsKeys("Mã đơn vị", "Mã tiêu chí", "Tỷ lệ (%)", "Điểm tạm tính", "Tụt bậc");
			Row fell = find(board, columns, s.fell().code(), "1.1");
			assertThat(fell.getCell(columns.get("Tử số")).getNumericCellValue()).isEqualTo(70);
			assertThat(fell.getCell(columns.get("Tỷ lệ (%)")).getNumericCellValue()).isEqualTo(70);
			assertThat(fell.getCell(columns.get("Điểm tạm tính")).getNumericCellValue()).isEqualTo(0);
			assertThat(fell.getCell(columns.get("Tỷ lệ quý trước (%)")).getNumericCellValue()).isEqualTo(90);
			assertThat(fell.getCell(columns.get("Thay đổi")).getNumericCellValue()).isEqualTo(-20);
			assertThat(fell.getCell(columns.get("Tụt bậc")).getStringCellValue()).isEqualTo("Có");
			assertThat(fell.getCell(columns.get("Quý")).getStringCellValue()).isEqualTo("Quý 3/2026");
			assertThat(fell.getCell(columns.get("Tính chất")).getStringCellValue()).isEqualTo("Tạm tính");
			Row zero = find(board, columns, s.zero().code(), "1.1");
			assertThat(zero.getCell(columns.get("Tình trạng")).getStringCellValue()).isEqualTo("Không phát sinh (0/0)");
			assertThat(zero.getCell(columns.get("Tỷ lệ (%)"))).isNull();
			Row tasks = find(board, columns, s.fell().code(), "1.2");
			assertThat(tasks.getCell(columns.get("Giá trị")).getNumericCellValue()).isEqualTo(3);
			assertThat(tasks.getCell(columns.get("Điểm tạm tính")).getNumericCellValue()).isEqualTo(0.5);

			Sheet index = workbook.getSheet("ChiSoDuKien");
			Map<String, Integer> indexColumns = header(index.getRow(0));
			Row fellIndex = find(index, indexColumns, s.fell().code(), null);
			assertThat(fellIndex.getCell(indexColumns.get("Chỉ số dự kiến (%)")).getNumericCellValue()).isEqualTo(5);
			assertThat(fellIndex.getCell(indexColumns.get("Chỉ số dự kiến quý trước (%)")).getNumericCellValue())
				.isEqualTo(35);
			assertThat(index.getLastRowNum()).isEqualTo(4);

			Sheet trend = workbook.getSheet("XuHuong");
			assertThat(trend.getLastRowNum()).as("4 units × 2 leaves × 3 quarters").isEqualTo(24);
		}
		// a unit's leader: her own unit's rows only
		byte[] own = mvc
			.perform(get("/api/v1/campaigns/{id}/statistics/board.xlsx", s.campaign()).param("quarter", "2026-Q3")
				.with(user(accounts.principal(s.fellLeader()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own))) {
			Sheet board = workbook.getSheet("BangTheoDoi");
			assertThat(board.getLastRowNum()).isEqualTo(2);
			assertThat(board.getRow(1).getCell(1).getStringCellValue()).isEqualTo(s.fell().code());
		}
	}

	@Test
	void thePageShowsTheBoardInVietnameseFiguresAndAUnitItsOwnLine() throws Exception {
		StatisticsBoardScene.Scene s = scenes.create();
		String page = mvc
			.perform(get("/campaigns/{id}/statistics/board", s.campaign()).param("quarter", "2026-Q3")
				.with(user(accounts.principal(scenes.user(Role.APPRAISER)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tạm tính", "70,00%", "90,00%", "-20,00", "33,33%", "Chưa có số liệu",
				"Không phát sinh (0/0)", "id=\"campaign-chart\"", "<polyline", "Quý 3/2026", "Dưới mức 80%");
		assertThat(page).contains("data-unit=\"" + s.fell().code() + "\"", "data-unit=\"" + s.rose().code() + "\"");
		String english = mvc
			.perform(get("/campaigns/{id}/statistics/board", s.campaign()).param("quarter", "2026-Q3")
				.param("lang", "en")
				.with(user(accounts.principal(scenes.user(Role.APPRAISER)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Provisional", "70.00%", "-20.00", "33.33%", "Below the 80% tier");
		String own = mvc
			.perform(get("/campaigns/{id}/statistics/board", s.campaign()).param("quarter", "2026-Q3")
				.with(user(accounts.principal(s.roseOfficer()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("data-unit=\"" + s.rose().code() + "\"", "85,00%")
			.doesNotContain(s.fell().code(), s.zero().code(), "id=\"campaign-chart\"");
		// a page beyond the last shows the last
		assertThat(mvc
			.perform(get("/campaigns/{id}/statistics/board", s.campaign()).param("quarter", "2026-Q3")
				.param("page", "7")
				.with(user(accounts.principal(s.roseOfficer()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-unit=\"" + s.rose().code() + "\"").doesNotContain("board-pages");
		mvc.perform(get("/campaigns/{id}/statistics/board", s.campaign()).param("quarter", "2026-Q9")
			.with(user(accounts.principal(s.roseOfficer())))).andExpect(status().isBadRequest());
		mvc.perform(get("/campaigns/{id}/statistics/board", s.campaign())
			.with(user(accounts.principal(s.outsideOfficer())))).andExpect(status().isForbidden());
	}

	/**
	 * The fallen unit's leader and officer get one notice each, however often the quarter
	 * is checked, even by four checks at once.
	 */
	@Test
	void aUnitBelowATierIsNoticedOnceEvenWhenCheckedAgainAndAtOnce() throws Exception {
		StatisticsBoardScene.Scene s = scenes.create();
		CampaignView campaign = campaigns.get(s.campaign());
		List<Long> unitIds = s.units().stream().map(UnitView::id).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit((Callable<Integer>) () -> {
					start.await();
					return notices.notify(campaign, Q3, unitIds);
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get();
			}
			assertThat(sent).isLessThanOrEqualTo(2);
		}
		finally {
			pool.shutdown();
		}
		notices.notify(campaign, Q3, unitIds);
		assertThat(noticesOf(s.fellLeader())).hasSize(1);
		assertThat(noticesOf(s.fellOfficer())).hasSize(1);
		assertThat(noticesOf(s.roseOfficer())).isEmpty();
		assertThat(noticesOf(s.fellLeader()).get(0)).contains(
				"/campaigns/" + s.campaign() + "/statistics/board?quarter=2026-Q3", "70%", "80%", "90%", "Quý 3/2026");
		String page = mvc.perform(get("/notices").with(user(accounts.principal(s.fellOfficer()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("tỷ lệ tiêu chí 1.1", "dưới mức 80%");
		// the quarter before had no fall: nothing for it
		notices.notify(campaign, Q2, unitIds);
		assertThat(noticesOf(s.fellLeader())).hasSize(1);
	}

	/**
	 * New figures mark their unit; the job then tells the unit's people of a fall in the
	 * quarter before today's.
	 */
	@Test
	void newFiguresLeadToTheNoticeOnceTheJobHasRun() {
		Period today = Period.quarterOf(fixture.today());
		org.junit.jupiter.api.Assumptions.assumeTrue(today.previousQuarter().equals(Q3) || today.equals(Q3),
				"the job checks today's quarter and the one before");
		StatisticsBoardScene.Scene s = scenes.create();
		UserView leader = accounts.create(Role.UNIT_LEADER, s.noData().id());
		assertThat(noticesOf(leader)).isEmpty();
		fixture.ratio(s.noData(), s.onTime(), "2026-Q3", 50, 100, "mot-cua");
		notices.flush();
		assertThat(noticesOf(leader)).hasSize(1);
		assertThat(noticesOf(leader).get(0)).contains("50%", "80%", "100%");
		notices.flush();
		assertThat(noticesOf(leader)).hasSize(1);
	}

	private List<String> noticesOf(UserView user) {
		return jdbc.queryForList("""
				select message_key || ' ' || replace(arguments, chr(31), ' | ') || ' ' || link
				from campaign_notice where user_id = ? order by id""", String.class, user.id());
	}

	private static long points(String points) {
		return Amounts.of(new BigDecimal(points));
	}

	private static Figures engine(ScoringEngine engine, UnitView unit, long onTime, long tasks,
			boolean onTimeNotApplicable) {
		int leaves = engine.scheme().leafCount();
		long[] values = new long[leaves];
		java.util.Arrays.fill(values, UnitInput.MISSING);
		boolean[] notApplicable = new boolean[leaves];
		values[engine.scheme().leafIndex("1.1")] = onTime;
		values[engine.scheme().leafIndex("1.2")] = tasks;
		notApplicable[engine.scheme().leafIndex("1.1")] = onTimeNotApplicable;
		return engine
			.score(new UnitInput(unit.id(), unit.type(), unit.ranked(), false, values, values, notApplicable,
					notApplicable))
			.official();
	}

	private static StatisticsBoard.Row row(StatisticsBoard board, UnitView unit) {
		return board.rows().stream().filter((row) -> row.unit().id() == unit.id()).findFirst().orElseThrow();
	}

	private static StatisticsBoard.Cell cell(StatisticsBoard board, UnitView unit, String leaf) {
		return row(board, unit).cells()
			.stream()
			.filter((cell) -> cell.leaf().code().equals(leaf))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Integer> header(Row row) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : row) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		return columns;
	}

	private static Row find(Sheet sheet, Map<String, Integer> columns, String unit, String leaf) {
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			boolean unitMatches = unit.equals(row.getCell(columns.get("Mã đơn vị")).getStringCellValue());
			boolean leafMatches = leaf == null
					|| leaf.equals(row.getCell(columns.get("Mã tiêu chí")).getStringCellValue());
			if (unitMatches && leafMatches) {
				return row;
			}
		}
		throw new AssertionError("No row for " + unit + " " + leaf);
	}

}
