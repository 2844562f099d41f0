package vn.parindex.statistics;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics profile of a unit, and the statistic leaves on the unit's sheet and in
 * the council's review: read only, with their figures, source, state and points.
 */
@IntegrationTest
class StatisticPageTests {

	@Autowired
	StatisticScoringScenes scenes;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, UserView user) {
		return request.with(user(accounts.principal(user)));
	}

	String profile(StatisticScoringScenes.Scene s) {
		return "/campaigns/" + s.campaign() + "/statistics/units/" + s.province().id();
	}

	@Test
	void theUnitSeesItsProfileQuarterByQuarterAndNotAnotherUnits() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		UserView own = accounts.create(Role.UNIT_OFFICER, s.province().id());
		mvc.perform(as(get(profile(s)), own))
			.andExpect(status().isOk())
			// the year and its quarters, in Vietnamese number formats
			.andExpect(content().string(containsString("82.978 / 86.544")))
			.andExpect(content().string(containsString("95,88%")))
			// a year is no number with thousands
			.andExpect(content().string(containsString("Quý 1/2026")))
			.andExpect(content().string(not(containsString("2.026"))))
			.andExpect(content().string(containsString("40.000 / 41.500")))
			.andExpect(content().string(containsString("Chưa có số liệu")))
			.andExpect(content().string(containsString("Không phát sinh (0/0)")))
			.andExpect(content().string(containsString("1,9176 / 2,00 điểm")))
			.andExpect(content().string(containsString("Tạm tính")))
			.andExpect(content().string(containsString("Nguồn: mot-cua-tinh")))
			// the periods the figures add up, in words
			.andExpect(content().string(containsString("Kỳ số liệu: Quý 1/2026, Quý 2/2026")))
			.andExpect(content().string(containsString(
					"/statistics/observations?unit=" + s.province().code() + "&amp;indicator=" + s.tinh().code())))
			// the unit does not adjust
			.andExpect(content().string(not(containsString("Lưu điều chỉnh"))));
		mvc.perform(as(get("/campaigns/" + s.campaign() + "/statistics/units/" + s.other().id()), own))
			.andExpect(status().isForbidden());
		mvc.perform(as(get(profile(s)), accounts.create(Role.VIEWER))).andExpect(status().isOk());
	}

	@Test
	void theSecretariatAdjustsOnTheProfileWithAReasonShownInPlaceWhenMissing() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		String form = profile(s) + "/leaves/1.2/adjustment";
		mvc.perform(as(post(form).with(csrf()).param("points", "1,5"), s.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nêu lý do điều chỉnh")));
		mvc.perform(as(post(form).with(csrf()).param("points", "1,5").param("reason", "Số liệu cấp huyện gửi trùng"),
				s.secretariat()))
			.andExpect(redirectedUrl(profile(s) + "#leaf-1-2"));
		mvc.perform(as(get(profile(s)), s.secretariat()))
			.andExpect(content().string(containsString("Hội đồng điều chỉnh: 1,50 điểm")))
			.andExpect(content().string(containsString("Lý do: Số liệu cấp huyện gửi trùng")))
			.andExpect(content().string(containsString("Lưu điều chỉnh")));
		mvc.perform(as(post(form).with(csrf()).param("points", "1").param("reason", "x"),
				accounts.create(Role.UNIT_LEADER, s.province().id())))
			.andExpect(status().isForbidden());
		mvc.perform(as(post(form + "/withdraw").with(csrf()), s.secretariat()))
			.andExpect(redirectedUrl(profile(s) + "#leaf-1-2"));
		assertThat(jdbc.queryForObject("select count(*) from statistic_leaf_adjustment where campaign_id = ?",
				Integer.class, s.campaign()))
			.isZero();
	}

	@Test
	void theSheetAndTheReviewShowTheStatisticLeavesReadOnly() throws Exception {
		StatisticScoringScenes.Scene s = scenes.observed(false);
		UserView own = accounts.create(Role.UNIT_OFFICER, s.province().id());
		mvc.perform(as(get("/campaigns/" + s.campaign() + "/sheets/" + s.province().id()), own))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm tính tự động từ số liệu thống kê")))
			.andExpect(content().string(containsString("82.978 / 86.544")))
			.andExpect(content().string(containsString("Chưa có số liệu")))
			.andExpect(content().string(containsString(profile(s))));
		jdbc.update("update assessment_sheet set status = 'SUBMITTED' where campaign_id = ? and unit_id = ?",
				s.campaign(), s.province().id());
		mvc.perform(as(get("/appraisal/campaigns/" + s.campaign() + "/units/" + s.province().id()),
				accounts.create(Role.COUNCIL_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiêu chí tính từ số liệu thống kê (chỉ xem)")))
			.andExpect(content().string(containsString("46.500 / 79.640")))
			.andExpect(content().string(containsString("(58,39%)")));
	}

}
