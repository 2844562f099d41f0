package vn.parindex.scoring.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.parindex.ParIndexApplication;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.SyntheticCampaign;
import vn.parindex.engine.UnitResult;
import vn.parindex.scoring.Recomputation;
import vn.parindex.scoring.ScoringSettings;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scoring in PostgreSQL: a synthetic campaign (default 10,000 units × 100 leaves, 1M
 * entries) seeded into an embedded PostgreSQL that this harness starts itself, then (a) a
 * full recomputation (load the inputs from PostgreSQL, score, rank, store), (b) one
 * unit's incremental recomputation with the re-ranking of the campaign, and (c) the
 * floor: PostgreSQL alone summing the same rows ({@code SUM … GROUP BY}) and ranking them
 * ({@code RANK() OVER}). Warm-up runs first, then measured runs; medians and minima are
 * printed with the ratios. Never run by {@code mvn verify}: see
 * {@code scripts/bench-results.sh}.
 */
public final class ResultsDatabaseBenchmark {

	private static final String FLOOR_FULL = """
			select unit_id, points, max_points, rank() over (order by points / nullif(max_points, 0) desc nulls last)
			from (select s.unit_id, sum(coalesce(e.appraised_points, e.self_points, 0)) as points,
			        sum(n.max_points) as max_points
			      from assessment_entry e
			      join assessment_sheet s on s.id = e.sheet_id
			      join framework_node n on n.framework_id = ? and n.code = e.leaf_code
			      where s.campaign_id = ? and not e.not_applicable
			      group by s.unit_id) t
			""";

	private static final String FLOOR_ONE_UNIT = """
			select sum(coalesce(e.appraised_points, e.self_points, 0)), sum(n.max_points)
			from assessment_entry e
			join assessment_sheet s on s.id = e.sheet_id
			join framework_node n on n.framework_id = ? and n.code = e.leaf_code
			where s.campaign_id = ? and s.unit_id = ? and not e.not_applicable
			""";

	private static final String FLOOR_RERANK = """
			select unit_id, rank() over (order by appraised_points / nullif(appraised_max, 0) desc nulls last)
			from scoring_unit_result where campaign_id = ?
			""";

	private ResultsDatabaseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int units = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int leaves = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		int warmups = (args.length > 3) ? Integer.parseInt(args[3]) : 2;
		Path data = Files.createTempDirectory("parindex-bench-results");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("shared_buffers", "256MB")
			.start()) {
			ConfigurableApplicationContext context = new SpringApplication(ParIndexApplication.class).run(
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--parindex.admin-password=Bench-Root-2026", "--server.port=0", "--logging.level.root=WARN");
			try {
				run(context, units, leaves, runs, warmups);
			}
			finally {
				context.close();
			}
		}
	}

	private static void run(ConfigurableApplicationContext context, int units, int leaves, int runs, int warmups)
			throws SQLException {
		DataSource dataSource = context.getBean(DataSource.class);
		Recomputation recomputation = context.getBean(Recomputation.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		SheetInputs sheets = context.getBean(SheetInputs.class);
		long started = System.nanoTime();
		SyntheticCampaign synthetic = SyntheticCampaign.generate(2026, units, leaves);
		SyntheticSeeder.Seeded seeded = SyntheticSeeder.seed(dataSource, synthetic);
		System.out.printf("seeded %,d units × %d leaves, %,d entries, in %.1f s%n", units, leaves, seeded.entries(),
				(System.nanoTime() - started) / 1e9);
		long campaign = seeded.campaignId();
		transactions.executeWithoutResult((status) -> recomputation.full(campaign));
		System.out.printf("stored results match the engine's in memory: %s%n",
				check(dataSource, synthetic, seeded) ? "yes" : "NO");

		long[] read = { 0 };
		ScoringEngine engine = new ScoringEngine(synthetic.model(), ScoringSettings.defaults().options());
		long unit = seeded.unitIds().get(synthetic.units().get(units / 2).code());
		String leaf = synthetic.model().leafCode(0);
		int[] flip = { 0 };
		// every measure once per round (the one-unit ones 4 times), round after round:
		// each
		// ratio compares runs taken under the same load of the machine
		Sampler sampler = new Sampler();
		Sampler.Measure first = sampler.measure(1, () -> {
			forget(dataSource, campaign, true);
			return nanos(() -> transactions.executeWithoutResult((status) -> recomputation.full(campaign)));
		});
		Sampler.Measure replaced = sampler.measure(1, () -> {
			forget(dataSource, campaign, false);
			return nanos(() -> transactions.executeWithoutResult((status) -> recomputation.full(campaign)));
		});
		Sampler.Measure full = sampler.measure(1,
				() -> nanos(() -> transactions.executeWithoutResult((status) -> recomputation.full(campaign))));
		Sampler.Measure load = sampler.measure(1, () -> nanos(() -> transactions.executeWithoutResult((status) -> sheets
			.figures(campaign, null, (unitId, code, self, appraised, claimed, decided) -> read[0]++))));
		Sampler.Measure score = sampler.measure(1, () -> nanos(() -> engine.rank(engine.scoreAll(synthetic.inputs()))));
		Sampler.Measure floor = sampler.measure(1,
				() -> nanos(() -> query(dataSource, FLOOR_FULL, seeded.frameworkId(), campaign)));
		Sampler.Measure incremental = sampler.measure(4, () -> {
			change(dataSource, campaign, unit, leaf, flip[0]++ % 2 == 0 ? "0.25" : "0.50");
			return nanos(
					() -> transactions.executeWithoutResult((status) -> recomputation.units(campaign, Set.of(unit))));
		});
		Sampler.Measure floorUnit = sampler.measure(4, () -> nanos(() -> {
			query(dataSource, FLOOR_ONE_UNIT, seeded.frameworkId(), campaign, unit);
			query(dataSource, FLOOR_RERANK, campaign);
		}));
		sampler.run(warmups, runs);
		System.out.println();
		System.out.println("| measure | median | min |");
		System.out.println("|---|---|---|");
		print("(a) full computation, nothing stored yet: load from PostgreSQL + engine + store every row",
				first.timings());
		print("(a″) full computation replacing every stored row (another framework): delete + store every row",
				replaced.timings());
		print("(a′) full recomputation over stored results (e.g. new settings): rows rewritten only if changed",
				full.timings());
		print("    of which: reading the figures (SheetInputs.figures, one row per sheet)", load.timings());
		print("    of which: engine alone, in memory (score + rank)", score.timings());
		print("(b) one unit recomputed + campaign re-ranked + stored", incremental.timings());
		print("(c) floor: SUM … GROUP BY + RANK() over the same rows", floor.timings());
		print("(c′) floor for one unit: its SUM + RANK() over the stored totals", floorUnit.timings());
		System.out.printf("%nratio (a)/(c) = %.2f, (a′)/(c) = %.2f, (b)/(c′) = %.2f (medians); (a″)/(c) = %.2f%n",
				first.timings().median() / floor.timings().median(), full.timings().median() / floor.timings().median(),
				incremental.timings().median() / floorUnit.timings().median(),
				replaced.timings().median() / floor.timings().median());
	}

	private static boolean check(DataSource dataSource, SyntheticCampaign synthetic, SyntheticSeeder.Seeded seeded)
			throws SQLException {
		ScoringEngine engine = new ScoringEngine(synthetic.model(), ScoringSettings.defaults().options());
		Map<Long, UnitResult> expected = new HashMap<>();
		for (int i = 0; i < synthetic.units().size(); i++) {
			expected.put(seeded.unitIds().get(synthetic.units().get(i).code()),
					engine.score(synthetic.inputs().get(i)));
		}
		int mismatches = 0;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"select unit_id, self_points, self_max, appraised_points, appraised_max from scoring_unit_result "
								+ "where campaign_id = ?")) {
			statement.setLong(1, seeded.campaignId());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					UnitResult result = expected.get(rs.getLong(1));
					if (amount(rs, 2) != result.self().points() || amount(rs, 3) != result.self().max()
							|| amount(rs, 4) != result.appraised().points()
							|| amount(rs, 5) != result.appraised().max()) {
						mismatches++;
					}
				}
			}
		}
		if (mismatches > 0) {
			System.out.printf("%,d units differ from the engine's in-memory figures%n", mismatches);
		}
		return mismatches == 0;
	}

	private static long amount(ResultSet rs, int column) throws SQLException {
		return vn.parindex.engine.Amounts.of(rs.getBigDecimal(column));
	}

	/**
	 * Drops the campaign's stored results, every row of them ({@code all}: nothing is
	 * stored) or only what they were computed from (every row is then replaced, as after
	 * a change of framework): the next recomputation writes every row.
	 */
	private static void forget(DataSource dataSource, long campaign, boolean all) {
		List<String> tables = all ? List.of("scoring_unit_components", "scoring_unit_result", "scoring_campaign_result")
				: List.of("scoring_campaign_result");
		try (Connection connection = dataSource.getConnection()) {
			for (String table : tables) {
				try (PreparedStatement statement = connection
					.prepareStatement("delete from " + table + " where campaign_id = ?")) {
					statement.setLong(1, campaign);
					statement.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void change(DataSource dataSource, long campaign, long unit, String leaf, String points) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						update assessment_entry set self_points = ?::numeric, appraised_points = ?::numeric,
						  not_applicable = false, not_applicable_reason = null, appraised_not_applicable = false
						where leaf_code = ? and sheet_id = (select id from assessment_sheet
						  where campaign_id = ? and unit_id = ?)
						""")) {
			statement.setString(1, points);
			statement.setString(2, points);
			statement.setString(3, leaf);
			statement.setLong(4, campaign);
			statement.setLong(5, unit);
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void query(DataSource dataSource, String sql, long... parameters) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setLong(i + 1, parameters[i]);
			}
			long rows = 0;
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1);
					rows++;
				}
			}
			if (rows == 0) {
				throw new IllegalStateException("no rows from " + sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long nanos(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	/** Measures taken in rounds, each once (or a few times) per round. */
	private static final class Sampler {

		private final List<Measure> measures = new ArrayList<>();

		Measure measure(int perRound, LongSupplier run) {
			Measure measure = new Measure(perRound, run, new ArrayList<>());
			measures.add(measure);
			return measure;
		}

		void run(int warmups, int runs) {
			for (int round = 0; round < warmups + runs; round++) {
				for (Measure measure : measures) {
					// the garbage of the measure before is collected outside the timings
					System.gc();
					for (int i = 0; i < measure.perRound(); i++) {
						long nanos = measure.run().getAsLong();
						if (round >= warmups) {
							measure.samples().add(nanos);
						}
					}
				}
			}
		}

		record Measure(int perRound, LongSupplier run, List<Long> samples) {

			Timings timings() {
				List<Long> sorted = new ArrayList<>(samples);
				Collections.sort(sorted);
				return new Timings(sorted.get(sorted.size() / 2) / 1e6, sorted.get(0) / 1e6);
			}

		}

	}

	private static void print(String what, Timings timings) {
		System.out.printf("| %s | %,.1f ms | %,.1f ms |%n", what, timings.median(), timings.min());
	}

	private record Timings(double median, double min) {
	}

}
