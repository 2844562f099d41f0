package vn.parindex.appraisal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one leaf of an appraised sheet adds up to, in plain Java: whether it is decided,
 * adjusted, and the points it lost.
 */
class AppraisalOutcomeLineTests {

	private static final FrameworkNode LEAF = leaf(Source.SELF);

	@Test
	void anUndecidedLeafLosesNothingAndIsNotAdjusted() {
		AppraisalOutcome.Line line = line(LEAF, "3", false, null, null);
		assertThat(line.decided()).isFalse();
		assertThat(line.adjusted()).isFalse();
		assertThat(line.lost()).isEqualByComparingTo("0");
		assertThat(line.appraisedPoints()).isEqualByComparingTo("3");
	}

	@Test
	void fewerAppraisedPointsAreLostMoreAreNot() {
		assertThat(line(LEAF, "3", false, "2.25", null).lost()).isEqualByComparingTo("0.75");
		AppraisalOutcome.Line raised = line(LEAF, "2", false, "4", null);
		assertThat(raised.adjusted()).isTrue();
		assertThat(raised.lost()).isEqualByComparingTo("0");
		AppraisalOutcome.Line accepted = line(LEAF, "3", false, "3.00", null);
		assertThat(accepted.decided()).isTrue();
		assertThat(accepted.adjusted()).isFalse();
	}

	@Test
	void aRejectedClaimLosesTheMaximumLessTheAppraisedPoints() {
		AppraisalOutcome.Line rejected = line(LEAF, null, true, "1.5", false);
		assertThat(rejected.decided()).isTrue();
		assertThat(rejected.adjusted()).isTrue();
		assertThat(rejected.lost()).isEqualByComparingTo("2.5");
		assertThat(line(LEAF, null, true, null, false).lost()).isEqualByComparingTo("4");
	}

	@Test
	void anAcceptedClaimLosesNothingAndAnUndecidedClaimWaits() {
		AppraisalOutcome.Line accepted = line(LEAF, null, true, null, true);
		assertThat(accepted.decided()).isTrue();
		assertThat(accepted.adjusted()).isFalse();
		assertThat(accepted.lost()).isEqualByComparingTo("0");
		assertThat(accepted.appraisedPoints()).isNull();
		assertThat(line(LEAF, null, true, "2", null).decided()).isFalse();
	}

	@Test
	void bonusAndPenaltyLeavesAreDecidedButLoseNothing() {
		FrameworkNode bonus = leaf(Source.BONUS);
		assertThat(line(bonus, "2", false, null, null).decided()).isFalse();
		AppraisalOutcome.Line cut = line(bonus, "2", false, "1", null);
		assertThat(cut.decided()).isTrue();
		assertThat(cut.adjusted()).isTrue();
		assertThat(cut.lost()).isEqualByComparingTo("0");
	}

	private static AppraisalOutcome.Line line(FrameworkNode leaf, String self, boolean claimed, String appraised,
			Boolean verdict) {
		return new AppraisalOutcome.Line(leaf, new LeafEntry(leaf.code(), null, decimal(self), claimed,
				claimed ? "Không phát sinh" : null, null, decimal(appraised), verdict, null), null);
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static FrameworkNode leaf(Source source) {
		return new FrameworkNode("1.1", "1", "Tiêu chí 1.1", null, new BigDecimal("4"), source, RuleKind.MANUAL,
				"step=0.25", null, null, false);
	}

}
