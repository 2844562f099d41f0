package vn.parindex.scoring;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResultsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	ScoringSettingsService settings;

	@Autowired
	vn.parindex.units.UnitCatalog units;

	@Autowired
	vn.parindex.campaign.CampaignCatalog campaigns;

	@Test
	void resultsHaveTheShapeOfTheFormatsDocument() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		String json = mvc.perform(get(api(scene)).with(basic(accounts.create(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.campaign.id").value(scene.campaign()))
			.andExpect(jsonPath("$.campaign.year").value(2025))
			.andExpect(jsonPath("$.results.length()").value(2))
			.andExpect(jsonPath("$.results[0].unit").value(scene.unit().code()))
			.andExpect(jsonPath("$.results[0].name").value(scene.unit().name()))
			.andExpect(jsonPath("$.results[0].ranked").value(true))
			.andExpect(jsonPath("$.results[0].rank").value(1))
			.andExpect(jsonPath("$.results[0].group").value("C"))
			.andExpect(jsonPath("$.results[0].nodes[0].code").value("1"))
			.andExpect(jsonPath("$.results[0].nodes[1].code").value("2"))
			.andExpect(jsonPath("$.results[0].parts[0].part").value("Thẩm định"))
			.andExpect(jsonPath("$.results[1].unit").value(scene.other().code()))
			.andExpect(jsonPath("$.results[1].rank").value(2))
			.andExpect(jsonPath("$.results[1].group").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// numbers with two decimals, as JSON numbers: 9 of 12 = 75.00%, area 1 = 7 of 8,
		// area 2 = 2 of 4 (2.2 not applicable; the survey leaf 2.3 has no data yet, which
		// is
		// neither not applicable nor 0 points)
		assertThat(json).contains("\"points\":9.00,\"maxPoints\":12.00,\"index\":75.00")
			.contains("{\"code\":\"1\",\"points\":7.00,\"maxPoints\":8.00,\"index\":87.50,\"noData\":0}")
			.contains("{\"code\":\"2\",\"points\":2.00,\"maxPoints\":4.00,\"index\":50.00,\"noData\":1}")
			.contains("{\"part\":\"Thẩm định\",\"points\":9.00,\"maxPoints\":12.00,\"index\":75.00,\"noData\":1}")
			.contains("\"noData\":1,\"awaitingData\":false}")
			.contains("\"points\":0.00,\"maxPoints\":14.00,\"index\":0.00");
	}

	@Test
	void aComponentWithNothingApplicableHasANullIndex() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		assessment.claimNotApplicable(scene.campaign(), scene.unit().id(), "2.1", "Không phát sinh", officer);
		assessment.claimNotApplicable(scene.campaign(), scene.unit().id(), "2.2", "Không phát sinh", officer);
		String json = mvc.perform(get(api(scene)).with(basic(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].nodes[1].code").value("2"))
			.andExpect(jsonPath("$.results[0].nodes[1].index").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("{\"code\":\"2\",\"points\":0.00,\"maxPoints\":0.00,\"index\":null,\"noData\":1}");
	}

	@Test
	void aUnitOfficerGetsOnlyHerOwnUnit() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(get(api(scene)).with(basic(scene.otherOfficer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(1))
			.andExpect(jsonPath("$.results[0].unit").value(scene.other().code()))
			.andExpect(jsonPath("$.results[0].rank").value(2));
		UserView outsider = accounts.create(Role.UNIT_OFFICER, fixture.scene().unit().id());
		mvc.perform(get(api(scene)).with(basic(outsider)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aUnitAddedToTheCampaignIsComputedOnTheNextRead() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		UnitView added = units.ensure("TM" + scene.campaign(), "Tỉnh mới " + scene.campaign(), "PROVINCE", null);
		campaigns.changeUnits(scene.campaign(), java.util.Set.of(scene.unit().id(), scene.other().id(), added.id()),
				"thuongtruc");
		mvc.perform(get(api(scene)).with(basic(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(3))
			.andExpect(jsonPath("$.results[0].index").value(75.0))
			.andExpect(jsonPath("$.results[1].rank").value(2))
			.andExpect(jsonPath("$.results[2].rank").value(2));
	}

	@Test
	void theWorkbookHoldsTheSameResults() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		byte[] xlsx = mvc.perform(get(api(scene) + ".xlsx").with(basic(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter text = new DataFormatter();
			Sheet results = workbook.getSheet("KetQua");
			assertThat(text.formatCellValue(results.getRow(0).getCell(0))).isEqualTo("Hạng");
			assertThat(text.formatCellValue(results.getRow(0).getCell(8))).isEqualTo("Chỉ số (%)");
			assertThat(text.formatCellValue(results.getRow(0).getCell(12))).isEqualTo("Chỉ số 1 (%)");
			assertThat(results.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(text.formatCellValue(results.getRow(1).getCell(1))).isEqualTo(scene.unit().code());
			assertThat(results.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(9.0);
			assertThat(results.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(12.0);
			assertThat(results.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(75.0);
			assertThat(text.formatCellValue(results.getRow(1).getCell(9))).isEqualTo("C");
			assertThat(results.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(87.5);
			assertThat(results.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(50.0);
			assertThat(results.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(75.0);
			assertThat(text.formatCellValue(results.getRow(2).getCell(1))).isEqualTo(scene.other().code());
			assertThat(results.getLastRowNum()).isEqualTo(2);
			Sheet details = workbook.getSheet("ChiTiet");
			assertThat(details.getLastRowNum()).isEqualTo(6);
		}
	}

	@Test
	void invalidSettingsAreAProblemAndChangeNothing() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		String body = """
				{"method": "DENSE", "tieBreak": "NONE", "bandBasis": "INDEX", "peers": "UNIT_TYPE", "peerGroupCount": 3,
				 "bands": [{"name": "A", "lowerBound": 80}, {"name": "B", "lowerBound": 90}]}
				""";
		mvc.perform(put(api(scene) + "/settings").with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Group bounds must decrease, the highest group first."));
		assertThat(settings.of(scene.campaign())).isEqualTo(ScoringSettings.defaults());
		mvc.perform(put(api(scene) + "/settings").with(basic(scene.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("80", "95"))).andExpect(status().isForbidden());
	}

	@Test
	void settingsSavedOverTheApiRegroup() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(put(api(scene) + "/settings").with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"method": "DENSE", "tieBreak": "POINTS", "bandBasis": "POINTS", "peers": "NONE",
					 "bands": [{"name": "Cao", "lowerBound": 9}, {"name": "Thấp", "lowerBound": 0}]}
					""")).andExpect(status().isOk()).andExpect(jsonPath("$.method").value("DENSE"));
		mvc.perform(get(api(scene)).with(basic(scene.secretariat())))
			.andExpect(jsonPath("$.results[0].group").value("Cao"))
			.andExpect(jsonPath("$.results[1].group").value("Thấp"));
	}

	@Test
	void waitingForSurveyDataWithholdsIndicesRanksAndGroupsButShowsThePoints() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(put(api(scene) + "/settings").with(basic(scene.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"method": "COMPETITION", "tieBreak": "NONE", "bandBasis": "INDEX", "peers": "NONE",
					 "bands": [{"name": "A", "lowerBound": 50}], "noData": "WAIT"}
					""")).andExpect(status().isOk()).andExpect(jsonPath("$.noData").value("WAIT"));
		// the fixture's survey leaf 2.3 has no data for any unit
		mvc.perform(get(api(scene)).with(basic(scene.secretariat())))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].points").value(9.0))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].index")
				.value(contains(nullValue())))
			.andExpect(
					jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].rank").value(contains(nullValue())))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].group")
				.value(contains(nullValue())))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].awaitingData").value(true))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].nodes[0].index").value(87.5))
			.andExpect(jsonPath("$.results[?(@.unit == '" + scene.unit().code() + "')].nodes[1].index")
				.value(contains(nullValue())));
		mvc.perform(get("/results/campaigns/{c}", scene.campaign()).with(user(accounts.principal(scene.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chờ dữ liệu")));
		mvc.perform(get("/results/campaigns/{c}/units/{u}", scene.campaign(), scene.unit().id())
			.with(user(accounts.principal(scene.secretariat()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 tiêu chí chưa có dữ liệu")))
			.andExpect(content().string(containsString("chỉ số sẽ được tính khi đủ dữ liệu")));
	}

	private static String api(SheetFixture.Scene scene) {
		return "/api/v1/campaigns/" + scene.campaign() + "/results";
	}

	private static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
