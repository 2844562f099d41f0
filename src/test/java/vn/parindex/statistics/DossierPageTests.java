package vn.parindex.statistics;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier pages: upload with readable errors, counts per unit and level linking to
 * the dossiers behind them, each with why it counts as it does; a unit's people see their
 * own unit only.
 */
@IntegrationTest
class DossierPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSecretariatUploadsAndReadsTheCountsAndTheDossiersBehindThem() throws Exception {
		UnitView unit = fixture.province();
		UserView secretary = accounts.create(Role.SECRETARIAT);
		DossierFiles file = DossierFiles.csv();
		for (int i = 0; i < 1234; i++) {
			file.row(unit.code(), "G" + i, "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09",
					(i < 1000) ? "2026-01-08" : "2026-01-12", "FINISHED", "0", "0");
		}
		file.row(unit.code(), "H1", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "2026-01-13", "FINISHED", "2",
				"3");
		mvc.perform(multipart("/statistics/dossiers")
			.file(new MockMultipartFile("file", "ho-so.csv", "text/csv", file.bytes()))
			.with(as(secretary))
			.with(csrf()))
			.andExpect(redirectedUrl("/statistics/dossiers"))
			.andExpect(flash().attribute("flashSuccess", "statistics.dossiers.uploaded"));
		String listLink = "/statistics/dossiers/list?unit=" + unit.code()
				+ "&amp;level=COMMUNE&amp;period=2026-Q1&amp;outcome=FINISHED_ON_TIME";
		mvc.perform(get("/statistics/dossiers").param("period", "2026-Q1").with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-unit=\"" + unit.code() + "\""), containsString(listLink),
						containsString(">1.000<"), containsString("81,04%"), containsString("Cấp xã"))));
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("level", "PROVINCE")
			.with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-dossier=\"H1\""),
					containsString("Yêu cầu bổ sung 2 lần: quá một lần là trễ hạn."),
					containsString("Hạn = ngày hẹn trả 09/01/2026"), containsString("+ 3 ngày làm việc chờ bổ sung"))));
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("level", "PROVINCE")
			.param("lang", "en")
			.with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"list-total\">1 dossier</span>")));
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("outcome", "FINISHED_ON_TIME")
			.param("page", "20")
			.with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Trang 20/20"), containsString("1.000 hồ sơ"),
					containsString("Kết thúc ngày 08/01/2026, không muộn hơn hạn 09/01/2026."))));
	}

	@Test
	void aRefusedUploadShowsEveryErrorByLineAndColumn() throws Exception {
		UnitView unit = fixture.province();
		byte[] bytes = DossierFiles.csv()
			.row(unit.code(), "Y1", "", "tỉnh", "ONLINE", "2026-01-05", "2026-01-09", "", "FINISHED", "0", "0")
			.row("KHONG_CO", "Y2", "", "PROVINCE", "ONLINE", "2026-01-05", "2026-01-09", "", "RECEIVED", "0", "0")
			.bytes();
		mvc.perform(
				multipart("/statistics/dossiers").file(new MockMultipartFile("file", "ho-so.csv", "text/csv", bytes))
					.with(as(accounts.create(Role.ADMIN)))
					.with(csrf()))
			.andExpect(content()
				.string(allOf(containsString("id=\"dossier-errors\""), containsString("Tệp hồ sơ có 2 lỗi"),
						containsString("finished_at"), containsString("Không có đơn vị mã &quot;KHONG_CO&quot;."))));
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.with(as(accounts.create(Role.ADMIN)))).andExpect(content().string(containsString("0 hồ sơ")));
	}

	@Test
	void aUnitsPeopleSeeTheirOwnUnitOnly() throws Exception {
		UnitView unit = fixture.province();
		UnitView other = fixture.province();
		UserView secretary = accounts.create(Role.SECRETARIAT);
		DossierFiles file = DossierFiles.csv()
			.row(unit.code(), "U1", "", "COMMUNE", "ONLINE", "2026-02-02", "2026-02-06", "2026-02-05", "FINISHED", "0",
					"0")
			.row(other.code(), "U2", "", "COMMUNE", "ONLINE", "2026-02-02", "2026-02-06", "2026-02-05", "FINISHED", "0",
					"0");
		mvc.perform(
				multipart("/statistics/dossiers").file(new MockMultipartFile("file", "a.csv", "text/csv", file.bytes()))
					.with(as(secretary))
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		UserView leader = accounts.create(Role.UNIT_LEADER, unit.id());
		mvc.perform(get("/statistics/dossiers").param("period", "2026-02").with(as(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-unit=\"" + unit.code() + "\""),
					not(containsString("data-unit=\"" + other.code() + "\"")), not(containsString("dossier-upload")))));
		mvc.perform(get("/statistics/dossiers/list").param("unit", other.code())
			.param("period", "2026-02")
			.with(as(leader))).andExpect(status().isForbidden());
		mvc.perform(get("/statistics/dossiers").with(as(accounts.create(Role.VIEWER))))
			.andExpect(status().isForbidden());
		mvc.perform(
				multipart("/statistics/dossiers").file(new MockMultipartFile("file", "a.csv", "text/csv", file.bytes()))
					.with(as(leader))
					.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void timesAreVietnamsAndPeriodsAreInWords() throws Exception {
		UnitView unit = fixture.province();
		UserView secretary = accounts.create(Role.SECRETARIAT);
		DossierFiles file = DossierFiles.csv()
			.row(unit.code(), "T1", "", "PROVINCE", "ONLINE", "2026-03-02T08:30", "2026-03-05T17:00",
					"2026-03-05T23:30", "FINISHED", "0", "0");
		mvc.perform(
				multipart("/statistics/dossiers").file(new MockMultipartFile("file", "t.csv", "text/csv", file.bytes()))
					.with(as(secretary))
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/statistics/dossiers").param("period", "2026-Q1").with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Số hồ sơ kỳ Quý 1/2026"),
					containsString("Quý trước (Quý 4/2025)"), not(containsString("kỳ 2026-Q1")))));
		mvc.perform(get("/statistics/dossiers").param("period", "2026-03").with(as(secretary)))
			.andExpect(content().string(containsString("Số hồ sơ kỳ Tháng 03/2026")));
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("outcome", "FINISHED_ON_TIME")
			.with(as(secretary)))
			.andExpect(status().isOk())
			// the times as sent, in Vietnam (the server may run in UTC)
			.andExpect(content().string(allOf(containsString("02/03/2026 08:30"), containsString("05/03/2026 17:00"),
					containsString("— kỳ Quý 1/2026"), containsString("Kết thúc ngày 05/03/2026"))));
	}

	@Test
	void aWrongOutcomeInTheAddressSaysWhatToDoWithoutCodeWords() throws Exception {
		UnitView unit = fixture.province();
		mvc.perform(get("/statistics/dossiers/list").param("unit", unit.code())
			.param("period", "2026-Q1")
			.param("outcome", "IN_PROGRESS")
			.with(as(accounts.create(Role.SECRETARIAT))))
			.andExpect(content().string(allOf(containsString("IN_PROGRESS"), containsString("bảng số hồ sơ"),
					not(containsString("FINISHED_ON_TIME,")))));
	}

	private RequestPostProcessor as(UserView someone) {
		return user(accounts.principal(someone));
	}

}
