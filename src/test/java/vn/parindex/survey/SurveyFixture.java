package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
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

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign whose framework has two survey leaves, two provinces, an instrument with two
 * weighted groups and a question of every type, and a survey open today over both
 * provinces with populations: what a survey test needs, with unique names.
 */
@Component
public class SurveyFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	static final List<FrameworkNode> NODES = List.of(area("1"),
			leaf("1.1", "1", "4", Source.SELF, RuleKind.MANUAL, "step=0.25"),
			leaf("1.2", "1", "3", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=5"), area("2"),
			leaf("2.1", "2", "10", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=5"));

	/**
	 * Groups LD (leaders, weight 2) and DN (businesses, weight 1); Q1 a 5-point scale
	 * with "cannot judge" feeding 1.2, Q2 a choice A–D feeding 1.2 (asked of LD only), Q3
	 * several choices, Q4 free text, Q5 a choice with A,B satisfied feeding 2.1 (element
	 * "Tiếp cận dịch vụ").
	 */
	static Instrument instrument(String name) {
		return new Instrument(0, name, 2025, null, Layout.ONE_PAGE, Satisfaction.SHARE,
				List.of(new RespondentGroup("LD", "Lãnh đạo sở, ngành", new BigDecimal("2")),
						new RespondentGroup("DN", "Doanh nghiệp", BigDecimal.ONE)),
				List.of(QuestionText.parse("Q1", "", "Chất lượng chỉ đạo cải cách hành chính", AnswerType.SCALE,
						"scale=5", true, "1.2", null, "4,5", "Năm 2025 tỉnh ban hành 12 văn bản chỉ đạo."),
						QuestionText.parse("Q2", "LD", "Công khai thủ tục hành chính", AnswerType.CHOICE,
								"A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%", true, "1.2", null, "A,B",
								null),
						QuestionText.parse("Q3", "", "Kênh tiếp nhận thông tin", AnswerType.MULTI,
								"A. Cổng thông tin; B. Báo chí; C. Bộ phận một cửa", false, null, null, "", null),
						QuestionText.parse("Q4", "", "Góp ý", AnswerType.TEXT, "", false, null, null, "", null),
						QuestionText.parse("Q5", "", "Mức độ hài lòng khi tiếp cận dịch vụ", AnswerType.CHOICE,
								"A. Rất hài lòng=100%; B. Hài lòng=75%; C. Bình thường=50%; D. Không hài lòng=0%", true,
								"2.1", "Tiếp cận dịch vụ", "A,B", null)));
	}

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final TestAccounts accounts;

	private final Clock clock;

	private final InstrumentStore instruments;

	private final SurveyStore surveys;

	private final TokenStore tokens;

	private final TransactionTemplate transactions;

	SurveyFixture(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, TestAccounts accounts,
			Clock clock, InstrumentStore instruments, SurveyStore surveys, TokenStore tokens,
			TransactionTemplate transactions) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.clock = clock;
		this.instruments = instruments;
		this.surveys = surveys;
		this.tokens = tokens;
		this.transactions = transactions;
	}

	/** A scene whose survey is open today. */
	public Scene scene() {
		return scene(today().minusDays(1), today().plusDays(10));
	}

	public Scene scene(LocalDate opensOn, LocalDate closesOn) {
		return scene(opensOn, closesOn, NODES);
	}

	/** A scene whose framework has these nodes instead of {@link #NODES}. */
	Scene scene(LocalDate opensOn, LocalDate closesOn, List<FrameworkNode> nodes) {
		String suffix = sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
		long framework = frameworks
			.create(new FrameworkSettings("Bộ chỉ số khảo sát " + suffix, 2025, "PROVINCE", null, null), nodes, "test");
		UnitView unit = units.ensure("KS" + suffix, "Tỉnh khảo sát " + suffix, "PROVINCE", null);
		UnitView other = units.ensure("KK" + suffix, "Tỉnh khác " + suffix, "PROVINCE", null);
		LocalDate today = today();
		long campaign = campaigns.create(
				new NewCampaign("Kỳ khảo sát " + suffix, 2025, framework, Set.of(unit.id(), other.id()),
						List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(10)))),
				"test");
		long[] ids = transactions.execute((status) -> {
			long instrument = instruments.insert(instrument("Bộ câu hỏi " + suffix));
			long survey = surveys.insert(new Survey(0, campaign, instrument, "Khảo sát " + suffix, opensOn, closesOn,
					Survey.DEFAULT_MARGIN, new BigDecimal("0.3"), 60), List.of(unit.id(), other.id()));
			surveys.setPopulations(survey,
					List.of(new SurveyStore.Population(unit.id(), "LD", 120),
							new SurveyStore.Population(unit.id(), "DN", 2000),
							new SurveyStore.Population(other.id(), "LD", 80)));
			return new long[] { instrument, survey };
		});
		return new Scene(campaign, unit, other, ids[0], ids[1], accounts.create(Role.SECRETARIAT),
				accounts.create(Role.APPRAISER), accounts.create(Role.UNIT_OFFICER, unit.id()));
	}

	/** New anonymous tokens for a unit's group of the scene's survey. */
	public List<String> tokens(Scene scene, long unitId, String group, int count) {
		return transactions.execute((status) -> tokens.issue(scene.survey(), unitId, group, count, false, null)
			.stream()
			.map(TokenStore.IssuedToken::token)
			.toList());
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Survey.ZONE);
	}

	private static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode leaf(String code, String parent, String max, Source source, RuleKind rule, String params) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, "Hướng dẫn " + code, new BigDecimal(max), source,
				rule, params, "Tác động", null, false);
	}

	/**
	 * A campaign of two units, its survey and instrument, the secretariat, an appraiser
	 * (the council reads) and an officer of the unit (who must not see survey work).
	 */
	public record Scene(long campaign, UnitView unit, UnitView other, long instrument, long survey,
			UserView secretariat, UserView appraiser, UserView officer) {
	}

}
