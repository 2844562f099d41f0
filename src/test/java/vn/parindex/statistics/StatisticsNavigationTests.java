package vn.parindex.statistics;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How each role finds the statistics pages: the navigation, the statistics index and the
 * campaign's page link to what the role may open, and to nothing it may not.
 */
@IntegrationTest
class StatisticsNavigationTests {

	private static final String NAV_LINK = "class=\"nav-link\" href=\"/statistics\"";

	@Autowired
	StatisticScoringScenes scenes;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, UserView user) {
		return request.with(user(accounts.principal(user)));
	}

	@Test
	void aViewerFindsTheStatisticsSheMayReadAndNoDossiers() throws Exception {
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(as(get("/"), viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NAV_LINK)));
		mvc.perform(as(get("/statistics"), viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"link-observations\""),
					not(containsString("id=\"link-dossiers\"")), not(containsString("id=\"link-import\"")))));
		mvc.perform(as(get("/statistics/dossiers"), viewer)).andExpect(status().isForbidden());
	}

	@Test
	void aUnitsPeopleFindTheirOwnDossiers() throws Exception {
		StatisticScoringScenes.Scene s = scenes.scene(false);
		for (Role role : new Role[] { Role.UNIT_OFFICER, Role.UNIT_LEADER }) {
			UserView own = accounts.create(role, s.province().id());
			mvc.perform(as(get("/statistics"), own))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(NAV_LINK), containsString("id=\"link-dossiers\""))));
			mvc.perform(as(get("/statistics/dossiers"), own)).andExpect(status().isOk());
		}
		mvc.perform(as(get("/statistics"), s.secretariat()))
			.andExpect(content()
				.string(allOf(containsString("id=\"link-dossiers\""), containsString("id=\"link-import\""))));
	}

	@Test
	void theIndexReadsWellInEnglish() throws Exception {
		StatisticScoringScenes.Scene s = scenes.scene(false);
		mvc.perform(as(get("/statistics").param("lang", "en"), accounts.create(Role.UNIT_OFFICER, s.province().id())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Your unit&#39;s figures"), containsString("Your unit&#39;s dossiers"),
						containsString("Your unit&#39;s statistics"), not(containsString("&#39;&#39;")))));
		mvc.perform(as(get("/statistics").param("lang", "en"), accounts.create(Role.APPRAISER)))
			.andExpect(content()
				.string(allOf(containsString("The units&#39; figures"), not(containsString("&#39;&#39;")))));
	}

	@Test
	void theCampaignPageLinksToItsBoardAndAUnitsPeopleToTheirProfile() throws Exception {
		StatisticScoringScenes.Scene s = scenes.scene(false);
		String board = "href=\"/campaigns/" + s.campaign() + "/statistics/board\"";
		String ownProfile = "href=\"/campaigns/" + s.campaign() + "/statistics/units/" + s.province().id() + "\"";
		for (Role role : new Role[] { Role.SECRETARIAT, Role.ADMIN, Role.APPRAISER, Role.COUNCIL_CHAIR, Role.VIEWER }) {
			mvc.perform(as(get("/campaigns/" + s.campaign()), accounts.create(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(board), not(containsString("/statistics/units/")))));
		}
		for (Role role : new Role[] { Role.UNIT_OFFICER, Role.UNIT_LEADER }) {
			UserView own = accounts.create(role, s.province().id());
			mvc.perform(as(get("/campaigns/" + s.campaign()), own))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(board), containsString(ownProfile))));
			mvc.perform(as(get("/campaigns/" + s.campaign() + "/statistics/units/" + s.province().id()), own))
				.andExpect(status().isOk());
		}
	}

}
