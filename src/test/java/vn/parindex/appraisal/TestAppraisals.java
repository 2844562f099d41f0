package vn.parindex.appraisal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;

import org.springframework.stereotype.Component;

/**
 * A submitted sheet (9 of 12 points, 2.2 claimed not applicable) with an appraiser
 * assigned to the unit, another assigned to area 2, one assigned to nothing there, and
 * the council's chair.
 */
@Component
class TestAppraisals {

	private final SheetFixture sheets;

	private final TestAccounts accounts;

	private final Assignments assignments;

	TestAppraisals(SheetFixture sheets, TestAccounts accounts, Assignments assignments) {
		this.sheets = sheets;
		this.accounts = accounts;
		this.assignments = assignments;
	}

	Setup submitted() {
		return setup(sheets.submitted());
	}

	Setup draft() {
		return setup(sheets.scene());
	}

	private Setup setup(SheetFixture.Scene scene) {
		UserView appraiser = accounts.create(Role.APPRAISER);
		UserView areaAppraiser = accounts.create(Role.APPRAISER);
		UserView unassigned = accounts.create(Role.APPRAISER);
		CurrentUser secretariat = principal(scene.secretariat());
		assignments.assign(scene.campaign(), appraiser.username(), scene.unit().id(), null, secretariat);
		assignments.assign(scene.campaign(), areaAppraiser.username(), null, "2", secretariat);
		return new Setup(scene, appraiser, areaAppraiser, unassigned, accounts.create(Role.COUNCIL_CHAIR));
	}

	CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

	record Setup(SheetFixture.Scene scene, UserView appraiser, UserView areaAppraiser, UserView unassigned,
			UserView chair) {

		String api() {
			return "/api/v1/campaigns/" + scene.campaign() + "/appraisal/sheets/" + scene.unit().code();
		}

		String page() {
			return "/appraisal/campaigns/" + scene.campaign() + "/units/" + scene.unit().id();
		}

	}

}
