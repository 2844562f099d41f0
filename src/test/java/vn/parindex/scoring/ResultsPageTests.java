package vn.parindex.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.assessment.SheetReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResultsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SheetReview review;

	@Autowired
	ScoringSettingsService settings;

	@Test
	void theRankingShowsTheStoredNumbersInEitherLanguage() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get(page(scene)).with(as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bảng xếp hạng"), containsString("75,00%"),
					containsString("87,50%"), containsString("50,00%"), containsString("9,00"),
					containsString("id=\"group-chart\""), containsString("pi-heat-b"), containsString("pi-heat-d"),
					containsString("/results/campaigns/" + scene.campaign() + "/units/" + scene.unit().id()))));
		mvc.perform(get(page(scene)).param("lang", "en").with(as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ranking"), containsString("75.00%"),
					containsString("87.50%"), containsString("Peer group"))));
	}

	@Test
	void peerGroupsAndTypesAreNamedNotCoded() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get(page(scene)).with(as(viewer)))
			.andExpect(content().string(containsString("<td>Tỉnh, thành phố trực thuộc trung ương</td>")));
		mvc.perform(get(profile(scene, scene.unit().id())).with(as(viewer)))
			.andExpect(content().string(containsString("trong nhóm Tỉnh, thành phố trực thuộc trung ương")));
	}

	@Test
	void filtersKeepTheMatchingUnits() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get(page(scene)).param("group", "C").with(as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-unit=\"" + scene.unit().code() + "\""),
					not(containsString("data-unit=\"" + scene.other().code() + "\"")))));
		mvc.perform(get(page(scene)).param("type", "MINISTRY").with(as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-unit=\"" + scene.unit().code() + "\""))));
	}

	@Test
	void theProfileShowsWhatTheUnitLostAndWhy() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		review.appraise(scene.campaign(), scene.unit().id(), "1.1", new BigDecimal("2"), null, "Kế hoạch ban hành muộn",
				"thamdinh");
		review.finalise(scene.campaign(), scene.unit().id(), "chutich");
		mvc.perform(get(profile(scene, scene.unit().id())).with(as(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("66,67%"), containsString("Hạng 1 / 2"),
					containsString("Kế hoạch ban hành muộn"), containsString("Mất so với tối đa"),
					containsString("/campaigns/" + scene.campaign() + "/sheets/" + scene.unit().id() + "#leaf-1-1"),
					containsString("id=\"component-1\""), containsString("Lĩnh vực mạnh nhất"))));
		mvc.perform(get(profile(scene, scene.unit().id())).param("lang", "en").with(as(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("66.67%"), containsString("Rank 1 of 2"),
					containsString("Deducted by appraisal"))));
	}

	@Test
	void aUnitSeesOnlyItsOwnRowAndProfile() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(get(page(scene)).with(as(scene.otherOfficer())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-unit=\"" + scene.other().code() + "\""),
					not(containsString("data-unit=\"" + scene.unit().code() + "\"")))));
		mvc.perform(get(profile(scene, scene.unit().id())).with(as(scene.otherOfficer())))
			.andExpect(status().isForbidden());
		mvc.perform(get(profile(scene, scene.other().id())).with(as(scene.otherOfficer()))).andExpect(status().isOk());
		mvc.perform(get("/results/campaigns/" + scene.campaign() + "/settings").with(as(scene.officer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void invalidSettingsComeBackWithReadableMessagesAndChangeNothing() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(post("/results/campaigns/" + scene.campaign() + "/settings").with(as(scene.secretariat()))
			.with(csrf())
			.param("method", "COMPETITION")
			.param("tieBreak", "NONE")
			.param("bandBasis", "INDEX")
			.param("bands", "A=90\nB=95\nB=150")
			.param("peers", "UNIT_TYPE")
			.param("peerGroupCount", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tên các nhóm không được trùng nhau."),
					containsString("Ngưỡng các nhóm phải giảm dần"), containsString("phải từ 0 đến 100"))));
		assertThat(settings.of(scene.campaign())).isEqualTo(ScoringSettings.defaults());
	}

	@Test
	void savedSettingsRecomputeAndAreAudited() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(post("/results/campaigns/" + scene.campaign() + "/settings").with(as(scene.secretariat()))
			.with(csrf())
			.param("method", "DENSE")
			.param("tieBreak", "NONE")
			.param("bandBasis", "INDEX")
			.param("bands", "Xuất sắc=70\nTốt=50")
			.param("peers", "NONE")
			.param("peerGroupCount", "3"))
			.andExpect(redirectedUrl(page(scene)))
			.andExpect(flash().attribute("flashSuccess", "scoring.settings.saved"));
		mvc.perform(get(page(scene)).with(as(scene.secretariat())))
			.andExpect(content().string(containsString("Xuất sắc")));
		mvc.perform(get("/results/campaigns/" + scene.campaign() + "/settings").with(as(scene.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Xuất sắc=70"), containsString(scene.secretariat().username()))));
	}

	@Test
	void onlyTheSecretariatRecomputes() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(post(page(scene) + "/recompute").with(as(scene.secretariat())).with(csrf()))
			.andExpect(redirectedUrl(page(scene)))
			.andExpect(flash().attribute("flashSuccess", "scoring.recomputed"));
		mvc.perform(post(page(scene) + "/recompute").with(as(scene.officer())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCampaignsListLinksToTheirResults() throws Exception {
		SheetFixture.Scene scene = fixture.submitted();
		mvc.perform(get("/results").with(as(accounts.create(Role.SECRETARIAT))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/results/campaigns/" + scene.campaign())));
		mvc.perform(get("/results/campaigns/" + scene.campaign() + "/results.xlsx").with(as(scene.officer())))
			.andExpect(status().isOk());
	}

	private RequestPostProcessor as(UserView view) {
		return user(accounts.principal(view));
	}

	private static String page(SheetFixture.Scene scene) {
		return "/results/campaigns/" + scene.campaign();
	}

	private static String profile(SheetFixture.Scene scene, long unit) {
		return page(scene) + "/units/" + unit;
	}

}
