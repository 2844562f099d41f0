package vn.parindex.framework;

import vn.parindex.engine.Source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.framework.RuleTesting.decimal;
import static vn.parindex.framework.RuleTesting.mean;
import static vn.parindex.framework.RuleTesting.number;
import static vn.parindex.framework.RuleTesting.ratio;

/**
 * The points a leaf earns under its framework's setting for computed points.
 */
class FrameworkViewTests {

	private static final List<FrameworkNode> NODES = List.of(Trees.area("1", "Thủ tục hành chính"),
			Trees.leaf("1.1", "1", "2", Source.STATISTIC, RuleKind.RATIO_TIERS, "indicator=TTHC_DUNG_HAN; linear"),
			Trees.leaf("1.2", "1", "1", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=3"),
			Trees.leaf("1.3", "1", "1.5"));

	private final FrameworkView exact = view(false);

	private final FrameworkView rounding = view(true);

	@Test
	void computedPointsKeepFourDecimalsByDefault() {
		assertThat(exact.points("1.1", ratio(82_978, 86_544))).isEqualTo(decimal("1.9176"));
		assertThat(exact.points("1.2", mean("1.01"))).isEqualTo(decimal("0.005"));
	}

	@Test
	void aFrameworkThatRoundsComputedLeavesRoundsThemHalfUpToTwoDecimals() {
		assertThat(rounding.points("1.1", ratio(82_978, 86_544))).isEqualTo(decimal("1.92"));
		assertThat(rounding.points("1.2", mean("1.01"))).as("0.005 rounds up").isEqualTo(decimal("0.01"));
		assertThat(rounding.points("1.1", ratio(1, 2))).isEqualTo(decimal("1.00"));
	}

	@Test
	void typedPointsAreTheSameEitherWay() {
		assertThat(exact.points("1.3", number("1.25"))).isEqualTo(decimal("1.25"));
		assertThat(rounding.points("1.3", number("1.25"))).isEqualTo(decimal("1.25"));
	}

	@Test
	void theRuleItselfIgnoresTheSetting() {
		FrameworkNode leaf = rounding.tree().node("1.1");
		assertThat(Rule.parse(leaf.rule(), leaf.ruleParams(), leaf.maxPoints()).points(ratio(82_978, 86_544)))
			.isEqualTo(decimal("1.9176"));
	}

	@Test
	void onlyALeafEarnsPoints() {
		assertThatThrownBy(() -> exact.points("1", number("1"))).hasMessageContaining("framework.error.notALeaf");
		assertThatThrownBy(() -> exact.points("9", number("1"))).hasMessageContaining("framework.error.unknownNode");
	}

	private static FrameworkView view(boolean roundComputed) {
		FrameworkSettings settings = new FrameworkSettings("Thử", 2025, "PROVINCE", BigDecimal.ZERO, BigDecimal.ZERO,
				roundComputed);
		FrameworkTree tree = FrameworkTree.of(NODES);
		return new FrameworkView(
				new FrameworkInfo(1, settings, FrameworkStatus.DRAFT, null, Instant.EPOCH, tree.summary()), tree);
	}

}
