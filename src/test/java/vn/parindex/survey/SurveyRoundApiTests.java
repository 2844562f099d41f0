package vn.parindex.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.audit.AuditRecord;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SurveyRoundApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SurveyStore surveys;

	@Autowired
	InstrumentStore instruments;

	@Autowired
	TokenStore tokens;

	@Autowired
	SurveyTrail trail;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void theSecretariatCreatesASurveyOverSomeUnitsAndReadsItBack() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String body = """
				{"instrumentId": %d, "name": "Khảo sát lãnh đạo 2025", "opensOn": "2026-07-01", "closesOn": "2026-07-31",
				 "margin": 0.05, "units": ["%s"]}"""
			.formatted(s.instrument(), s.unit().code());
		String created = mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()), body, s.secretariat()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(get("/api/v1/surveys/{sid}", id).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Khảo sát lãnh đạo 2025"))
			.andExpect(jsonPath("$.campaignId").value(s.campaign()))
			.andExpect(jsonPath("$.opensOn").value("2026-07-01"))
			.andExpect(jsonPath("$.margin").value(0.05))
			.andExpect(jsonPath("$.units", containsInAnyOrder(s.unit().code())))
			.andExpect(jsonPath("$.populations", hasSize(0)));
		assertThat(trail.latest(id, 10)).extracting(AuditRecord::action).containsExactly(SurveyTrail.SURVEY_CREATED);
		mvc.perform(get("/api/v1/campaigns/{id}/surveys", s.campaign()).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].phase").value("OPEN"))
			.andExpect(jsonPath("$[0].populations", hasSize(3)));
	}

	@Test
	void withoutUnitsASurveyEvaluatesEveryUnitOfTheCampaignAndTheMarginDefaultsToFivePercent() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		long id = create(s, """
				{"instrumentId": %d, "name": "Khảo sát toàn tỉnh", "opensOn": "2026-07-01", "closesOn": "2026-07-31"}"""
			.formatted(s.instrument()));
		assertThat(surveys.units(id)).containsExactlyInAnyOrder(s.unit().id(), s.other().id());
		assertThat(surveys.get(id).margin()).isEqualByComparingTo("0.05");
	}

	@Test
	void aBadSurveyIsRefusedWithEveryErrorAndNothingIsStored() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		UnitView outsider = units.ensure("NGOAI" + s.survey(), "Tỉnh ngoài kỳ", "PROVINCE", null);
		mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()), """
				{"instrumentId": %d, "name": " ", "opensOn": "2026-08-01", "closesOn": "2026-07-01", "margin": 1.5,
				 "units": ["KHONGCO", "%s"], "deviceWindowMinutes": 0}""".formatted(s.instrument(), outsider.code()),
				s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(6)))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("name", "closesOn", "margin", "deviceWindowMinutes", "units", "units")))
			.andExpect(jsonPath("$.detail").value("Đợt khảo sát chưa hợp lệ (6 lỗi); không có gì được lưu."));
		mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()), "{}", s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", containsInAnyOrder("instrumentId", "name", "opensOn", "closesOn")));
		assertThat(surveys.ofCampaign(s.campaign())).hasSize(1);
	}

	@Test
	void everyQuestionWhoseLeafIsNotASurveyLeafOfTheFrameworkIsListed() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		Instrument base = SurveyFixture.instrument("Bộ câu hỏi lệch " + s.survey());
		List<Question> questions = List.of(base.questions().get(0), question("QA", "1.1"), question("QB", "9.9"),
				question("QC", "1"), question("QD", "2.1"));
		long instrument = transactions.execute((status) -> instruments.insert(new Instrument(0, base.name(), 2025, null,
				Layout.ONE_PAGE, Satisfaction.SHARE, base.groups(), questions)));
		mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()),
				"""
						{"instrumentId": %d, "name": "Khảo sát lệch", "opensOn": "2026-07-01", "closesOn": "2026-07-31"}"""
					.formatted(instrument),
				s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].question", containsInAnyOrder("QA", "QB", "QC")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Câu hỏi QA: tiêu chí 1.1 không lấy điểm từ khảo sát (nguồn không phải KHẢO SÁT)."));
		assertThat(surveys.ofCampaign(s.campaign())).hasSize(1);
	}

	@Test
	void aSurveyLeafWhoseRuleTakesNoSurveyScoreIsRefusedNamingTheRule() throws Exception {
		List<vn.parindex.framework.FrameworkNode> nodes = new ArrayList<>(SurveyFixture.NODES);
		nodes.add(SurveyFixture.leaf("2.2", "2", "2", vn.parindex.engine.Source.SURVEY,
				vn.parindex.framework.RuleKind.MANUAL, "step=0.25"));
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(1), fixture.today().plusDays(10), nodes);
		Instrument base = SurveyFixture.instrument("Bộ câu hỏi nhập tay " + s.survey());
		List<Question> questions = List.of(base.questions().get(0), question("QM", "2.2"));
		long instrument = transactions.execute((status) -> instruments.insert(new Instrument(0, base.name(), 2025, null,
				Layout.ONE_PAGE, Satisfaction.SHARE, base.groups(), questions)));
		mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()),
				"""
						{"instrumentId": %d, "name": "Khảo sát nhập tay", "opensOn": "2026-07-01", "closesOn": "2026-07-31"}"""
					.formatted(instrument),
				s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].question").value("QM"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Câu hỏi QM: tiêu chí 2.2 tính điểm theo cách \"Nhập điểm\", "
						+ "không nhận được điểm khảo sát (cần Điểm khảo sát, Thang điểm khảo sát hoặc Theo tỷ lệ)."));
		assertThat(surveys.ofCampaign(s.campaign())).hasSize(1);
	}

	@Test
	void aSurveyChangesButItsInstrumentStaysOnceOpened() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		long other = transactions
			.execute((status) -> instruments.insert(SurveyFixture.instrument("Bộ khác " + s.survey())));
		mvc.perform(json(put("/api/v1/surveys/{sid}", s.survey()),
				"{\"name\": \"Đổi tên\", \"margin\": 0.03, \"units\": [\"%s\"]}".formatted(s.unit().code()),
				s.secretariat()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đổi tên"))
			.andExpect(jsonPath("$.margin").value(0.03))
			.andExpect(jsonPath("$.units", containsInAnyOrder(s.unit().code())))
			.andExpect(jsonPath("$.populations", hasSize(2)));
		assertThat(trail.latest(s.survey(), 5)).extracting(AuditRecord::action)
			.containsExactly(SurveyTrail.SURVEY_CHANGED);
		mvc.perform(json(put("/api/v1/surveys/{sid}", s.survey()), "{\"instrumentId\": %d}".formatted(other),
				s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Đợt khảo sát đã mở: không thể đổi bộ câu hỏi."));
		SurveyFixture.Scene later = fixture.scene(fixture.today().plusDays(5), fixture.today().plusDays(20));
		mvc.perform(json(put("/api/v1/surveys/{sid}", later.survey()), "{\"instrumentId\": %d}".formatted(other),
				later.secretariat()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrumentId").value(other))
			.andExpect(jsonPath("$.phase").value("NOT_OPEN"));
		jdbc.update("""
				insert into survey_response (id, survey_id, unit_id, group_code, channel, submitted_on, answers)
				values (gen_random_uuid(), ?, ?, 'LD', 'PAPER', current_date, '{}')""", later.survey(),
				later.unit().id());
		mvc.perform(
				json(put("/api/v1/surveys/{sid}", later.survey()),
						"{\"instrumentId\": %d, \"units\": [\"%s\"]}".formatted(later.instrument(),
								later.other().code()),
						later.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("instrumentId", "units")));
	}

	@Test
	void populationsAnswerTheirSamples() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(json(put("/api/v1/surveys/{sid}/populations", s.survey()),
				"""
						[{"unit": "%s", "group": "LD", "population": 1200}, {"unit": "%s", "group": "DN", "population": 0}]"""
					.formatted(s.unit().code(), s.other().code()),
				s.secretariat()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].unit").value(s.unit().code()))
			.andExpect(jsonPath("$[0].population").value(1200))
			.andExpect(jsonPath("$[0].sample").value(300))
			.andExpect(jsonPath("$[1].sample").value(0));
		assertThat(surveys.populations(s.survey()))
			.filteredOn((p) -> p.unitId() == s.unit().id() && p.group().equals("LD"))
			.singleElement()
			.satisfies((p) -> assertThat(p.population()).isEqualTo(1200));
		assertThat(trail.latest(s.survey(), 5)).extracting(AuditRecord::action)
			.containsExactly(SurveyTrail.POPULATIONS_SET);
	}

	@Test
	void populationsSetAtOnceAreAllKeptEachWithItsLine() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> puts = new ArrayList<>();
		for (String row : List.of(
				"{\"unit\": \"%s\", \"group\": \"DN\", \"population\": 500}".formatted(s.unit().code()),
				"{\"unit\": \"%s\", \"group\": \"DN\", \"population\": 700}".formatted(s.other().code()))) {
			puts.add(pool.submit(() -> {
				start.await();
				return mvc
					.perform(json(put("/api/v1/surveys/{sid}/populations", s.survey()), "[" + row + "]",
							s.secretariat()))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		for (Future<Integer> status : puts) {
			assertThat(status.get()).isEqualTo(200);
		}
		assertThat(surveys.populations(s.survey())).filteredOn((p) -> p.group().equals("DN"))
			.extracting(SurveyStore.Population::population)
			.containsExactlyInAnyOrder(500L, 700L);
		assertThat(trail.latest(s.survey(), 5)).extracting(AuditRecord::action)
			.containsExactly(SurveyTrail.POPULATIONS_SET, SurveyTrail.POPULATIONS_SET);
	}

	@Test
	void badPopulationsAreRefusedEveryOneListedAndNothingChanges() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		List<SurveyStore.Population> before = surveys.populations(s.survey());
		mvc.perform(json(put("/api/v1/surveys/{sid}/populations", s.survey()), """
				[{"unit": "%1$s", "group": "LD", "population": 5000},
				 {"unit": "KHONGCO", "group": "LD", "population": 10},
				 {"unit": "%1$s", "group": "XX", "population": 10},
				 {"unit": "%1$s", "group": "DN", "population": -1},
				 {"unit": "%1$s", "group": "DN", "population": 1000000000000},
				 {"unit": "%1$s", "group": "LD", "population": 7},
				 {"unit": "%2$s", "group": "LD", "population": 12.5}]""".formatted(s.unit().code(), s.other().code()),
				s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(7)))
			.andExpect(jsonPath("$.errors[*].index", containsInAnyOrder(1, 2, 3, 4, 4, 5, 6)))
			.andExpect(jsonPath("$.errors[5].message")
				.value("Đơn vị %s, nhóm LD được nhập hai lần.".formatted(s.unit().code())));
		assertThat(surveys.populations(s.survey())).isEqualTo(before);
		assertThat(trail.latest(s.survey(), 5)).isEmpty();
	}

	@Test
	void tokensAreIssuedOnceUniqueAndFoundByTheirStore() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		JsonNode issued = issue(s, s.unit().code(), "DN", 25);
		List<String> given = new ArrayList<>();
		issued.get("tokens").forEach((token) -> given.add(token.stringValue()));
		assertThat(given).hasSize(25).doesNotHaveDuplicates();
		for (String token : given) {
			Token found = tokens.find(token).orElseThrow();
			assertThat(found.surveyId()).isEqualTo(s.survey());
			assertThat(found.unitId()).isEqualTo(s.unit().id());
			assertThat(found.group()).isEqualTo("DN");
			assertThat(found.state()).isEqualTo(Token.State.NEW);
		}
		assertThat(jdbc.queryForList("select distinct batch from survey_token where survey_id = ?", Integer.class,
				s.survey()))
			.containsExactly(issued.get("batch").asInt());
		List<AuditRecord> lines = trail.latest(s.survey(), 5);
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.action()).isEqualTo(SurveyTrail.TOKENS_ISSUED);
			assertThat(line.newValue()).isEqualTo("#1: 25");
			given.forEach((token) -> assertThat(line.toString()).doesNotContain(token));
		});
		mvc.perform(get("/api/v1/surveys/{sid}/tokens", s.survey()).with(as(s.appraiser())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts", hasSize(4)))
			.andExpect(jsonPath("$.batches[0].issued").value(25))
			.andExpect(jsonPath("$.batches[0].unused").value(25));
	}

	@Test
	void aBatchHasFromOneToTheMostTokensAndAKnownUnitAndGroup() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		for (int count : new int[] { 0, -3, TokenStore.MAX_BATCH + 1 }) {
			mvc.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
					"{\"unit\": \"%s\", \"group\": \"DN\", \"count\": %d}".formatted(s.unit().code(), count),
					s.secretariat()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("count"));
		}
		mvc.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
				"{\"unit\": \"KHONGCO\", \"group\": \"ZZ\", \"count\": 3}", s.secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("unit", "group")));
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class, s.survey()))
			.isZero();
		JsonNode most = issue(s, s.unit().code(), "DN", TokenStore.MAX_BATCH);
		Set<String> distinct = new HashSet<>();
		most.get("tokens").forEach((t) -> distinct.add(t.stringValue()));
		assertThat(distinct).hasSize(TokenStore.MAX_BATCH);
	}

	@Test
	void aClosedSurveyIssuesNoMoreTokens() throws Exception {
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(20), fixture.today().minusDays(1));
		mvc.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
				"{\"unit\": \"%s\", \"group\": \"DN\", \"count\": 3}".formatted(s.unit().code()), s.secretariat()))
			.andExpect(status().isConflict());
	}

	@Test
	void twoBatchesIssuedAtOnceAreBothStoredDistinctAndNumberedApart() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		CountDownLatch start = new CountDownLatch(1);
		Callable<JsonNode> batch = () -> {
			start.await();
			return issue(s, s.unit().code(), "DN", 300);
		};
		Future<JsonNode> a = pool.submit(batch);
		Future<JsonNode> b = pool.submit(batch);
		start.countDown();
		JsonNode first = a.get();
		JsonNode second = b.get();
		Set<String> all = new HashSet<>();
		first.get("tokens").forEach((t) -> all.add(t.stringValue()));
		second.get("tokens").forEach((t) -> all.add(t.stringValue()));
		assertThat(all).hasSize(600);
		assertThat(Set.of(first.get("batch").asInt(), second.get("batch").asInt())).containsExactlyInAnyOrder(1, 2);
		assertThat(jdbc.queryForObject("select count(*) from survey_token where survey_id = ?", Long.class, s.survey()))
			.isEqualTo(600);
		assertThat(all).allMatch((token) -> tokens.find(token).isPresent());
	}

	@Test
	void theUnusedTokensOfABatchAreRevoked() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		JsonNode issued = issue(s, s.other().code(), "LD", 4);
		String started = issued.get("tokens").get(0).stringValue();
		jdbc.update("update survey_token set state = 'STARTED' where digest = ?", TokenStore.digest(started));
		mvc.perform(post("/api/v1/surveys/{sid}/tokens/batches/{batch}/revoke", s.survey(), issued.get("batch").asInt())
			.with(as(s.secretariat()))).andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(3));
		assertThat(tokens.find(started).orElseThrow().state()).isEqualTo(Token.State.STARTED);
		assertThat(tokens.find(issued.get("tokens").get(1).stringValue()).orElseThrow().state())
			.isEqualTo(Token.State.REVOKED);
		assertThat(trail.latest(s.survey(), 5)).extracting(AuditRecord::action)
			.containsExactly(SurveyTrail.TOKENS_REVOKED, SurveyTrail.TOKENS_ISSUED);
		mvc.perform(
				post("/api/v1/surveys/{sid}/tokens/batches/{batch}/revoke", s.survey(), 99).with(as(s.secretariat())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCouncilReadsOnlyAndAUnitOfficerSeesNothing() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(get("/api/v1/surveys/{sid}", s.survey()).with(as(s.officer()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/campaigns/{id}/surveys", s.campaign()).with(as(s.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
				"{\"unit\": \"%s\", \"group\": \"DN\", \"count\": 3}".formatted(s.unit().code()), s.officer()))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
				"{\"unit\": \"%s\", \"group\": \"DN\", \"count\": 3}".formatted(s.unit().code()), s.appraiser()))
			.andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/surveys/{sid}/populations", s.survey()), "[]", s.appraiser()))
			.andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/surveys/{sid}", s.survey()), "{\"name\": \"x\"}", s.appraiser()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/{sid}", s.survey()).with(as(s.appraiser()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/surveys/{sid}", 999_999_999L).with(as(s.appraiser())))
			.andExpect(status().isNotFound());
	}

	private JsonNode issue(SurveyFixture.Scene s, String unit, String group, int count) throws Exception {
		String body = mvc
			.perform(json(post("/api/v1/surveys/{sid}/tokens", s.survey()),
					"{\"unit\": \"%s\", \"group\": \"%s\", \"count\": %d}".formatted(unit, group, count),
					s.secretariat()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private long create(SurveyFixture.Scene s, String body) throws Exception {
		String created = mvc.perform(json(post("/api/v1/campaigns/{id}/surveys", s.campaign()), body, s.secretariat()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(created).get("id").asLong();
	}

	private static Question question(String code, String leaf) {
		return QuestionText.parse(code, "", "Câu hỏi " + code, AnswerType.SCALE, "scale=5", false, leaf, null, "",
				null);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, UserView who) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(as(who));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(UserView who) {
		return httpBasic(who.username(), TestAccounts.PASSWORD);
	}

}
