package vn.parindex.units;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mergers and splits: predecessors cease, lineage is followed across several, and
 * nonsense is refused with a reason.
 */
@IntegrationTest
class UnitLineageTests {

	private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	@Test
	void mergedUnitsBecomeInactiveAndAreCarriedOnByTheUnitTheyMergedInto() {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		UnitView c = province(p + "C");
		RestructuringView merger = units.restructure(
				RestructuringRequest.merge(List.of(a.code(), b.code()), c.code(), JULY_2025, "Nghị quyết thử"),
				"thu.ky");

		assertThat(merger.kind()).isEqualTo(RestructuringKind.MERGE);
		assertThat(merger.recordedBy()).isEqualTo("thu.ky");
		assertThat(merger.predecessors()).extracting(UnitView::code).containsExactly(a.code(), b.code());
		assertThat(units.byId(a.id()).orElseThrow().active()).isFalse();
		assertThat(units.byId(b.id()).orElseThrow().active()).isFalse();
		assertThat(units.byId(c.id()).orElseThrow().active()).isTrue();
		assertThat(units.currentSuccessors(a.id())).extracting(UnitView::code).containsExactly(c.code());
		assertThat(units.predecessors(c.id())).extracting(UnitView::code).containsExactly(a.code(), b.code());
	}

	@Test
	void lineageIsFollowedAcrossAMergerAndALaterSplit() {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		UnitView c = province(p + "C");
		UnitView d = province(p + "D");
		UnitView e = province(p + "E");
		units.restructure(
				RestructuringRequest.merge(List.of(a.code(), b.code()), c.code(), LocalDate.of(2020, 1, 1), null),
				"test");
		units.restructure(RestructuringRequest.split(c.code(), List.of(d.code(), e.code()), JULY_2025, null), "test");

		assertThat(units.currentSuccessors(a.id())).extracting(UnitView::code).containsExactly(d.code(), e.code());
		assertThat(units.currentSuccessors(c.id())).extracting(UnitView::code).containsExactly(d.code(), e.code());
		assertThat(units.currentSuccessors(d.id())).extracting(UnitView::code).containsExactly(d.code());
		assertThat(units.predecessors(e.id())).extracting(UnitView::code).containsExactly(a.code(), b.code(), c.code());
		Lineage lineage = units.lineage(a.id());
		assertThat(lineage.restructurings()).extracting(RestructuringView::kind)
			.containsExactly(RestructuringKind.MERGE, RestructuringKind.SPLIT);
	}

	@Test
	void aUnitNeverRestructuredIsItsOwnSuccessorUnlessDeactivated() {
		String p = TestWorkbooks.prefix();
		UnitView kept = province(p + "KEPT");
		assertThat(units.currentSuccessors(kept.id())).containsExactly(kept);
		assertThat(units.predecessors(kept.id())).isEmpty();
		UnitView closed = units.ensure(new UnitDetails(p + "CLOSED", "Sở Đóng", "DEPARTMENT", null, true), "test");
		units.restructure(RestructuringRequest.merge(List.of(closed.code()), kept.code(), JULY_2025, null), "test");
		assertThat(units.currentSuccessors(closed.id())).extracting(UnitView::code).containsExactly(kept.code());
	}

	@Test
	void nonsenseIsRefusedWithItsReasonAndChangesNothing() {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		UnitView c = province(p + "C");
		refused(RestructuringRequest.merge(List.of(a.code(), b.code()), a.code(), JULY_2025, null),
				"units.error.intoItself", a.code());
		refused(RestructuringRequest.split(a.code(), List.of(b.code()), JULY_2025, null),
				"units.error.splitTwoSuccessors");
		refused(new RestructuringRequest(RestructuringKind.MERGE, JULY_2025, List.of(a.code()),
				List.of(b.code(), c.code()), null), "units.error.mergeOneSuccessor");
		refused(RestructuringRequest.merge(List.of(a.code()), p + "NOWHERE", JULY_2025, null),
				"units.error.unknownUnit", p + "NOWHERE");
		refused(RestructuringRequest.merge(List.of(a.code()), b.code(), LocalDate.now().plusDays(2), null),
				"units.error.futureDate");
		assertThat(List.of(a, b, c))
			.allSatisfy((unit) -> assertThat(units.byId(unit.id()).orElseThrow().active()).isTrue());
		assertThat(units.lineage(a.id()).restructurings()).isEmpty();
	}

	@Test
	void anInactiveSuccessorACeasedPredecessorAndAnEarlierDateAreRefused() {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		UnitView c = province(p + "C");
		UnitView d = province(p + "D");
		units.restructure(RestructuringRequest.merge(List.of(a.code()), b.code(), JULY_2025, null), "test");

		refused(RestructuringRequest.merge(List.of(c.code()), a.code(), JULY_2025, null),
				"units.error.inactiveSuccessor", a.code());
		refused(RestructuringRequest.merge(List.of(a.code()), c.code(), JULY_2025, null), "units.error.alreadyCeased",
				a.code());
		refused(RestructuringRequest.split(b.code(), List.of(c.code(), d.code()), LocalDate.of(2024, 12, 31), null),
				"units.error.beforeEarlierRestructuring", "31/12/2024", b.code(), "01/07/2025");
		assertThat(units.byId(b.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void aCeasedUnitCannotBeReactivated() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		units.restructure(RestructuringRequest.merge(List.of(a.code()), b.code(), JULY_2025, null), "test");
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/{id}/activate", a.id()).with(user(accounts.principal(secretariat))).with(csrf()))
			.andExpect(flash().attribute("flashError", "units.error.ceased"));
		assertThat(units.byId(a.id()).orElseThrow().active()).isFalse();
	}

	@Test
	void theSecretariatRecordsAMergerOnTheFormAndTheUnitPageShowsTheLineage() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		UnitView b = province(p + "B");
		UnitView c = units.ensure(p + "C", "Tỉnh Hợp Nhất", "PROVINCE", null);
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/units/restructurings/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("kind", "MERGE")
			.param("predecessors", a.code() + ", " + b.code())
			.param("successors", c.code())
			.param("effectiveOn", "2025-07-01")
			.param("note", "Nghị quyết 202/2025/QH15")
			.param("from", String.valueOf(a.id())))
			.andExpect(redirectedUrl("/units/" + a.id()))
			.andExpect(flash().attribute("flashSuccess", "units.restructuring.recorded"));
		mvc.perform(get("/units/{id}", a.id()).with(user(accounts.principal(secretariat))))
			.andExpect(content().string(containsString("Nghị quyết 202/2025/QH15")))
			.andExpect(content().string(containsString("01/07/2025")))
			.andExpect(content().string(containsString("Tỉnh Hợp Nhất")))
			.andExpect(content().string(containsString("Sáp nhập, chia tách")))
			.andExpect(content().string(containsString(secretariat.username())));
		mvc.perform(post("/units/restructurings/new").with(user(accounts.principal(secretariat)))
			.with(csrf())
			.param("kind", "MERGE")
			.param("predecessors", c.code())
			.param("successors", c.code())
			.param("effectiveOn", "2025-08-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể sáp nhập vào chính nó")));
	}

	@Test
	void theApiRecordsARestructuringAndAnswersTheLineage() throws Exception {
		String p = TestWorkbooks.prefix();
		UnitView a = province(p + "A");
		province(p + "B");
		province(p + "C");
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		mvc.perform(post("/api/v1/units/restructurings").with(httpBasic(secretariat.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "SPLIT", "effectiveOn": "2025-07-01", "predecessors": ["%sA"],
					 "successors": ["%sB", "%sC"], "note": "Chia tách thử"}
					""".formatted(p, p, p)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SPLIT"))
			.andExpect(jsonPath("$.effectiveOn").value("2025-07-01"))
			.andExpect(jsonPath("$.predecessors[0]").value(p + "A"))
			.andExpect(jsonPath("$.recordedBy").value(secretariat.username()));
		mvc.perform(get("/api/v1/units/{code}/lineage", p + "A")
			.with(httpBasic(accounts.create(Role.VIEWER).username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"unit": "%sA", "predecessors": [], "successors": ["%sB", "%sC"],
					 "restructurings": [{"kind": "SPLIT", "predecessors": ["%sA"], "successors": ["%sB", "%sC"],
					                     "note": "Chia tách thử"}]}
					""".formatted(p, p, p, p, p, p)));
		UserView officer = accounts.create(Role.UNIT_OFFICER, a.id());
		mvc.perform(post("/api/v1/units/restructurings").with(httpBasic(officer.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "MERGE", "effectiveOn": "2025-07-01", "predecessors": ["%sB"], "successors": ["%sC"]}
					""".formatted(p, p)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/units/restructurings").with(httpBasic(secretariat.username(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "MERGE", "effectiveOn": "2025-07-01", "predecessors": ["%sB"], "successors": ["%sA"]}
					""".formatted(p, p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Đơn vị tiếp nhận „" + p + "A“ đang ngừng hoạt động."));
	}

	private UnitView province(String code) {
		return units.ensure(code, "Tỉnh " + code, "PROVINCE", null);
	}

	private void refused(RestructuringRequest request, String messageKey, Object... arguments) {
		assertThatThrownBy(() -> units.restructure(request, "test")).isInstanceOfSatisfying(ErrorResponse.class,
				(ex) -> {
					assertThat(ex.getDetailMessageCode()).isEqualTo(messageKey);
					if (arguments.length > 0) {
						assertThat(ex.getDetailMessageArguments()).containsExactly(arguments);
					}
				});
	}

}
