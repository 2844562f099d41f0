package vn.parindex.statistics;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics pages: the import's preview before it is applied, applied once and as
 * shown; a figure typed, a correction that needs a reason, the history; missing shown as
 * missing; a unit's people kept to their own unit; the indicator catalog's forms.
 */
@IntegrationTest
class FeedPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	ObservationImports imports;

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserView who, B request) {
		return request.with(user(accounts.principal(who))).with(csrf());
	}

	private long stage(UserView who, String csv) throws Exception {
		String location = mvc
			.perform(as(who,
					multipart("/statistics/import").file(new MockMultipartFile("file", "quy-3.csv", "text/csv",
							csv.getBytes(StandardCharsets.UTF_8)))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/statistics/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void anImportIsPreviewedThenAppliedOnceAsShown() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		fixture.observations.write(
				java.util.List.of(NewObservation.ratio(unit.id(), ratio.id(), Period.quarter(2026, 1),
						java.math.BigDecimal.valueOf(80), java.math.BigDecimal.valueOf(100))),
				"tep-so-lieu", ObservationChannel.FILE, "test");
		fixture.observations.write(
				java.util.List.of(NewObservation.ratio(unit.id(), ratio.id(), Period.quarter(2026, 2),
						java.math.BigDecimal.valueOf(7), java.math.BigDecimal.valueOf(10))),
				"tep-so-lieu", ObservationChannel.FILE, "test");
		String csv = "unit,indicator,period,numerator,denominator\n" + unit.code() + "," + ratio.code()
				+ ",2026-Q1,90,100\n" + unit.code() + "," + ratio.code() + ",2026-Q2,7,10\n" + unit.code() + ","
				+ ratio.code() + ",2026-Q3,5,5\n";
		long id = stage(secretariat, csv);
		// nothing changed yet
		assertThat(fixture.history(unit, ratio)).hasSize(2);
		mvc.perform(as(secretariat, get("/statistics/import/" + id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-new\">1<")))
			.andExpect(content().string(containsString("id=\"count-replaced\">1<")))
			.andExpect(content().string(containsString("id=\"count-unchanged\">1<")))
			.andExpect(content().string(containsString("<del>80 / 100</del>")))
			.andExpect(content().string(containsString("id=\"apply-form\"")));
		mvc.perform(as(secretariat, post("/statistics/import/" + id + "/apply")))
			.andExpect(redirectedUrl("/statistics/import/" + id));
		assertThat(fixture.history(unit, ratio)).containsExactly("2026-Q1 tep-so-lieu 80.0000/100.0000 (replaced)",
				"2026-Q2 tep-so-lieu 7.0000/10.0000", "2026-Q1 tep-so-lieu 90.0000/100.0000",
				"2026-Q3 tep-so-lieu 5.0000/5.0000");
		// applied twice: refused, nothing doubled
		mvc.perform(as(secretariat, post("/statistics/import/" + id + "/apply")))
			.andExpect(content().string(containsString("đã được cập nhật")));
		assertThat(fixture.history(unit, ratio)).hasSize(4);
		mvc.perform(as(secretariat, get("/statistics/import/" + id)))
			.andExpect(content().string(containsString("id=\"applied\"")))
			.andExpect(content().string(not(containsString("id=\"apply-form\""))));
	}

	@Test
	void anImportWhoseFiguresChangedSinceItsPreviewIsNotApplied() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		UnitView unit = fixture.province();
		Indicator ratio = fixture.ratio();
		long id = stage(secretariat, "unit,indicator,period,numerator,denominator\n" + unit.code() + "," + ratio.code()
				+ ",2026-Q1,90,100\n" + unit.code() + "," + ratio.code() + ",2026-Q2,1,2\n");
		fixture.ratio(unit, ratio, "2026-Q1", 85, 100, "tep-so-lieu");
		mvc.perform(as(secretariat, get("/statistics/import/" + id)))
			.andExpect(content().string(containsString("id=\"stale\"")));
		mvc.perform(as(secretariat, post("/statistics/import/" + id + "/apply")))
			.andExpect(content().string(containsString("đã thay đổi kể từ khi xem trước")));
		assertThat(fixture.history(unit, ratio)).containsExactly("2026-Q1 tep-so-lieu 85.0000/100.0000");
		assertThat(imports.preview(id).applied()).isFalse();
	}

	@Test
	void anImportWithErrorsShowsThemAndStagesNothing() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		Integer before = fixture.jdbc.queryForObject("select count(*) from statistic_import", Integer.class);
		mvc.perform(as(secretariat,
				multipart("/statistics/import").file(new MockMultipartFile("file", "sai.csv", "text/csv",
						"unit,indicator,period,value\nKHONG_CO,TTHC_DUNG_HAN,2026-Q1,5\n"
							.getBytes(StandardCharsets.UTF_8)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(containsString("KHONG_CO")));
		assertThat(fixture.jdbc.queryForObject("select count(*) from statistic_import", Integer.class))
			.isEqualTo(before);
		mvc.perform(as(accounts.create(Role.APPRAISER), get("/statistics/import"))).andExpect(status().isForbidden());
	}

	@Test
	void aCorrectionNeedsAReasonKeptInTheHistory() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		UnitView unit = fixture.province();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		String page = "/statistics/observations?unit=" + unit.code() + "&indicator=" + count.code() + "&period=2026-Q2";
		mvc.perform(as(secretariat, get(page)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có số liệu")));
		mvc.perform(as(secretariat,
				post("/statistics/observations").param("unit", unit.code())
					.param("indicator", count.code())
					.param("period", "2026-Q2")
					.param("value", "12")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(as(secretariat,
				post("/statistics/observations").param("unit", unit.code())
					.param("indicator", count.code())
					.param("period", "2026-q2")
					.param("value", "14")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reason"));
		assertThat(fixture.history(unit, count)).containsExactly("2026-Q2 nhap-tay 12.0000");
		mvc.perform(as(secretariat,
				post("/statistics/observations").param("unit", unit.code())
					.param("indicator", count.code())
					.param("period", "2026-Q2")
					.param("source", "nhap-tay")
					.param("value", "14")
					.param("reason", "Báo cáo quý II gửi lại")))
			.andExpect(status().is3xxRedirection());
		assertThat(fixture.history(unit, count)).containsExactly("2026-Q2 nhap-tay 12.0000 (replaced)",
				"2026-Q2 nhap-tay 14.0000");
		assertThat(fixture.jdbc.queryForObject(
				"select reason from statistic_observation where unit_id = ? and replaced_at is null", String.class,
				unit.id()))
			.isEqualTo("Báo cáo quý II gửi lại");
		mvc.perform(as(secretariat, get(page)))
			.andExpect(content().string(containsString("Báo cáo quý II gửi lại")))
			.andExpect(content().string(containsString(secretariat.username())))
			.andExpect(content().string(containsString("Nhập tay")));
		assertThat(fixture.jdbc.queryForObject(
				"select count(*) from statistic_event where action = 'OBSERVATION_CORRECTED' and unit_id = ?",
				Integer.class, unit.id()))
			.isEqualTo(1);
	}

	@Test
	void aUnitsPeopleSeeTheirOwnUnitOnlyAndCannotWrite() throws Exception {
		UnitView own = fixture.province();
		UnitView other = fixture.province();
		Indicator count = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		fixture.value(own, count, "2026-Q1", "4", "a");
		fixture.value(other, count, "2026-Q1", "9", "a");
		UserView leader = accounts.create(Role.UNIT_LEADER, own.id());
		mvc.perform(as(leader, get("/statistics/observations").param("indicator", count.code())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-key=\"" + own.code() + "/")))
			.andExpect(content().string(not(containsString("data-key=\"" + other.code() + "/"))));
		mvc.perform(as(leader, get("/statistics/observations").param("unit", other.code())))
			.andExpect(status().isForbidden());
		mvc.perform(as(leader,
				post("/statistics/observations").param("unit", own.code())
					.param("indicator", count.code())
					.param("period", "2026-Q1")
					.param("value", "5")))
			.andExpect(status().isForbidden());
		mvc.perform(as(leader, get("/statistics")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"link-import\""))));
	}

	@Test
	void theCatalogsFormsShowEveryErrorBesideItsField() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(as(secretariat,
				post("/statistics/indicators").param("code", "sai mã")
					.param("name", "")
					.param("kind", "COUNT")
					.param("numeratorLabel", "x")
					.param("periodAggregation", "SUM")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "code", "name"));
		String code = StatisticsFixture.unique("ct_trang_");
		mvc.perform(as(secretariat,
				post("/statistics/indicators").param("code", code)
					.param("name", "Chỉ tiêu trên trang")
					.param("kind", "RATIO")
					.param("numeratorLabel", "Đạt")
					.param("denominatorLabel", "Tổng")
					.param("periodAggregation", "SUM")))
			.andExpect(redirectedUrl("/statistics/indicators/" + code));
		Indicator created = fixture.indicators.byCode(code).orElseThrow();
		mvc.perform(as(secretariat,
				post("/statistics/indicators/" + code).param("name", "Tên mới")
					.param("kind", "RATIO")
					.param("numeratorLabel", "Đạt")
					.param("denominatorLabel", "Tổng")
					.param("periodAggregation", "LAST")
					.param("version", String.valueOf(created.version()))))
			.andExpect(redirectedUrl("/statistics/indicators/" + code));
		assertThat(fixture.indicators.byCode(code).orElseThrow().periodAggregation()).isEqualTo(PeriodAggregation.LAST);
		mvc.perform(as(accounts.create(Role.VIEWER), get("/statistics/indicators/" + code)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên mới")))
			.andExpect(content().string(not(containsString("id=\"indicator-edit\""))));
	}

}
