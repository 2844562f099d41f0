package vn.parindex.system;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void healthIsOpenButShowsNoDetailsToAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void administratorsSeeHealthDetailsAndMetrics() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(get("/actuator/health").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void otherActuatorEndpointsAreForAdministratorsOnly() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(httpBasic(secretariat.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void withADatasourceUrlTheEmbeddedDatabaseIsNeverStarted() {
		assertThat(context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
		assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
	}

}
