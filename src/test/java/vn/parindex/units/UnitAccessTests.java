package vn.parindex.units;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void aUnitOfficerSeesHerUnitButIsDeniedAnother() throws Exception {
		UnitView own = units.ensure("T-OWN-" + System.nanoTime(), "Tỉnh Thử Nghiệm", "PROVINCE", null);
		UnitView other = units.ensure("T-OTHER-" + System.nanoTime(), "Tỉnh Láng Giềng", "PROVINCE", null);
		UserView officer = accounts.create(Role.UNIT_OFFICER, own.id());
		mvc.perform(get("/units/{id}", own.id()).with(user(accounts.principal(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Thử Nghiệm")));
		mvc.perform(get("/units/{id}", other.id()).with(user(accounts.principal(officer))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units").with(user(accounts.principal(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Thử Nghiệm")))
			.andExpect(content().string(not(containsString("Tỉnh Láng Giềng"))));
	}

	@Test
	void theSecretariatSeesEveryUnit() throws Exception {
		UnitView one = units.ensure("T-ONE-" + System.nanoTime(), "Bộ Thử Nghiệm", "MINISTRY", null);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(get("/units/{id}", one.id()).with(user(accounts.principal(secretariat))))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownUnitIs404() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(get("/units/{id}", Long.MAX_VALUE).with(user(accounts.principal(secretariat))))
			.andExpect(status().isNotFound());
	}

}
