package vn.parindex.survey;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.parindex.ParIndexApplication;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitCatalog;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The results of a national survey (default 50,000 responses × 30 questions, 34 units, 3
 * groups) seeded into an embedded PostgreSQL this harness starts itself, then: (a) the
 * results API's computation ({@link SurveyResults#results} and its JSON shape), (b) every
 * unit's leaf scores recomputed and stored from nothing, (c) the floor: PostgreSQL alone
 * aggregating the same answers with {@code jsonb_each} in one query (count and mean per
 * unit, group and question); and the CSV and workbook exports written to nowhere while
 * the heap in use is sampled. Warm-ups first, then measured runs; medians and minima.
 * Never run by {@code mvn verify}: see {@code scripts/bench-survey-results.sh}.
 */
public final class SurveyResultsBenchmark {

	private static final String FLOOR = """
			select r.unit_id, r.group_code, a.key, count(*),
			    avg(case when jsonb_typeof(a.value) = 'number' then (a.value)::numeric end)
			from survey_response r cross join lateral jsonb_each(r.answers) a
			where r.survey_id = ?
			group by 1, 2, 3""";

	private static final String[] GROUPS = { "LD", "CB", "DN" };

	private SurveyResultsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int responses = (args.length > 0) ? Integer.parseInt(args[0]) : 50_000;
		int questions = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		int units = (args.length > 2) ? Integer.parseInt(args[2]) : 34;
		int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		int warmups = (args.length > 4) ? Integer.parseInt(args[4]) : 2;
		Path data = Files.createTempDirectory("parindex-bench-survey");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "256MB")
			.start()) {
			ConfigurableApplicationContext context = new SpringApplication(ParIndexApplication.class).run(
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--parindex.admin-password=Bench-Root-2026", "--server.port=0", "--logging.level.root=WARN",
					"--parindex.survey.results.recompute-delay=3600000");
			try {
				run(context, responses, questions, units, runs, warmups);
			}
			finally {
				context.close();
			}
		}
	}

	private static void run(ConfigurableApplicationContext context, int responses, int questions, int units, int runs,
			int warmups) throws Exception {
		DataSource dataSource = context.getBean(DataSource.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		SurveyResults results = context.getBean(SurveyResults.class);
		SurveyLeafScores scores = context.getBean(SurveyLeafScores.class);
		ResponseExports exports = context.getBean(ResponseExports.class);
		long started = System.nanoTime();
		long survey = seed(context, dataSource, responses, questions, units);
		System.out.printf("seeded %,d responses × %d questions for %d units in %.1f s%n", responses, questions, units,
				(System.nanoTime() - started) / 1e9);
		List<long[]> a = new ArrayList<>();
		List<long[]> b = new ArrayList<>();
		List<long[]> c = new ArrayList<>();
		for (int round = 0; round < warmups + runs; round++) {
			long ta = nanos(() -> SurveyResultsJson.Results.of(results.results(survey)));
			long tb = nanos(() -> transactions.executeWithoutResult((status) -> {
				new org.springframework.jdbc.core.JdbcTemplate(dataSource)
					.update("delete from survey_leaf_score where survey_id = ?", survey);
				scores.recompute(survey, null);
			}));
			long tc = nanos(() -> floor(dataSource, survey));
			if (round >= warmups) {
				a.add(new long[] { ta });
				b.add(new long[] { tb });
				c.add(new long[] { tc });
			}
		}
		System.out.println();
		System.out.println("| measure | median | min |");
		System.out.println("|---|---|---|");
		print("(a) results of the survey (`GET …/results`: count, score, intervals, JSON shape)", a);
		print("(b) every unit's leaf scores recomputed and stored from nothing", b);
		print("(c) floor: PostgreSQL aggregating the same answers with jsonb_each, one query", c);
		System.out.printf("%nratio (a)/(c) = %.2f, (b)/(c) = %.2f (medians)%n", median(a) / median(c),
				median(b) / median(c));
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.printf("%nheap limit (-Xmx): %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
		for (String format : List.of("csv", "xlsx")) {
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			Peak peak = new Peak(memory);
			peak.start();
			CountingStream out = new CountingStream();
			long t = nanos(() -> {
				try {
					if (format.equals("csv")) {
						exports.csv(survey, "Không đủ thông tin", out);
					}
					else {
						exports.xlsx(survey, "Không đủ thông tin", out);
					}
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			peak.stopped = true;
			peak.join();
			System.out.printf("export %s: %,d bytes in %.2f s; heap in use before %,d MB, peak during %,d MB%n", format,
					out.count, t / 1e9, before >> 20, peak.max.get() >> 20);
		}
	}

	private static long seed(ConfigurableApplicationContext context, DataSource dataSource, int responses,
			int questions, int unitCount) throws SQLException {
		FrameworkCatalog frameworks = context.getBean(FrameworkCatalog.class);
		UnitCatalog unitCatalog = context.getBean(UnitCatalog.class);
		CampaignCatalog campaigns = context.getBean(CampaignCatalog.class);
		InstrumentStore instruments = context.getBean(InstrumentStore.class);
		SurveyStore surveys = context.getBean(SurveyStore.class);
		int leaves = 10;
		List<FrameworkNode> nodes = new ArrayList<>();
		nodes.add(new FrameworkNode("1", null, "Khảo sát", null, null, null, null, null, null, null, false));
		for (int leaf = 1; leaf <= leaves; leaf++) {
			nodes.add(new FrameworkNode("1." + leaf, "1", "Tiêu chí khảo sát " + leaf, null, new BigDecimal("3"),
					Source.SURVEY, RuleKind.SURVEY_SCORE, null, "Tác động", null, false));
		}
		long framework = frameworks
			.create(new FrameworkSettings("Chỉ số khảo sát quốc gia", 2026, "PROVINCE", null, null), nodes, "bench");
		List<Long> unitIds = new ArrayList<>();
		for (int unit = 0; unit < unitCount; unit++) {
			unitIds.add(unitCatalog.ensure("T" + unit, "Tỉnh " + unit, "PROVINCE", null).id());
		}
		LocalDate today = LocalDate.now(Survey.ZONE);
		long campaign = campaigns.create(
				new NewCampaign("Khảo sát quốc gia", 2026, framework, Set.copyOf(unitIds),
						List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(30)))),
				"bench");
		List<Question> questionList = new ArrayList<>();
		for (int q = 1; q <= questions; q++) {
			String code = String.format("Q%02d", q);
			String leaf = "1." + (1 + (q - 1) % leaves);
			questionList.add((q % 3 == 0)
					? QuestionText.parse(code, "", "Câu hỏi " + q, AnswerType.CHOICE,
							"A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%", true, leaf, "Yếu tố " + (q % 5),
							"A,B", null)
					: QuestionText.parse(code, "", "Câu hỏi " + q, AnswerType.SCALE, "scale=5", true, leaf, null, "",
							null));
		}
		Instrument instrument = new Instrument(0, "Bộ câu hỏi quốc gia", 2026, null, Layout.ONE_PAGE,
				Satisfaction.SHARE,
				List.of(new RespondentGroup("LD", "Lãnh đạo", new BigDecimal("2")),
						new RespondentGroup("CB", "Công chức", BigDecimal.ONE),
						new RespondentGroup("DN", "Doanh nghiệp", BigDecimal.ONE)),
				questionList);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		long survey = transactions.execute((status) -> {
			long id = instruments.insert(instrument);
			return surveys.insert(new Survey(0, campaign, id, "Khảo sát quốc gia", today.minusDays(1),
					today.plusDays(20), Survey.DEFAULT_MARGIN, new BigDecimal("0.3"), 60), unitIds);
		});
		Random random = new Random(42);
		String[] options = { "A", "B", "C", "D" };
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into survey_response (id, survey_id, unit_id, group_code, channel, submitted_on,
					    duration_seconds, flags, answers) values (?, ?, ?, ?, 'WEB', ?, ?, ?, cast(? as jsonb))""")) {
				for (int i = 0; i < responses; i++) {
					StringBuilder answers = new StringBuilder("{");
					for (int q = 1; q <= questions; q++) {
						if (q > 1) {
							answers.append(", ");
						}
						answers.append(String.format("\"Q%02d\": ", q));
						if (random.nextInt(20) == 0) {
							answers.append("null");
						}
						else if (q % 3 == 0) {
							answers.append('"').append(options[random.nextInt(4)]).append('"');
						}
						else {
							answers.append(1 + random.nextInt(5));
						}
					}
					answers.append('}');
					insert.setObject(1, UUID.randomUUID());
					insert.setLong(2, survey);
					insert.setLong(3, unitIds.get(random.nextInt(unitIds.size())));
					insert.setString(4, GROUPS[random.nextInt(GROUPS.length)]);
					insert.setObject(5, today);
					insert.setInt(6, 60 + random.nextInt(600));
					insert.setString(7, (random.nextInt(25) == 0) ? "SPEEDING" : "");
					insert.setString(8, answers.toString());
					insert.addBatch();
					if (i % 1000 == 999) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (PreparedStatement analyze = connection.prepareStatement("analyze survey_response")) {
				analyze.execute();
			}
		}
		return survey;
	}

	private static void floor(DataSource dataSource, long survey) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(FLOOR)) {
			statement.setLong(1, survey);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getBigDecimal(5);
				}
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

	private static double median(List<long[]> timings) {
		long[] sorted = timings.stream().mapToLong((t) -> t[0]).sorted().toArray();
		return (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}

	private static void print(String label, List<long[]> timings) {
		long min = timings.stream().mapToLong((t) -> t[0]).min().orElse(0);
		System.out.printf("| %s | %.3f s | %.3f s |%n", label, median(timings) / 1e9, min / 1e9);
	}

	/** An output that only counts what it is given. */
	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}

	}

	/** Samples the heap in use every 5 ms until stopped. */
	private static final class Peak extends Thread {

		final AtomicLong max = new AtomicLong();

		final MemoryMXBean memory;

		volatile boolean stopped;

		Peak(MemoryMXBean memory) {
			this.memory = memory;
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!stopped) {
				max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
