package vn.parindex.appraisal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AppraisalReportTests {

	@Autowired
	CouncilCampaign campaigns;

	@Autowired
	CouncilFixture council;

	@Autowired
	AppraisalReports reports;

	@Autowired
	Finalisation finalisation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void eachUnitsSelfAssessedIndexStandsBesideItsAppraisedOneLargestAdjustmentFirst() {
		CouncilCampaign.Dataset data = campaigns.create();
		AppraisalReport report = reports.report(data.campaign(), false, council.principal(secretariat()));
		assertThat(report.units()).extracting((row) -> row.unit().id())
			.containsExactly(data.u1().id(), data.u2().id(), data.u3().id());
		AppraisalReport.UnitRow u1 = report.units().get(0);
		assertThat(u1.self().index()).isEqualByComparingTo("100");
		assertThat(u1.appraised().points()).isEqualByComparingTo("7");
		assertThat(u1.appraised().index()).isEqualByComparingTo("63.6363636364");
		assertThat(u1.indexAdjustment()).isEqualByComparingTo("36.3636363636");
		assertThat(u1.pointsAdjustment()).isEqualByComparingTo("4");
		assertThat(u1.lost()).isEqualByComparingTo("4");
		AppraisalReport.UnitRow u2 = report.units().get(1);
		assertThat(u2.self().applicableMax()).isEqualByComparingTo("9");
		assertThat(u2.appraised().applicableMax()).isEqualByComparingTo("11");
		assertThat(u2.indexAdjustment()).isEqualByComparingTo("17.1717171717");
		assertThat(u2.pointsAdjustment()).isEqualByComparingTo("0");
		assertThat(u2.lost()).isEqualByComparingTo("2");
		AppraisalReport.UnitRow u3 = report.units().get(2);
		assertThat(u3.indexAdjustment()).isEqualByComparingTo("4.5454545455");
		assertThat(u3.pointsAdjustment()).isEqualByComparingTo("0.5");
		assertThat(u3.lost()).isEqualByComparingTo("1.5");
		assertThat(u3.adjustments()).isEqualTo(3);
		AppraisalReport.Averages averages = report.averages();
		assertThat(averages.units()).isEqualTo(3);
		assertThat(averages.selfIndex()).isEqualByComparingTo("92.0875420875");
		assertThat(averages.appraisedIndex()).isEqualByComparingTo("72.7272727273");
		assertThat(averages.indexAdjustment()).isEqualByComparingTo("19.3602693603");
		assertThat(averages.shownIndexAdjustment()).isEqualByComparingTo("19.36");
		assertThat(averages.pointsAdjustment()).isEqualByComparingTo("1.5");
		assertThat(averages.lost()).isEqualByComparingTo("7.5");
	}

	@Test
	void theMostDeductedCriteriaRankByPointsLostAndByUnitsLosingPoints() {
		CouncilCampaign.Dataset data = campaigns.create();
		AppraisalReport.Losses losses = reports.report(data.campaign(), false, council.principal(secretariat()))
			.losses();
		// a rejected not-applicable claim loses the leaf's maximum less the appraised
		// points
		assertThat(losses.leavesByPoints())
			.extracting((loss) -> loss.node().code(), (loss) -> loss.points().toPlainString(),
					AppraisalReport.NodeLoss::units)
			.containsExactly(tuple("1.2.1", "3.00", 1), tuple("1.1.1", "2.00", 3), tuple("2.1.2", "1.50", 1),
					tuple("2.1.1", "1.00", 1));
		assertThat(losses.leavesByUnits()).extracting((loss) -> loss.node().code())
			.containsExactly("1.1.1", "1.2.1", "2.1.2", "2.1.1");
		assertThat(losses.criteriaByPoints())
			.extracting((loss) -> loss.node().code(), (loss) -> loss.points().toPlainString(),
					AppraisalReport.NodeLoss::units)
			.containsExactly(tuple("1.2", "3.00", 1), tuple("2.1", "2.50", 2), tuple("1.1", "2.00", 3));
		assertThat(losses.criteriaByUnits()).extracting((loss) -> loss.node().code())
			.containsExactly("1.1", "2.1", "1.2");
		assertThat(losses.areasByPoints())
			.extracting((loss) -> loss.node().code(), (loss) -> loss.points().toPlainString(),
					AppraisalReport.NodeLoss::units)
			.containsExactly(tuple("1", "5.00", 3), tuple("2", "2.50", 2));
		assertThat(losses.leavesByPoints().get(0).node().name()).isEqualTo("Tiêu chí 1.2.1");
	}

	@Test
	void theReportCanCountFinalisedSheetsOnly() {
		CouncilCampaign.Dataset data = campaigns.create();
		UserView chair = council.chair();
		finalisation.finalise(data.campaign(), data.u1().id(), council.principal(chair));
		finalisation.finalise(data.campaign(), data.u3().id(), council.principal(chair));
		AppraisalReport report = reports.report(data.campaign(), true, council.principal(chair));
		assertThat(report.units()).extracting((row) -> row.unit().id()).containsExactly(data.u1().id(), data.u3().id());
		assertThat(report.losses().leavesByPoints())
			.extracting((loss) -> loss.node().code(), (loss) -> loss.points().toPlainString(),
					AppraisalReport.NodeLoss::units)
			.containsExactly(tuple("1.2.1", "3.00", 1), tuple("1.1.1", "1.50", 2), tuple("2.1.1", "1.00", 1));
		assertThat(reports.report(data.campaign(), false, council.principal(chair)).units()).hasSize(3);
	}

	@Test
	void theApiAnswersTheSameFiguresToTheCouncilOnly() throws Exception {
		CouncilCampaign.Dataset data = campaigns.create();
		String api = "/api/v1/campaigns/" + data.campaign() + "/appraisal/report";
		UserView chair = council.chair();
		mvc.perform(get(api).with(httpBasic(chair.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].unit").value(data.u1().code()))
			.andExpect(jsonPath("$.units[2].unit").value(data.u3().code()))
			.andExpect(jsonPath("$.averages.units").value(3))
			// exact 92.0875420875… and 36.3636363636… are published rounded half-up
			.andExpect(jsonPath("$.averages.selfIndex").value(92.09))
			.andExpect(jsonPath("$.units[0].indexAdjustment").value(36.36))
			.andExpect(jsonPath("$.mostDeducted.leaves.byPoints[0].code").value("1.2.1"))
			.andExpect(jsonPath("$.mostDeducted.leaves.byUnits[0].code").value("1.1.1"))
			.andExpect(jsonPath("$.mostDeducted.leaves.byUnits[0].units").value(3))
			.andExpect(jsonPath("$.mostDeducted.criteria.byPoints[1].code").value("2.1"));
		UserView officer = accounts.create(Role.UNIT_OFFICER, data.u1().id());
		mvc.perform(get(api).with(httpBasic(officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		UserView appraiser = council.appraiser();
		mvc.perform(get(api).with(httpBasic(appraiser.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReportPageShowsFiguresInTheReadersLanguage() throws Exception {
		CouncilCampaign.Dataset data = campaigns.create();
		String page = "/appraisal/campaigns/" + data.campaign() + "/report";
		UserView secretariat = secretariat();
		mvc.perform(get(page).with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo kết quả thẩm định")))
			.andExpect(content().string(containsString("63,64%")))
			.andExpect(content().string(containsString("36,36")))
			.andExpect(content().string(containsString("data-node=\"1.2.1\"")));
		mvc.perform(get(page).param("level", "criterion")
			.cookie(new Cookie("parindex-lang", "en"))
			.with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Most deducted criteria")))
			.andExpect(content().string(containsString("63.64%")))
			.andExpect(content().string(containsString("data-node=\"2.1\"")));
		byte[] xlsx = mvc.perform(get(page + ".xlsx").with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(vn.parindex.workbook.WorkbookWriter.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Đơn vị");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(data.u1().code());
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(9).getNumericCellValue()).isEqualTo(4.0);
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.2.1");
		}
		UserView officer = accounts.create(Role.UNIT_OFFICER, data.u2().id());
		mvc.perform(get(page).with(user(accounts.principal(officer)))).andExpect(status().isForbidden());
	}

	private UserView secretariat() {
		return accounts.create(Role.SECRETARIAT);
	}

}
