package vn.parindex.campaign;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CampaignPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCampaigns test;

	@Autowired
	CampaignCatalog catalog;

	@Test
	void theSecretariatOpensACampaignWithUnitsPickedOneByOne() throws Exception {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("PROVINCE");
		String name = TestCampaigns.unique("Kỳ trang");
		mvc.perform(form(name, test.draftFramework()).param("unitIds", String.valueOf(a.id()), String.valueOf(b.id()))
			.param("phases[0].phase", "SELF_ASSESSMENT")
			.param("phases[0].startsOn", "2026-01-05")
			.param("phases[0].deadline", "2026-02-15")
			.param("phases[1].phase", "APPRAISAL"))
			.andExpect(redirectedUrlPattern("/campaigns/*"))
			.andExpect(flash().attribute("flashSuccess", "campaign.created"));
		CampaignView created = catalog.list().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.unitIds()).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(created.phases()).extracting(PhaseDates::phase).containsExactly(Phase.SELF_ASSESSMENT);
		mvc.perform(get("/campaigns/{id}", created.id()).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15/02/2026")))
			.andExpect(content().string(containsString(a.code())))
			.andExpect(content().string(containsString("/campaigns/" + created.id() + "/progress")));
	}

	@Test
	void choosingAUnitTypeTakesEveryActiveUnitOfIt() throws Exception {
		UnitView ministry = test.unit("MINISTRY");
		String name = TestCampaigns.unique("Kỳ theo loại");
		mvc.perform(form(name, test.draftFramework()).param("unitType", "MINISTRY"))
			.andExpect(redirectedUrlPattern("/campaigns/*"));
		CampaignView created = catalog.list().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.unitIds()).contains(ministry.id());
	}

	@Test
	void badDatesAreShownOnTheFormWithTheirMessage() throws Exception {
		mvc.perform(form(TestCampaigns.unique("Kỳ sai"), test.draftFramework())
			.param("unitIds", String.valueOf(test.unit("PROVINCE").id()))
			.param("phases[0].phase", "SELF_ASSESSMENT")
			.param("phases[0].startsOn", "2026-03-01")
			.param("phases[0].deadline", "2026-02-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giai đoạn Tự đánh giá: ngày bắt đầu sau hạn chót.")));
	}

	@Test
	void anEmptyFormShowsEachFieldsError() throws Exception {
		mvc.perform(post("/campaigns").with(secretariat()).with(csrf()).param("name", "").param("year", "1990"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm phải từ 2000 đến 2200.")))
			.andExpect(content().string(containsString("Không được để trống.")));
	}

	@Test
	void aUnitOfficerListsOnlyHerCampaignsAndCannotOpenOthers() throws Exception {
		UnitView own = test.unit("PROVINCE");
		long mine = test.campaign(Set.of(own.id()), test.selfAssessmentDueIn(5));
		long other = test.campaign(Set.of(test.unit("PROVINCE").id()), List.of());
		RequestPostProcessor officer = user(accounts.principal(accounts.create(Role.UNIT_OFFICER, own.id())));
		mvc.perform(get("/campaigns").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/campaigns/" + mine + "\"")))
			.andExpect(content().string(not(containsString("/campaigns/" + other + "\""))))
			.andExpect(content().string(not(containsString("/campaigns/new"))));
		mvc.perform(get("/campaigns/{id}", other).with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/campaigns/new").with(officer)).andExpect(status().isForbidden());
	}

	@Test
	void theSecretariatMovesTheDatesAndTheHistorySaysWho() throws Exception {
		long id = test.campaign(Set.of(test.unit("PROVINCE").id()), List.of());
		mvc.perform(post("/campaigns/{id}/phases", id).with(secretariat())
			.with(csrf())
			.param("phases[0].phase", "SELF_ASSESSMENT")
			.param("phases[0].startsOn", "2026-05-01")
			.param("phases[0].deadline", "2026-05-20")).andExpect(redirectedUrlPattern("/campaigns/*"));
		mvc.perform(get("/campaigns/{id}", id).with(secretariat()))
			.andExpect(content().string(containsString("20/05/2026")))
			.andExpect(content().string(containsString("Thay đổi lịch")));
		mvc.perform(get("/campaigns/{id}/edit", id).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-05-20\"")));
	}

	@Test
	void aListRowShowsTheCurrentPhaseAndItsDaysLeft() throws Exception {
		long id = test.campaign(Set.of(test.unit("PROVINCE").id()), test.selfAssessmentDueIn(5));
		mvc.perform(get("/campaigns").with(secretariat()))
			.andExpect(content().string(containsString("data-campaign=\"" + id + "\"")))
			.andExpect(content().string(containsString("còn 5 ngày")));
	}

	private MockHttpServletRequestBuilder form(String name, long framework) {
		return post("/campaigns").with(secretariat())
			.with(csrf())
			.param("name", name)
			.param("year", "2025")
			.param("frameworkId", String.valueOf(framework));
	}

	private RequestPostProcessor secretariat() {
		return user(accounts.principal(accounts.create(Role.SECRETARIAT)));
	}

}
