package vn.parindex.framework;

import vn.parindex.engine.Source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkTreeTests {

	private final FrameworkTree tree = new FrameworkTree(Trees.small());

	@Test
	void aParentsMaximumIsTheSumOfItsChildren() {
		assertThat(tree.maxPoints("1.1")).isEqualByComparingTo("3");
		assertThat(tree.maxPoints("1")).isEqualByComparingTo("4");
		assertThat(tree.maxPoints("2")).isEqualByComparingTo("6");
		assertThat(tree.maxPoints("2.1")).isEqualByComparingTo("4");
	}

	@Test
	void depthTellsAreasCriteriaAndSubCriteriaApart() {
		assertThat(tree.depth("1")).isEqualTo(1);
		assertThat(tree.depth("1.1")).isEqualTo(2);
		assertThat(tree.depth("1.1.2")).isEqualTo(3);
		assertThat(tree.leaves()).extracting(FrameworkNode::code)
			.containsExactly("1.1.1", "1.1.2", "1.2", "2.1", "2.2");
	}

	@Test
	void theSummaryCountsWhatTheDecisionStates() {
		FrameworkSummary summary = tree.summary();
		assertThat(summary.areas()).isEqualTo(2);
		assertThat(summary.criteria()).isEqualTo(4);
		assertThat(summary.subCriteria()).isEqualTo(2);
		assertThat(summary.leaves()).isEqualTo(5);
		assertThat(summary.maxPoints()).isEqualByComparingTo("10");
		assertThat(summary.partMaxPoints()).containsOnlyKeys("Thẩm định");
		assertThat(summary.partMaxPoints().get("Thẩm định")).isEqualByComparingTo("4");
	}

	@Test
	void bonusAndPenaltyStandOutsideTheMaximumAndTheAreaCount() {
		List<FrameworkNode> nodes = Trees.small();
		nodes.add(Trees.area("9", "Điểm thưởng"));
		nodes.add(Trees.leaf("9.1", "9", "2", Source.BONUS, RuleKind.YES_NO, null));
		nodes.add(Trees.leaf("9.2", "9", "1", Source.PENALTY, RuleKind.DEDUCTION, "step=0.5"));
		FrameworkSummary summary = new FrameworkTree(nodes).summary();
		assertThat(summary.areas()).isEqualTo(2);
		assertThat(summary.maxPoints()).isEqualByComparingTo("10");
		assertThat(summary.bonusPoints()).isEqualByComparingTo("2");
		assertThat(summary.penaltyPoints()).isEqualByComparingTo("1");
	}

	@Test
	void movingANodeSwapsItWithItsSiblingAndKeepsItsSubtree() {
		List<FrameworkNode> moved = tree.reordered("2", -1);
		assertThat(moved).extracting(FrameworkNode::code)
			.containsExactly("2", "2.1", "2.2", "1", "1.1", "1.1.1", "1.1.2", "1.2");
		assertThat(new FrameworkTree(tree.reordered("1.1.2", -1)).children("1.1")).extracting(FrameworkNode::code)
			.containsExactly("1.1.2", "1.1.1");
		assertThat(tree.reordered("1", -1)).isEqualTo(tree.nodes());
	}

}
