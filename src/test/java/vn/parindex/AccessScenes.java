package vn.parindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import vn.parindex.AccessMatrix.Caller;
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
import vn.parindex.survey.SurveyFixture;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What every cell of the access matrix is tried on: a framework, two units in four
 * campaigns whose sheet of the first unit stands at each step of its life (draft, filled
 * in; submitted with every leaf decided; returned with a question answered; finalised),
 * an appraiser assigned that unit in each, and one account per {@link Caller}. The sheets
 * are brought there over the API, by the people whose work it is.
 */
@Component
class AccessScenes {

	private static final AtomicInteger sequence = new AtomicInteger();

	static final List<FrameworkNode> NODES = List.of(area("1"), leaf("1.1", "1"), leaf("1.2", "1"), area("2"),
			leaf("2.1", "2"));

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final TestAccounts accounts;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SurveyFixture surveys;

	AccessScenes(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, TestAccounts accounts,
			PasswordEncoder passwords, JdbcClient jdbc, Clock clock, SurveyFixture surveys) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.clock = clock;
		this.surveys = surveys;
	}

	Scene create(MockMvc mvc) throws Exception {
		String suffix = sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
		long framework = frameworks.create(settings("Bộ chỉ số phân quyền " + suffix), NODES, "test");
		long draft = frameworks.create(settings("Bộ chỉ số nháp " + suffix), NODES, "test");
		UnitView unit = units.ensure("PQ" + suffix, "Tỉnh phân quyền " + suffix, "PROVINCE", null);
		UnitView other = units.ensure("PK" + suffix, "Tỉnh khác " + suffix, "PROVINCE", null);
		Map<Caller, UserView> people = people(unit, other);
		Map<Stage, Long> campaignIds = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			campaignIds.put(stage, campaigns.create(new NewCampaign("Kỳ phân quyền " + stage + " " + suffix, 2025,
					framework, Set.of(unit.id(), other.id()), phases()), "test"));
		}
		Scene scene = new Scene(framework, draft, unit, other, people, campaignIds, accounts.create(Role.VIEWER), 0, 0,
				null);
		Steps steps = new Steps(mvc, scene);
		steps.run();
		return new Scene(framework, draft, unit, other, people, campaignIds, scene.someone(), steps.assignment,
				steps.question, surveys.scene());
	}

	private Map<Caller, UserView> people(UnitView unit, UnitView other) {
		Map<Caller, UserView> people = new EnumMap<>(Caller.class);
		people.put(Caller.ADMIN, accounts.create(Role.ADMIN));
		people.put(Caller.SECRETARIAT, accounts.create(Role.SECRETARIAT));
		people.put(Caller.APPRAISER, accounts.create(Role.APPRAISER));
		people.put(Caller.APPRAISER_ELSEWHERE, accounts.create(Role.APPRAISER));
		people.put(Caller.COUNCIL_CHAIR, accounts.create(Role.COUNCIL_CHAIR));
		people.put(Caller.UNIT_LEADER, accounts.create(Role.UNIT_LEADER, unit.id()));
		people.put(Caller.UNIT_LEADER_ELSEWHERE, accounts.create(Role.UNIT_LEADER, other.id()));
		people.put(Caller.UNIT_OFFICER, accounts.create(Role.UNIT_OFFICER, unit.id()));
		people.put(Caller.UNIT_OFFICER_ELSEWHERE, accounts.create(Role.UNIT_OFFICER, other.id()));
		people.put(Caller.VIEWER, accounts.create(Role.VIEWER));
		quickToCheck(people.values().stream().map(UserView::username).toList());
		return people;
	}

	/**
	 * Hundreds of HTTP Basic calls would each pay the full BCrypt cost: the matrix's
	 * accounts get a hash of the same password at the lowest cost, which the
	 * application's own encoder still checks (the cost is part of the hash).
	 */
	private void quickToCheck(List<String> usernames) {
		String hash = new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);
		if (passwords.matches(TestAccounts.PASSWORD, hash)) {
			jdbc.sql("update accounts_user set password_hash = :hash where username in (:names)")
				.param("hash", hash)
				.param("names", usernames)
				.update();
		}
	}

	private List<PhaseDates> phases() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		LocalDate deadline = today.plusDays(10);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), deadline),
				new PhaseDates(Phase.APPRAISAL, deadline.plusDays(1), deadline.plusDays(20)));
	}

	private static FrameworkSettings settings(String name) {
		return new FrameworkSettings(name, 2025, "PROVINCE", null, null);
	}

	private static FrameworkNode area(String code) {
		return new FrameworkNode(code, null, "Lĩnh vực " + code, null, null, null, null, null, null, null, false);
	}

	private static FrameworkNode leaf(String code, String parent) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, "Hướng dẫn " + code, new BigDecimal("4"),
				Source.SELF, RuleKind.MANUAL, "step=0.25", "Thẩm định", null, false);
	}

	/** Where the unit's sheet stands in each of the scene's campaigns. */
	enum Stage {

		DRAFT, SUBMITTED, RETURNED, FINALISED

	}

	/**
	 * The scene: its frameworks (the campaigns' and a draft), the unit under test and the
	 * other, the callers, one campaign per stage, a user the administrators' calls
	 * change, the appraiser's assignment in the SUBMITTED campaign and the question in
	 * the RETURNED one; and a survey (with its own campaign and instrument) for the
	 * survey endpoints.
	 */
	record Scene(long framework, long draftFramework, UnitView unit, UnitView other, Map<Caller, UserView> people,
			Map<Stage, Long> campaigns, UserView someone, long assignment, long question, SurveyFixture.Scene survey) {

		long campaign(Stage stage) {
			return campaigns.get(stage);
		}

		String username(Caller caller) {
			return people.get(caller).username();
		}

		/** The unit's sheet in a campaign, over the API. */
		String sheet(Stage stage) {
			return "/api/v1/campaigns/" + campaign(stage) + "/sheets/" + unit.code();
		}

		/** The council's view of the unit's sheet in a campaign, over the API. */
		String appraisal(Stage stage) {
			return "/api/v1/campaigns/" + campaign(stage) + "/appraisal/sheets/" + unit.code();
		}

		AbstractMockHttpServletRequestBuilder<?> as(Caller caller, AbstractMockHttpServletRequestBuilder<?> request) {
			return (caller == Caller.ANONYMOUS) ? request
					: request.with(httpBasic(username(caller), TestAccounts.PASSWORD));
		}

	}

	/** The work that brings each campaign's sheet to its stage, each step checked. */
	private static final class Steps {

		private final MockMvc mvc;

		private final Scene scene;

		private long assignment;

		private long question;

		Steps(MockMvc mvc, Scene scene) {
			this.mvc = mvc;
			this.scene = scene;
		}

		void run() throws Exception {
			for (Stage stage : Stage.values()) {
				String assigned = call(Caller.SECRETARIAT,
						json(post("/api/v1/campaigns/" + scene.campaign(stage) + "/appraisal/assignments"),
								"{\"appraiser\": \"" + scene.username(Caller.APPRAISER) + "\", \"unitCode\": \""
										+ scene.unit().code() + "\"}"));
				if (stage == Stage.SUBMITTED) {
					assignment = ((Number) JsonPath.read(assigned, "$.id")).longValue();
				}
				for (String leaf : List.of("1.1", "1.2", "2.1")) {
					call(Caller.UNIT_OFFICER, json(put(scene.sheet(stage) + "/leaves/" + leaf),
							"{\"value\": 3, \"explanation\": \"Có\"}"));
				}
				if (stage == Stage.DRAFT) {
					continue;
				}
				call(Caller.UNIT_LEADER, post(scene.sheet(stage) + "/submit"));
				if (stage == Stage.RETURNED) {
					returnWithAnAnsweredQuestion();
				}
				else {
					call(Caller.COUNCIL_CHAIR, post(scene.appraisal(stage) + "/accept-remaining"));
				}
				if (stage == Stage.FINALISED) {
					call(Caller.COUNCIL_CHAIR, post(scene.appraisal(stage) + "/finalise"));
				}
			}
		}

		private void returnWithAnAnsweredQuestion() throws Exception {
			call(Caller.APPRAISER, json(post(scene.appraisal(Stage.RETURNED) + "/return"),
					"{\"questions\": [{\"leaf\": \"1.1\", \"question\": \"Căn cứ nào?\"}]}"));
			String questions = call(Caller.UNIT_OFFICER, get(scene.appraisal(Stage.RETURNED) + "/questions"));
			question = ((Number) JsonPath.read(questions, "$[0].id")).longValue();
			call(Caller.UNIT_OFFICER, json(post(scene.appraisal(Stage.RETURNED) + "/questions/" + question + "/answer"),
					"{\"answer\": \"Kế hoạch số 15/KH-UBND\"}"));
		}

		private String call(Caller caller, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
			var response = mvc.perform(scene.as(caller, request)).andReturn().getResponse();
			if (response.getStatus() >= 300) {
				var sent = request.buildRequest(new MockServletContext());
				throw new IllegalStateException("Setting up the access matrix's scene: " + sent.getMethod() + " "
						+ sent.getRequestURI() + " as " + caller + " answered " + response.getStatus() + " "
						+ response.getContentAsString());
			}
			return response.getContentAsString();
		}

		private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
			return request.contentType(MediaType.APPLICATION_JSON).content(body);
		}

	}

}
