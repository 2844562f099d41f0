package vn.parindex.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService service;

	@Autowired
	AuditLog audit;

	@Test
	void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		String username = "secretary-" + System.nanoTime();
		mvc.perform(post("/admin/users/new").with(user(accounts.principal(admin)))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Nguyễn Thị Thư Ký")
			.param("email", "thuky@example.vn")
			.param("password", "Thu-Ky-Password-1")
			.param("roles", "SECRETARIAT", "VIEWER"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("flashSuccess", "accounts.user.created"));
		mvc.perform(formLogin("/login").user(username).password("Thu-Ky-Password-1"))
			.andExpect(authenticated().withUsername(username).withRoles("SECRETARIAT", "VIEWER"));
		assertThat(audit.find(username, "accounts", AuditAction.USER_CREATED.name(), 0, 10).entries()).singleElement()
			.satisfies((entry) -> assertThat(entry.actor()).isEqualTo(admin.username()));
	}

	@Test
	void theUserListShowsUsersWithTheirRoles() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView appraiser = accounts.create(Role.APPRAISER);
		mvc.perform(get("/admin/users").param("q", appraiser.username()).with(user(accounts.principal(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(appraiser.username())))
			.andExpect(content().string(containsString("Thành viên thẩm định")));
	}

	@Test
	void aUnitRoleWithoutAUnitIsExplainedAndNothingIsCreated() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		String username = "officer-" + System.nanoTime();
		mvc.perform(post("/admin/users/new").with(user(accounts.principal(admin)))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Cán bộ")
			.param("password", "Can-Bo-Password-1")
			.param("roles", "UNIT_OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phải thuộc một đơn vị")));
		assertThat(service.exists(username)).isFalse();
	}

	@Test
	void invalidFieldsAreExplainedNextToTheField() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(post("/admin/users/new").with(user(accounts.principal(admin)))
			.with(csrf())
			.param("username", "bad name!")
			.param("displayName", "")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ dùng chữ không dấu")))
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(content().string(containsString("Cần chọn ít nhất một mục.")))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
	}

	@Test
	void anAdministratorChangesRolesAndTheChangeIsAudited() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(post("/admin/users/{id}", viewer.id()).with(user(accounts.principal(admin)))
			.with(csrf())
			.param("username", viewer.username())
			.param("displayName", "Tên mới")
			.param("roles", "APPRAISER")
			.param("enabled", "true")).andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(service.get(viewer.id()).roles()).containsExactly(Role.APPRAISER);
		assertThat(audit.find(viewer.username(), "accounts", AuditAction.USER_UPDATED.name(), 0, 10).entries())
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).contains("roles=VIEWER").contains("roles=APPRAISER"));
	}

	@Test
	void aResetPasswordIsShownOnceAndWorks() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		Object[] args = (Object[]) mvc
			.perform(post("/admin/users/{id}/password", viewer.id()).with(user(accounts.principal(admin))).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "accounts.user.passwordReset"))
			.andReturn()
			.getFlashMap()
			.get("flashArgs");
		mvc.perform(formLogin("/login").user(viewer.username()).password((String) args[0])).andExpect(authenticated());
		assertThat(audit.find(viewer.username(), "accounts", AuditAction.PASSWORD_RESET.name(), 0, 10).entries())
			.hasSize(1);
	}

	@Test
	void anAdministratorCannotDisableHerself() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		mvc.perform(post("/admin/users/{id}", admin.id()).with(user(accounts.principal(admin)))
			.with(csrf())
			.param("username", admin.username())
			.param("displayName", admin.displayName())
			.param("roles", "ADMIN")
			.param("enabled", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể tự vô hiệu hóa")));
		assertThat(service.get(admin.id()).enabled()).isTrue();
	}

	@Test
	void onlyAdministratorsReachTheAdministrationPages() throws Exception {
		for (Role role : List.of(Role.SECRETARIAT, Role.APPRAISER, Role.VIEWER)) {
			UserView someone = accounts.create(role);
			mvc.perform(get("/admin/users").with(user(accounts.principal(someone)))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/audit").with(user(accounts.principal(someone)))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theAuditLogPageListsAccountEvents() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		UserView viewer = accounts.create(Role.VIEWER);
		mvc.perform(get("/admin/audit").param("q", viewer.username()).with(user(accounts.principal(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(viewer.username())))
			.andExpect(content().string(containsString("Tạo người dùng")));
	}

}
