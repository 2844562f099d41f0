package vn.parindex.assessment;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.campaign.SubmissionStatus;
import vn.parindex.framework.RuleInput;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign's reminders ask the self-assessment who has not submitted.
 */
@IntegrationTest
class SubmissionStatusTests {

	@Autowired
	SubmissionStatus status;

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@Test
	void submittedUnitsAreNoLongerReminded() {
		SheetFixture.Scene scene = fixture.scene();
		assertThat(status).isInstanceOf(ProgressBoard.class);
		assertThat(status.unitsNotSubmitted(scene.campaign())).containsExactlyInAnyOrder(scene.unit().id(),
				scene.other().id());
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assessment.enter(campaign, unit, "1.1", new RuleInput.Number(new java.math.BigDecimal("4")), officer);
		assessment.explain(campaign, unit, "1.1", "Kế hoạch số 1", officer);
		assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(true), officer);
		assessment.enter(campaign, unit, "1.3", new RuleInput.Level("Tốt"), officer);
		assessment.enter(campaign, unit, "2.1", new RuleInput.Ratio(java.math.BigDecimal.ONE, java.math.BigDecimal.ONE),
				officer);
		assessment.enter(campaign, unit, "2.2", new RuleInput.Count(java.math.BigDecimal.ZERO), officer);
		assessment.submit(campaign, unit, (CurrentUser) accounts.principal(scene.leader()));
		assertThat(status.unitsNotSubmitted(campaign)).containsExactly(scene.other().id());
	}

}
