package vn.parindex.appraisal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.AppraisalDisclosures;
import vn.parindex.assessment.ReviewerScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads and changes an appraised sheet: an appraiser reads only what her assignments
 * allow (a scope standing in for the appraisal's assignments), a unit only its own sheet.
 */
@IntegrationTest
class CouncilAccessTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CouncilFixture council;

	@Test
	void anAppraiserReadsOnlyTheSheetsAssignedToHer() {
		UserView assigned = accounts.create(Role.APPRAISER);
		UserView other = accounts.create(Role.APPRAISER);
		CouncilAccess access = access(
				(username, campaign, unit) -> assigned.username().equals(username) && campaign == 1 && unit == 10);
		assertThatCode(() -> access.requireSheetReader(principal(assigned), 1, 10)).doesNotThrowAnyException();
		assertThatThrownBy(() -> access.requireSheetReader(principal(assigned), 1, 11))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> access.requireSheetReader(principal(other), 1, 10))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aUnitReadsOnlyItsOwnSheetAndTheCouncilStaffReadEvery() {
		CouncilAccess access = access((username, campaign, unit) -> false);
		vn.parindex.assessment.SheetFixture.Scene scene = council.scene();
		long own = scene.unit().id();
		long other = scene.other().id();
		assertThatCode(() -> access.requireSheetReader(principal(scene.officer()), 1, own)).doesNotThrowAnyException();
		assertThatCode(() -> access.requireSheetReader(principal(scene.leader()), 1, own)).doesNotThrowAnyException();
		assertThatThrownBy(() -> access.requireSheetReader(principal(scene.officer()), 1, other))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> access.requireSheetReader(principal(accounts.create(Role.VIEWER)), 1, 10))
			.isInstanceOf(AccessDeniedException.class);
		for (Role role : new Role[] { Role.COUNCIL_CHAIR, Role.SECRETARIAT, Role.ADMIN }) {
			UserView staff = accounts.create(role);
			assertThatCode(() -> access.requireSheetReader(principal(staff), 1, 11)).doesNotThrowAnyException();
		}
	}

	@Test
	void onlyTheChairFinalisesAndOnlyTheSecretariatReopens() {
		CouncilAccess access = access(ReviewerScope.EVERY_SHEET);
		assertThatCode(() -> access.requireChair(principal(accounts.create(Role.COUNCIL_CHAIR))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> access.requireChair(principal(accounts.create(Role.SECRETARIAT))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> access.requireChair(principal(accounts.create(Role.ADMIN))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatCode(() -> access.requireSecretariat(principal(accounts.create(Role.SECRETARIAT))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> access.requireSecretariat(principal(accounts.create(Role.COUNCIL_CHAIR))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static CouncilAccess access(ReviewerScope scope) {
		return new CouncilAccess(new AppraisalDisclosures(
				new StaticListableBeanFactory(Map.of("assignments", scope)).getBeanProvider(ReviewerScope.class)));
	}

	private CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

}
