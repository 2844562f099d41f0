package vn.parindex.assessment;

import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AppraisalDisclosure.Audience;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of who sees the council's work, audience by audience, before and after the
 * chair finalises.
 */
class AppraisalDisclosureTests {

	@Test
	void theCouncilSeesEverythingAtOnce() {
		for (boolean finalised : new boolean[] { false, true }) {
			AppraisalDisclosure council = new AppraisalDisclosure(Audience.COUNCIL, finalised);
			assertThat(council.verdicts()).isTrue();
			assertThat(council.reasons()).isTrue();
			assertThat(council.questions()).isTrue();
			assertThat(council.assignments()).isTrue();
		}
	}

	@Test
	void theUnitSeesItsQuestionsAtOnceAndTheVerdictsAndReasonsOnceFinal() {
		AppraisalDisclosure before = new AppraisalDisclosure(Audience.UNIT, false);
		assertThat(before.verdicts()).isFalse();
		assertThat(before.reasons()).isFalse();
		assertThat(before.questions()).isTrue();
		AppraisalDisclosure after = new AppraisalDisclosure(Audience.UNIT, true);
		assertThat(after.verdicts()).isTrue();
		assertThat(after.reasons()).isTrue();
		assertThat(after.assignments()).isFalse();
	}

	@Test
	void everybodyElseSeesTheOfficialPointsOnceFinalAndNeverTheReasonsOrQuestions() {
		AppraisalDisclosure before = new AppraisalDisclosure(Audience.OTHERS, false);
		assertThat(before.verdicts()).isFalse();
		AppraisalDisclosure after = new AppraisalDisclosure(Audience.OTHERS, true);
		assertThat(after.verdicts()).isTrue();
		assertThat(after.reasons()).isFalse();
		assertThat(after.questions()).isFalse();
		assertThat(after.assignments()).isFalse();
	}

}
