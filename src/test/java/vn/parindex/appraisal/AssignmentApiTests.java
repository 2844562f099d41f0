package vn.parindex.appraisal;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.appraisal.DecisionApiTests.basic;

@IntegrationTest
class AssignmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAppraisals appraisals;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatAssignsListsAndRemovesAndEveryChangeIsAudited() throws Exception {
		TestAppraisals.Setup setup = appraisals.submitted();
		UserView secretariat = setup.scene().secretariat();
		UserView newcomer = accounts.create(Role.APPRAISER);
		String base = "/api/v1/campaigns/" + setup.scene().campaign() + "/appraisal/assignments";
		mvc.perform(get(base).with(basic(secretariat))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
		String created = assign(base, secretariat,
				"{\"appraiser\": \"" + newcomer.username() + "\", \"unitCode\": \"" + setup.scene().other().code()
						+ "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitId").value(setup.scene().other().id()))
			.andExpect(jsonPath("$.assignedBy").value(secretariat.username()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assign(base, secretariat, "{\"appraiser\": \"" + newcomer.username() + "\", \"unitCode\": \""
				+ setup.scene().other().code() + "\"}")
			.andExpect(status().isConflict());
		assign(base, secretariat, "{\"appraiser\": \"" + newcomer.username() + "\", \"area\": \"7\"}")
			.andExpect(status().isBadRequest());
		assign(base, secretariat, "{\"appraiser\": \"" + setup.scene().officer().username() + "\", \"area\": \"1\"}")
			.andExpect(status().isBadRequest());
		assign(base, secretariat, "{\"appraiser\": \"" + newcomer.username() + "\"}")
			.andExpect(status().isBadRequest());
		assign(base, setup.appraiser(), "{\"appraiser\": \"" + newcomer.username() + "\", \"area\": \"1\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get(base).with(basic(setup.appraiser()))).andExpect(status().isForbidden());

		String otherSheet = "/api/v1/campaigns/" + setup.scene().campaign() + "/sheets/" + setup.scene().other().code();
		mvc.perform(get(otherSheet).with(basic(newcomer))).andExpect(status().isOk());
		int id = JsonPath.read(created, "$.id");
		mvc.perform(delete(base + "/" + id).with(basic(setup.appraiser()))).andExpect(status().isForbidden());
		mvc.perform(delete(base + "/" + id).with(basic(secretariat))).andExpect(status().isNoContent());
		mvc.perform(delete(base + "/" + id).with(basic(secretariat))).andExpect(status().isNotFound());
		mvc.perform(get(otherSheet).with(basic(newcomer))).andExpect(status().isForbidden());
		assertThat(
				jdbc.sql("select action from appraisal_event where scope_id = :c and new_value like :who order by id")
					.param("c", setup.scene().campaign())
					.param("who", newcomer.username() + "%")
					.query(String.class)
					.list())
			.containsExactly("ASSIGNED", "UNASSIGNED");
	}

	private ResultActions assign(String base, UserView user, String json) throws Exception {
		return mvc.perform(post(base).with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
