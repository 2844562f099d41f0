package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.engine.LeafFigures;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sheet's figures vector, which scoring reads instead of the entries, always holds
 * what the entries hold: after saves of two leaves at once (through the application, and
 * by SQL from two transactions that do not take the sheet's lock themselves), after
 * writes by hand, and when it is rebuilt from the entries as the migration does.
 */
@IntegrationTest
class SheetFiguresTests {

	/** The figures as the entries hold them: what scoring read before the vectors. */
	private static final String FROM_ENTRIES = """
			select s.unit_id, e.leaf_code, (e.self_points * 10000)::bigint as self,
			  (coalesce(e.appraised_points, e.self_points) * 10000)::bigint as appraised, e.not_applicable,
			  coalesce(e.appraised_not_applicable, e.not_applicable) as appraised_na
			from assessment_entry e join assessment_sheet s on s.id = e.sheet_id
			where s.campaign_id = :campaign
			""";

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SheetInputs inputs;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void twoLeavesSavedAtOnceAreBothInTheFigures() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		for (int round = 0; round < 12; round++) {
			String points = (round % 2 == 0) ? "3" : "2.5";
			boolean yes = round % 2 == 0;
			together(() -> assessment.enter(campaign, unit, "1.1", new RuleInput.Number(new BigDecimal(points)),
					officer), () -> assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(yes), officer));
			List<String> figures = vector(campaign);
			assertThat(figures).as("round " + round).isEqualTo(fromEntries(campaign));
			assertThat(figures).as("round " + round)
				.contains(line(unit, "1.1", new BigDecimal(points), false),
						line(unit, "1.2", yes ? new BigDecimal("2") : BigDecimal.ZERO, false));
		}
	}

	@Test
	void twoTransactionsWritingTwoLeavesWithoutTheSheetLockBothLand() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		long sheet = jdbc.sql("select id from assessment_sheet where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", unit)
			.query(Long.class)
			.single();
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		Future<?> first = pool.submit(() -> transactions.executeWithoutResult((status) -> {
			points(sheet, "1.1", "1.75");
			firstWrote.countDown();
			await(commitFirst);
		}));
		assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
		Future<?> second = pool.submit(() -> transactions.executeWithoutResult((status) -> points(sheet, "1.3", "1")));
		// the second waits for the first's lock on the sheet; then the first commits
		for (int i = 0; i < 300 && waiting() == 0; i++) {
			Thread.sleep(20);
		}
		assertThat(waiting()).as("the second write waits for the first").isPositive();
		commitFirst.countDown();
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		List<String> figures = vector(campaign);
		assertThat(figures).isEqualTo(fromEntries(campaign))
			.contains(line(unit, "1.1", new BigDecimal("1.75"), false), line(unit, "1.3", BigDecimal.ONE, false));
	}

	@Test
	void writesByHandAndARebuildFromTheEntriesAgree() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		long sheet = jdbc.sql("select id from assessment_sheet where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", unit)
			.query(Long.class)
			.single();
		jdbc.sql("update assessment_entry set appraised_points = 0.5, appraised_not_applicable = true "
				+ "where sheet_id = :s and leaf_code = '1.2'")
			.param("s", sheet)
			.update();
		jdbc.sql("delete from assessment_entry where sheet_id = :s and leaf_code = '1.3'").param("s", sheet).update();
		List<String> figures = vector(campaign);
		assertThat(figures).isEqualTo(fromEntries(campaign)).hasSize(4);
		assertThat(figures).contains(unit + " 1.2 20000 5000 false true");
		jdbc.sql("delete from assessment_entry where sheet_id = :s").param("s", sheet).update();
		assertThat(vector(campaign)).isEmpty();
		assertThat(jdbc.sql("select figures from assessment_sheet_figures where sheet_id = :s")
			.param("s", sheet)
			.query(String.class)
			.single()).isEmpty();

		SheetFixture.Scene other = fixture.submitted();
		List<String> maintained = vector(other.campaign());
		jdbc.sql("delete from assessment_sheet_figures where sheet_id in (select id from assessment_sheet "
				+ "where campaign_id = :c)")
			.param("c", other.campaign())
			.update();
		assertThat(vector(other.campaign())).isEmpty();
		// what the migration runs for every existing sheet
		jdbc.sql("select assessment_sheet_figures_refresh(array_agg(id)) from assessment_sheet where campaign_id = :c")
			.param("c", other.campaign())
			.query()
			.singleRow();
		assertThat(vector(other.campaign())).isEqualTo(maintained).isEqualTo(fromEntries(other.campaign())).hasSize(5);
	}

	private void points(long sheet, String leaf, String points) {
		jdbc.sql("update assessment_entry set self_points = :p::numeric where sheet_id = :s and leaf_code = :leaf")
			.param("p", points)
			.param("s", sheet)
			.param("leaf", leaf)
			.update();
	}

	private int waiting() {
		return jdbc
			.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
					+ "and query like 'update assessment_entry%'")
			.query(Integer.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<String> vector(long campaign) {
		List<String> figures = new ArrayList<>();
		inputs.figures(campaign, null, (unitId, leaf, self, appraised, notApplicable, appraisedNotApplicable) -> figures
			.add(line(unitId, leaf, self, appraised, notApplicable, appraisedNotApplicable)));
		return figures.stream().sorted().toList();
	}

	private List<String> fromEntries(long campaign) {
		return jdbc.sql(FROM_ENTRIES)
			.param("campaign", campaign)
			.query((rs, n) -> line(rs.getLong(1), rs.getString(2), value(rs.getObject(3)), value(rs.getObject(4)),
					rs.getBoolean(5), rs.getBoolean(6)))
			.list()
			.stream()
			.sorted()
			.toList();
	}

	private static long value(Object amount) {
		return (amount == null) ? LeafFigures.NO_VALUE : ((Number) amount).longValue();
	}

	private static String line(long unit, String leaf, BigDecimal points, boolean notApplicable) {
		long amount = points.movePointRight(4).longValueExact();
		return line(unit, leaf, amount, amount, notApplicable, notApplicable);
	}

	private static String line(long unit, String leaf, long self, long appraised, boolean notApplicable,
			boolean appraisedNotApplicable) {
		return unit + " " + leaf + " " + self + " " + appraised + " " + notApplicable + " " + appraisedNotApplicable;
	}

	private List<Object> together(Callable<?> first, Callable<?> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<?> call : List.of(first, second)) {
			futures.add(pool.submit(() -> {
				start.await();
				return call.call();
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : futures) {
			outcomes.add(future.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

}
