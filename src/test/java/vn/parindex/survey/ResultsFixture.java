package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
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
import vn.parindex.units.UnitView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenes for the results tests: a framework whose survey leaves take a survey score (1.2
 * and 2.1 {@code SURVEY_SCORE}, 2.2 {@code RATIO_TIERS}), two provinces, an instrument
 * with weighted groups (LD 2, DN 1) and a survey open today; and responses stored as the
 * answering page stores them, announcing the change.
 */
@Component
class ResultsFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<FrameworkNode> NODES = List.of(area("1"),
			leaf("1.1", "1", "4", Source.SELF, RuleKind.MANUAL, "step=0.25"),
			leaf("1.2", "1", "3", Source.SURVEY, RuleKind.SURVEY_SCORE, null), area("2"),
			leaf("2.1", "2", "10", Source.SURVEY, RuleKind.SURVEY_SCORE, null),
			leaf("2.2", "2", "2", Source.SURVEY, RuleKind.RATIO_TIERS, "80%=100%; 50%=50%; 0%=0"));

	/**
	 * Q1 a 5-point scale with "cannot judge" and Q2 a choice (LD only) feed 1.2; Q5 and
	 * Q6 choices with A,B satisfied (SIPAS elements "Tiếp cận dịch vụ" and "Kết quả")
	 * feed 2.1; Q7 a 5-point scale feeds 2.2; Q4 free text.
	 */
	static Instrument instrument(String name, Satisfaction satisfaction) {
		String satisfied = "A. Rất hài lòng=100%; B. Hài lòng=75%; C. Bình thường=50%; D. Không hài lòng=0%";
		return new Instrument(0, name, 2025, null, Layout.ONE_PAGE, satisfaction,
				List.of(new RespondentGroup("LD", "Lãnh đạo sở, ngành", new BigDecimal("2")),
						new RespondentGroup("DN", "Doanh nghiệp", BigDecimal.ONE)),
				List.of(QuestionText.parse("Q1", "", "Chất lượng chỉ đạo", AnswerType.SCALE, "scale=5", true, "1.2",
						null, "", null),
						QuestionText.parse("Q2", "LD", "Công khai thủ tục", AnswerType.CHOICE,
								"A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%", false, "1.2", null, "",
								null),
						QuestionText.parse("Q4", "", "Góp ý", AnswerType.TEXT, "", false, null, null, "", null),
						QuestionText.parse("Q5", "", "Hài lòng khi tiếp cận dịch vụ", AnswerType.CHOICE, satisfied,
								true, "2.1", "Tiếp cận dịch vụ", "A,B", null),
						QuestionText.parse("Q6", "", "Hài lòng với kết quả", AnswerType.CHOICE, satisfied, false, "2.1",
								"Kết quả", "A,B", null),
						QuestionText.parse("Q7", "", "Mức độ số hóa", AnswerType.SCALE, "scale=5", false, "2.2", null,
								"", null)));
	}

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final TestAccounts accounts;

	private final Clock clock;

	private final InstrumentStore instruments;

	private final SurveyStore surveys;

	private final ResponseStore responses;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ResultsFixture(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, TestAccounts accounts,
			Clock clock, InstrumentStore instruments, SurveyStore surveys, ResponseStore responses,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.clock = clock;
		this.instruments = instruments;
		this.surveys = surveys;
		this.responses = responses;
		this.transactions = transactions;
		this.events = events;
	}

	SurveyFixture.Scene scene(Satisfaction satisfaction) {
		return scene(satisfaction, NODES);
	}

	SurveyFixture.Scene scene(Satisfaction satisfaction, List<FrameworkNode> nodes) {
		String suffix = "r" + sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
		long framework = frameworks.create(
				new FrameworkSettings("Bộ chỉ số kết quả khảo sát " + suffix, 2025, "PROVINCE", null, null), nodes,
				"test");
		UnitView unit = units.ensure("KQ" + suffix, "Tỉnh kết quả " + suffix, "PROVINCE", null);
		UnitView other = units.ensure("KR" + suffix, "Tỉnh khác " + suffix, "PROVINCE", null);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Survey.ZONE);
		long campaign = campaigns.create(
				new NewCampaign("Kỳ kết quả khảo sát " + suffix, 2025, framework, Set.of(unit.id(), other.id()),
						List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(10)))),
				"test");
		long[] ids = transactions.execute((status) -> {
			long instrument = instruments.insert(instrument("Bộ câu hỏi kết quả " + suffix, satisfaction));
			long survey = surveys.insert(new Survey(0, campaign, instrument, "Khảo sát " + suffix, today.minusDays(1),
					today.plusDays(10), Survey.DEFAULT_MARGIN, new BigDecimal("0.3"), 60),
					List.of(unit.id(), other.id()));
			surveys.setPopulations(survey, List.of(new SurveyStore.Population(unit.id(), "LD", 120),
					new SurveyStore.Population(unit.id(), "DN", 2000)));
			return new long[] { instrument, survey };
		});
		return new SurveyFixture.Scene(campaign, unit, other, ids[0], ids[1], accounts.create(Role.SECRETARIAT),
				accounts.create(Role.APPRAISER), accounts.create(Role.UNIT_OFFICER, unit.id()));
	}

	/** A response as the answering page stores it, today, on the web. */
	static StoredResponse response(long survey, long unit, String group, Map<String, Object> answers,
			StoredResponse.Flag... flags) {
		return new StoredResponse(survey, unit, group, StoredResponse.Channel.WEB, null, LocalDate.now(Survey.ZONE),
				120, Set.of(flags), JSON.writeValueAsString(answers));
	}

	/**
	 * Answers from pairs of a question code and its answer ({@code null}: cannot judge).
	 */
	static Map<String, Object> answers(Object... pairs) {
		Map<String, Object> answers = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			answers.put((String) pairs[i], pairs[i + 1]);
		}
		return answers;
	}

	/** Stores responses in one transaction that announces them, as intake does. */
	void store(List<StoredResponse> given) {
		transactions.executeWithoutResult((status) -> {
			List<Long> changed = new ArrayList<>();
			for (StoredResponse response : given) {
				responses.insert(response);
				changed.add(response.unitId());
			}
			if (!given.isEmpty()) {
				events.publishEvent(new SurveyResponsesChanged(given.get(0).surveyId(), Set.copyOf(changed)));
			}
		});
	}

	private static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode leaf(String code, String parent, String max, Source source, RuleKind rule, String params) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, "Hướng dẫn " + code, new BigDecimal(max), source,
				rule, params, "Tác động", null, false);
	}

}
