package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.survey.Surveys;
import vn.parindex.survey.Surveys.GroupSpec;
import vn.parindex.survey.Surveys.PopulationSpec;
import vn.parindex.survey.Surveys.QuestionSpec;
import vn.parindex.survey.Surveys.ResponseSpec;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An illustrative survey (minh họa) in the demo campaign: the leaders and managers survey
 * feeding the framework's survey leaves (1.5, 2.4, 3.3, 4.3, 5.4, 6.3, 7.5, 8.2) and
 * SIPAS (8.1) for citizens, open two weeks already, over six provinces, with a few
 * hundred generated anonymous responses (the same ones on every database: a fixed seed)
 * on the web and on paper, some flagged; and a handful of tokens, the same on every
 * start, printed in the log like the demo accounts so that a newcomer can answer at once.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(50)
class DemoSurveys implements ApplicationListener<ApplicationReadyEvent> {

	static final String NAME = "Khảo sát CCHC cấp tỉnh năm 2025 (minh họa)";

	/** The provinces surveyed, each with how well its people judge it (0..1). */
	static final List<String> UNITS = List.of("HN", "HCM", "HP", "DNG", "CT", "HUE");

	private static final double[] QUALITY = { 0.78, 0.84, 0.7, 0.8, 0.62, 0.67 };

	static final String[] LEADER_LEAVES = { "1.5", "2.4", "3.3", "4.3", "5.4", "6.3", "7.5", "8.2" };

	private static final String[] LEADER_TOPICS = { "công tác chỉ đạo, điều hành cải cách hành chính",
			"chất lượng thể chế, văn bản quy phạm pháp luật của tỉnh", "cải cách thủ tục hành chính",
			"sắp xếp tổ chức bộ máy", "chế độ công vụ, kỷ luật, kỷ cương", "cải cách tài chính công",
			"xây dựng chính quyền số", "tác động của cải cách hành chính đến phát triển kinh tế – xã hội" };

	private static final String[] SIPAS_ELEMENTS = { "Tiếp cận dịch vụ", "Thủ tục hành chính",
			"Công chức giải quyết công việc", "Kết quả giải quyết", "Tiếp nhận, xử lý phản ánh, kiến nghị" };

	private static final String SIPAS_OPTIONS = "A. Rất hài lòng=100%; B. Hài lòng=75%; C. Bình thường=50%; "
			+ "D. Không hài lòng=25%; E. Rất không hài lòng=0%";

	static final int TOKENS = 5;

	private static final long SEED = 2025L;

	private static final String ACTOR = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final Surveys surveys;

	private final Clock clock;

	DemoSurveys(CampaignCatalog campaigns, UnitCatalog units, Surveys surveys, Clock clock) {
		this.campaigns = campaigns;
		this.units = units;
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		CampaignView campaign = DemoCampaigns.of(campaigns).orElse(null);
		if (campaign == null) {
			return;
		}
		List<UnitView> surveyed = UNITS.stream()
			.map(units::byCode)
			.flatMap(java.util.Optional::stream)
			.filter((unit) -> campaign.unitIds().contains(unit.id()))
			.toList();
		if (surveyed.isEmpty()) {
			return;
		}
		long survey = surveys.ofCampaign(campaign.id())
			.stream()
			.filter((s) -> s.name().equals(NAME))
			.map(Surveys.SurveyInfo::id)
			.findFirst()
			.orElseGet(() -> create(campaign, surveyed));
		UnitView first = surveyed.get(0);
		List<String> chosen = new ArrayList<>();
		for (int i = 1; i <= TOKENS; i++) {
			chosen.add(Surveys.seededToken("parindex-demo-survey-" + survey + "-" + i));
		}
		List<String> citizens = surveys.ensureTokens(survey, first.id(), "ND", chosen.subList(0, 3), ACTOR);
		List<String> leaders = surveys.ensureTokens(survey, first.id(), "LD", chosen.subList(3, TOKENS), ACTOR);
		StringBuilder table = new StringBuilder();
		citizens.forEach((token) -> table.append(String.format("%n  %-10s %s", "ND", surveys.link(token))));
		leaders.forEach((token) -> table.append(String.format("%n  %-10s %s", "LD", surveys.link(token))));
		log.info("Demo survey (minh họa) \"{}\" ready with {} responses; unused demo tokens for {} (group, link):{}",
				NAME, surveys.responses(survey), first.name(), table);
	}

	private long create(CampaignView campaign, List<UnitView> surveyed) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		long instrument = surveys.createInstrument("Bộ câu hỏi khảo sát CCHC cấp tỉnh 2025 (minh họa)", 2025, groups(),
				questions(), ACTOR);
		long survey = surveys.createSurvey(campaign.id(), instrument, NAME, today.minusDays(14), today.plusDays(16),
				surveyed.stream().map(UnitView::id).toList(), ACTOR);
		List<PopulationSpec> populations = new ArrayList<>();
		for (UnitView unit : surveyed) {
			populations.add(new PopulationSpec(unit.id(), "DB", 85));
			populations.add(new PopulationSpec(unit.id(), "LD", 160));
			populations.add(new PopulationSpec(unit.id(), "LX", 620));
			populations.add(new PopulationSpec(unit.id(), "ND", 48_000));
		}
		surveys.setPopulations(survey, populations, ACTOR);
		surveys.storeResponses(survey, responses(surveyed, today.minusDays(14), today));
		return survey;
	}

	static List<GroupSpec> groups() {
		return List.of(new GroupSpec("DB", "Đại biểu Hội đồng nhân dân tỉnh", BigDecimal.ONE),
				new GroupSpec("LD", "Lãnh đạo sở, ban, ngành tỉnh", BigDecimal.ONE),
				new GroupSpec("LX", "Lãnh đạo UBND cấp xã", BigDecimal.ONE),
				new GroupSpec("ND", "Người dân, tổ chức (SIPAS)", BigDecimal.ONE));
	}

	static List<QuestionSpec> questions() {
		List<QuestionSpec> questions = new ArrayList<>();
		for (int i = 0; i < LEADER_LEAVES.length; i++) {
			questions.add(new QuestionSpec("L" + (i + 1), "DB,LD,LX",
					"Ông/bà đánh giá thế nào về " + LEADER_TOPICS[i] + " của tỉnh trong năm 2025?", "SCALE", "scale=5",
					true, LEADER_LEAVES[i], null, "4,5",
					(i == 0) ? "Năm 2025 UBND tỉnh ban hành 14 văn bản chỉ đạo về cải cách hành chính (minh họa)."
							: null));
		}
		for (int i = 0; i < SIPAS_ELEMENTS.length; i++) {
			questions.add(new QuestionSpec("S" + (i + 1), "ND",
					"Ông/bà hài lòng thế nào về " + SIPAS_ELEMENTS[i].toLowerCase(java.util.Locale.ROOT)
							+ " khi giải quyết thủ tục hành chính?",
					"CHOICE", SIPAS_OPTIONS, true, "8.1", SIPAS_ELEMENTS[i], "A,B", null));
		}
		questions.add(new QuestionSpec("S6", "ND", "Ông/bà có góp ý gì để phục vụ người dân tốt hơn?", "TEXT", "",
				false, null, null, "", null));
		return questions;
	}

	/**
	 * Per province 4 answers from each leaders' group and 40 from citizens, half of them
	 * on paper; the better a province's quality the higher its answers; a few speeding or
	 * straight-lining responses, flagged.
	 */
	static List<ResponseSpec> responses(List<UnitView> surveyed, LocalDate from, LocalDate to) {
		Random random = new Random(SEED);
		int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
		List<ResponseSpec> responses = new ArrayList<>();
		for (int u = 0; u < surveyed.size(); u++) {
			UnitView unit = surveyed.get(u);
			double quality = QUALITY[u % QUALITY.length];
			int serial = 0;
			for (String group : List.of("DB", "LD", "LX")) {
				for (int r = 0; r < 4; r++) {
					LocalDate day = from.plusDays(random.nextInt(days));
					boolean straight = random.nextInt(12) == 0;
					boolean speeding = !straight && random.nextInt(10) == 0;
					List<String> answers = new ArrayList<>();
					int same = 1 + (int) Math.round(quality * 4);
					for (int q = 1; q <= LEADER_LEAVES.length; q++) {
						String value = straight ? String.valueOf(same)
								: (random.nextInt(100) < 7) ? "null" : String.valueOf(scale(random, quality));
						answers.add("\"L" + q + "\":" + value);
					}
					Set<String> flags = new LinkedHashSet<>();
					if (straight) {
						flags.add("STRAIGHT_LINING");
					}
					if (speeding) {
						flags.add("SPEEDING");
					}
					responses.add(new ResponseSpec(unit.id(), group, false, null, day,
							speeding ? 20 + random.nextInt(15) : 150 + random.nextInt(600), flags,
							"{" + String.join(",", answers) + "}"));
				}
			}
			for (int r = 0; r < 40; r++) {
				LocalDate day = from.plusDays(random.nextInt(days));
				boolean paper = r % 2 == 1;
				List<String> answers = new ArrayList<>();
				for (int q = 1; q <= SIPAS_ELEMENTS.length; q++) {
					String value = (random.nextInt(100) < 6) ? "null" : "\"" + choice(random, quality) + "\"";
					answers.add("\"S" + q + "\":" + value);
				}
				if (random.nextInt(8) == 0) {
					answers.add("\"S6\":\"Mong cán bộ một cửa hướng dẫn rõ hơn về hồ sơ trực tuyến (minh họa).\"");
				}
				responses.add(new ResponseSpec(unit.id(), "ND", paper,
						paper ? String.format("%s-%04d", unit.code(), ++serial) : null, day,
						paper ? null : 90 + random.nextInt(400), Set.of(), "{" + String.join(",", answers) + "}"));
			}
		}
		return responses;
	}

	/** A point of 1..5 around the province's quality. */
	private static int scale(Random random, double quality) {
		double value = 1 + quality * 4 + random.nextGaussian() * 0.9;
		return (int) Math.max(1, Math.min(5, Math.round(value)));
	}

	/** An option A (very satisfied) .. E, likelier A–B the better the province. */
	private static String choice(Random random, double quality) {
		double value = (1 - quality) * 4 + random.nextGaussian() * 0.9;
		int index = (int) Math.max(0, Math.min(4, Math.round(value)));
		return String.valueOf((char) ('A' + index));
	}

}
