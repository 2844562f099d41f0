package vn.parindex.survey;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResponseRateBoardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResponseStore responses;

	@Autowired
	RespondentStore respondents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ResponseRateBoard board;

	/**
	 * Populations: the unit's LD 120 (n = 93) and DN 2,000 (n = 334), the other unit's LD
	 * 80 (n = 67). Responses: the unit's LD 5 (2 flagged), DN 1, the other none; two
	 * named LD respondents of the unit, one answered.
	 */
	@Test
	void theBoardCountsResponsesAgainstTheSamplePerUnitAndGroup() throws Exception {
		SurveyFixture.Scene s = scene();
		mvc.perform(get("/api/v1/surveys/{sid}/board", s.survey()).with(user(accounts.principal(s.appraiser()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].unit").value(s.other().code()))
			.andExpect(jsonPath("$.units[1].unit").value(s.unit().code()))
			.andExpect(group(s.unit().code(), 0, "group", "LD"))
			.andExpect(group(s.unit().code(), 0, "population", 120))
			.andExpect(group(s.unit().code(), 0, "sample", 93))
			.andExpect(group(s.unit().code(), 0, "responses", 5))
			.andExpect(group(s.unit().code(), 0, "rate", 5.38))
			.andExpect(group(s.unit().code(), 0, "flagged", 2))
			.andExpect(group(s.unit().code(), 0, "flaggedShare", 40.0))
			.andExpect(group(s.unit().code(), 0, "belowSample", true))
			.andExpect(group(s.unit().code(), 0, "invited", 2))
			.andExpect(group(s.unit().code(), 0, "answered", 1))
			.andExpect(group(s.unit().code(), 1, "group", "DN"))
			.andExpect(group(s.unit().code(), 1, "sample", 334))
			.andExpect(group(s.unit().code(), 1, "rate", 0.3))
			.andExpect(group(s.unit().code(), 1, "flaggedShare", 0.0))
			.andExpect(group(s.other().code(), 0, "sample", 67))
			.andExpect(group(s.other().code(), 0, "responses", 0))
			.andExpect(group(s.other().code(), 0, "rate", 0.0))
			.andExpect(jsonPath("$.units[0].groups[0].flaggedShare").value(nullValue()))
			.andExpect(jsonPath("$.total.population").value(2200))
			.andExpect(jsonPath("$.total.sample").value(494))
			.andExpect(jsonPath("$.total.responses").value(6))
			.andExpect(jsonPath("$.total.rate").value(1.21))
			.andExpect(jsonPath("$.total.flaggedShare").value(33.33))
			.andExpect(jsonPath("$.total.group").value(nullValue()));
	}

	@Test
	void thePageShowsTheFiguresInVietnameseAndHighlightsGroupsBelowTheirSample() throws Exception {
		SurveyFixture.Scene s = scene();
		mvc.perform(get("/surveys/{sid}/board", s.survey()).with(user(accounts.principal(s.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5,38%")))
			.andExpect(content().string(containsString("2.200")))
			.andExpect(content().string(containsString("Chưa đủ mẫu")))
			.andExpect(content().string(containsString("1/2")))
			.andExpect(content().string(containsString("Chưa cấu hình máy chủ thư điện tử")));
		mvc.perform(get("/surveys/{sid}/board", s.survey())
			.with(user(accounts.principal(accounts.create(Role.COUNCIL_CHAIR))))).andExpect(status().isOk());
	}

	@Test
	void fiftyThousandResponsesAreCountedPerUnitAndGroup() {
		SurveyFixture.Scene s = fixture.scene();
		jdbc.update("""
				insert into survey_response (id, survey_id, unit_id, group_code, channel, submitted_on, flags, answers)
				select gen_random_uuid(), ?, case when i % 2 = 0 then ? else ? end,
				    case when i % 5 = 0 then 'DN' else 'LD' end, 'WEB', current_date,
				    case when i % 10 = 0 then 'SPEEDING' else '' end, '{}'
				from generate_series(1, 50000) i""", s.survey(), s.unit().id(), s.other().id());
		ResponseRateBoard.Board figures = board.board(s.survey());
		assertThat(figures.total().responses()).isEqualTo(50_000);
		assertThat(figures.total().flagged()).isEqualTo(5_000);
		ResponseRateBoard.UnitRow unit = figures.units()
			.stream()
			.filter((u) -> u.unitId() == s.unit().id())
			.findFirst()
			.orElseThrow();
		assertThat(unit.groups())
			.extracting(ResponseRateBoard.Row::group, ResponseRateBoard.Row::responses, ResponseRateBoard.Row::flagged)
			.containsExactly(tuple("LD", 20_000L, 0L), tuple("DN", 5_000L, 5_000L));
		assertThat(unit.groups().get(1).flaggedShare()).isEqualByComparingTo("100");
		ResponseRateBoard.UnitRow other = figures.units()
			.stream()
			.filter((u) -> u.unitId() == s.other().id())
			.findFirst()
			.orElseThrow();
		assertThat(other.groups())
			.extracting(ResponseRateBoard.Row::group, ResponseRateBoard.Row::responses, ResponseRateBoard.Row::sample)
			.containsExactly(tuple("LD", 20_000L, 67L), tuple("DN", 5_000L, 0L));
		assertThat(other.groups().get(1).rate()).isNull();
		assertThat(other.groups().get(0).belowSample()).isFalse();
	}

	@Test
	void unitPeopleMayNotSeeTheBoard() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(get("/surveys/{sid}/board", s.survey()).with(user(accounts.principal(s.officer()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/{sid}/board", s.survey()).with(user(accounts.principal(s.officer()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/{sid}/board", s.survey())
			.with(user(accounts.principal(accounts.create(Role.UNIT_LEADER, s.unit().id())))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownSurveyHasNoBoard() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		mvc.perform(get("/api/v1/surveys/{sid}/board", s.survey() + 100_000)
			.with(user(accounts.principal(s.secretariat())))).andExpect(status().isNotFound());
	}

	private SurveyFixture.Scene scene() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		long unit = s.unit().id();
		transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 5; i++) {
				Set<StoredResponse.Flag> flags = switch (i) {
					case 0 -> Set.of(StoredResponse.Flag.SPEEDING);
					case 1 -> Set.of(StoredResponse.Flag.DEVICE, StoredResponse.Flag.STRAIGHT_LINING);
					default -> Set.of();
				};
				responses.insert(response(s, unit, "LD", flags));
			}
			responses.insert(response(s, unit, "DN", Set.of()));
		});
		mvc.perform(
				multipart("/api/v1/surveys/{sid}/respondents", s.survey())
					.file(RespondentWorkbooks.file(
							List.of(List.of("Một", "", "mot" + s.survey() + "@tinh.gov.vn", "", "LD", s.unit().code()),
									List.of("Hai", "", "hai" + s.survey() + "@tinh.gov.vn", "", "LD",
											s.unit().code()))))
					.with(user(accounts.principal(s.secretariat())))
					.with(csrf()))
			.andExpect(status().isOk());
		jdbc.update("update survey_token set state = 'SUBMITTED' where id = ?",
				respondents.list(s.survey()).get(0).tokenId());
		return s;
	}

	private static StoredResponse response(SurveyFixture.Scene s, long unit, String group,
			Set<StoredResponse.Flag> flags) {
		return new StoredResponse(s.survey(), unit, group, StoredResponse.Channel.WEB, null, java.time.LocalDate.now(),
				120, flags, "{\"Q1\": 4}");
	}

	private static org.springframework.test.web.servlet.ResultMatcher group(String unit, int index, String field,
			Object value) {
		// the units come by code: the other unit (KK…) before the unit (KS…)
		int at = unit.startsWith("KK") ? 0 : 1;
		return jsonPath("$.units[%d].groups[%d].%s", at, index, field).value(value);
	}

}
