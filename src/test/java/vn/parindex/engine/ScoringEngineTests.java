package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.parindex.engine.Scheme.Node;
import vn.parindex.engine.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Scoring one unit, by the examples of the methodology (sections 2–4).
 */
class ScoringEngineTests {

	static final long M = UnitInput.MISSING;

	/**
	 * Area 1: 1.1 (4), criterion 1.2 with 1.2.1 (3) and 1.2.2 (1, districts only); area
	 * 2: 2.1 survey (2), 2.2 statistic (2); area 3: bonus 3.1 (2, cap 1), penalty 3.2 (3,
	 * cap 2). Parts: "appraised" (area 1), "impact" (area 2).
	 */
	static final Scheme MODEL = Scheme
		.of(List.of(node("1", null, 0, Source.SELF, null), node("1.1", "1", 400, Source.SELF, "appraised"),
				node("1.2", "1", 0, Source.SELF, null), node("1.2.1", "1.2", 300, Source.SELF, "appraised"),
				new Node("1.2.2", "1.2", 100, Source.SELF, "appraised", Set.of("District")),
				node("2", null, 0, Source.SELF, null), node("2.1", "2", 200, Source.SURVEY, "impact"),
				node("2.2", "2", 200, Source.STATISTIC, "impact"), node("3", null, 0, Source.SELF, null),
				node("3.1", "3", 200, Source.BONUS, null), node("3.2", "3", 300, Source.PENALTY, null)), 100, 200);

	private final ScoringEngine engine = new ScoringEngine(MODEL, Options.defaults());

	static Node node(String code, String parent, long max, Source kind, String part) {
		return new Node(code, parent, max, kind, part, Set.of());
	}

	/** Leaves 1.1, 1.2.1, 1.2.2, 2.1, 2.2, 3.1, 3.2. */
	static UnitInput unit(String type, long... points) {
		return new UnitInput(1, type, true, false, points, points, null, null);
	}

	private Figures self(UnitInput input) {
		return this.engine.score(input).self();
	}

	@Test
	void modelNumbersLeavesComponentsAndParts() {
		assertThat(MODEL.leafCount()).isEqualTo(7);
		assertThat(MODEL.leafIndex("2.1")).isEqualTo(3);
		assertThat(MODEL.leafIndex("1.2")).isEqualTo(-1);
		assertThat(MODEL.components()).containsExactly("1", "1.2", "2", "3");
		assertThat(MODEL.parts()).containsExactly("appraised", "impact");
	}

	@Test
	void indexIsPointsOverApplicableMaximum() {
		Figures figures = self(unit("district", 400, 300, 50, 200, 200, 0, 0));
		assertThat(figures.points()).isEqualTo(1150);
		assertThat(figures.max()).isEqualTo(1200);
		assertThat(figures.percent()).isEqualByComparingTo("95.83");
		assertThat(figures.componentPoints()).containsExactly(750, 350, 400, 0);
		assertThat(figures.componentMax()).containsExactly(800, 400, 400, 0);
		assertThat(figures.partPoints()).containsExactly(750, 400);
		assertThat(figures.partMax()).containsExactly(800, 400);
	}

	@Test
	void percentagesRoundHalfUpToTwoDecimalsForDisplayOnly() {
		assertThat(Percent.of(200, 300)).isEqualTo(new BigDecimal("66.67"));
		assertThat(Percent.of(1150, 1200)).isEqualTo(new BigDecimal("95.83"));
		assertThat(Percent.of(1, 8)).isEqualTo(new BigDecimal("12.50"));
		assertThat(Percent.of(1, 800)).isEqualTo(new BigDecimal("0.13"));
		assertThat(Percent.of(0, 0)).isNull();
		assertThat(Percent.of(new BigDecimal("11.50"), new BigDecimal("12"))).isEqualTo(new BigDecimal("95.83"));
	}

	@Test
	void leafRestrictedToOtherUnitTypesLeavesTheMaximum() {
		Figures province = self(unit("province", 400, 300, 100, 200, 200, 0, 0));
		assertThat(province.max()).isEqualTo(1100);
		assertThat(province.points()).isEqualTo(1100);
		assertThat(MODEL.appliesTo(2, "DISTRICT")).isTrue();
		assertThat(self(unit("DISTRICT", 400, 300, 100, 200, 200, 0, 0)).max()).isEqualTo(1200);
		assertThat(self(unit(null, 400, 300, 100, 200, 200, 0, 0)).max()).isEqualTo(1100);
	}

	@Test
	void notApplicableLeafLeavesTheDenominator() {
		long[] points = { 0, 300, 100, 200, 200, 0, 0 };
		boolean[] claims = { true, false, false, false, false, false, false };
		UnitInput input = new UnitInput(1, "district", true, false, points, points, claims, null);
		UnitResult result = this.engine.score(input);
		assertThat(result.self().max()).isEqualTo(800);
		assertThat(result.self().percent()).isEqualByComparingTo("100");
		// the council did not accept the claim: the leaf counts, with 0 points
		assertThat(result.appraised().max()).isEqualTo(1200);
		assertThat(result.appraised().points()).isEqualTo(800);
	}

	@Test
	void surveyOrStatisticWithoutValueHasNoDataAndTheIndexIsRescaled() {
		Figures figures = self(unit("district", 400, 300, 100, M, 100, 0, 0));
		assertThat(figures.max()).isEqualTo(1000);
		assertThat(figures.points()).isEqualTo(900);
		assertThat(figures.partMax()).containsExactly(800, 200);
		assertThat(figures.noData().leaves()).as("no data, not 'not applicable'").isEqualTo(1);
		assertThat(figures.noData().components()[MODEL.componentIndex("2")]).isEqualTo(1);
		assertThat(figures.noData().components()[MODEL.componentIndex("1")]).isZero();
		assertThat(figures.noData().parts()).containsExactly(0, 1);
		assertThat(figures.percent()).isEqualByComparingTo("90");
		Figures claimed = this.engine
			.score(new UnitInput(1, "district", true, false, new long[] { 400, 300, 100, 200, 100, 0, 0 }, null,
					new boolean[] { false, false, false, true, false, false, false }, null))
			.self();
		assertThat(claimed.max()).as("a claim leaves the denominator too").isEqualTo(1000);
		assertThat(claimed.noData()).as("but it is no missing data").isEqualTo(Figures.NoData.NONE);
	}

	@Test
	void waitingForDataWithholdsTheIndicesItConcernsAndTheRank() {
		Options defaults = Options.defaults();
		ScoringEngine waiting = new ScoringEngine(MODEL,
				new Options(defaults.method(), defaults.tieBreak(), defaults.bandBasis(), defaults.bands(),
						defaults.peers(), defaults.peerGroupCount(), NoDataPolicy.WAIT));
		UnitResult pending = waiting.score(unit("district", 400, 300, 100, M, 100, 0, 0));
		Figures figures = pending.self();
		assertThat(figures.points()).as("the points gathered so far are kept").isEqualTo(900);
		assertThat(figures.hasIndex()).isFalse();
		assertThat(figures.awaitingData()).isTrue();
		assertThat(figures.percent()).isNull();
		assertThat(figures.componentPercent(MODEL.componentIndex("2"))).isNull();
		assertThat(figures.componentPercent(MODEL.componentIndex("1"))).isEqualByComparingTo("100");
		assertThat(figures.partPercent(1)).isNull();
		UnitResult complete = waiting
			.score(new UnitInput(2, "district", true, false, new long[] { 400, 300, 100, 200, 100, 0, 0 },
					new long[] { 400, 300, 100, 200, 100, 0, 0 }, null, null));
		assertThat(complete.self().percent()).isEqualByComparingTo("91.67");
		Ranking ranking = waiting.rank(List.of(pending, complete));
		assertThat(ranking.places().get(1L).rank()).as("no rank while data is awaited").isNull();
		assertThat(ranking.places().get(2L).rank()).isEqualTo(1);
	}

	@Test
	void everyLeafsCountedPointsOrStateAreReported() {
		LeafScores scores = this.engine
			.scoreLeaves(new UnitInput(1, "province", true, false, new long[] { 500, 300, 100, M, 100, 200, 0 }, null,
					new boolean[] { false, true, false, false, false, false, false }, null));
		assertThat(scores.self()).containsExactly(400, LeafState.NOT_APPLICABLE, LeafState.NOT_FOR_TYPE,
				LeafState.NO_DATA, 100, 200, 0);
		// nothing appraised: self-scored leaves count 0, measured ones have no data
		assertThat(scores.appraised()).containsExactly(0, 0, LeafState.NOT_FOR_TYPE, LeafState.NO_DATA,
				LeafState.NO_DATA, 0, 0);
		assertThat(scores.result()).isEqualTo(this.engine
			.score(new UnitInput(1, "province", true, false, new long[] { 500, 300, 100, M, 100, 200, 0 }, null,
					new boolean[] { false, true, false, false, false, false, false }, null)));
	}

	@Test
	void selfLeafWithoutValueScoresZeroButStaysApplicable() {
		Figures figures = self(unit("district", M, 300, 100, 200, 200, M, M));
		assertThat(figures.max()).isEqualTo(1200);
		assertThat(figures.points()).isEqualTo(800);
	}

	@Test
	void componentWithNothingApplicableHasNoIndex() {
		Figures figures = self(unit("district", 400, 300, 100, M, M, 0, 0));
		int area2 = MODEL.componentIndex("2");
		assertThat(figures.componentMax()[area2]).isZero();
		assertThat(figures.componentPercent(area2)).isNull();
		assertThat(figures.partPercent(1)).isNull();
		assertThat(figures.componentPercent(MODEL.componentIndex("3"))).isNull();
		assertThat(figures.componentPercent(MODEL.componentIndex("1"))).isEqualByComparingTo("100");
	}

	@Test
	void unitWithNothingApplicableHasNoIndex() {
		boolean[] all = new boolean[7];
		Arrays.fill(all, true);
		long[] points = { 400, 300, 100, 200, 200, 200, 0 };
		UnitResult result = this.engine.score(new UnitInput(1, "district", true, false, points, points, all, all));
		assertThat(result.self().hasIndex()).isFalse();
		assertThat(result.self().percent()).isNull();
		assertThat(result.self().points()).isZero();
	}

	@Test
	void bonusAndPenaltyCountWithinTheirCaps() {
		Figures bonus = self(unit("district", 200, 200, 0, 100, 100, 200, 0));
		assertThat(bonus.bonus()).isEqualTo(100);
		assertThat(bonus.points()).isEqualTo(700);
		Figures penalty = self(unit("district", 200, 200, 0, 100, 100, 50, 300));
		assertThat(penalty.penalty()).isEqualTo(200);
		assertThat(penalty.points()).isEqualTo(600 + 50 - 200);
		assertThat(penalty.max()).isEqualTo(1200);
	}

	@Test
	void totalIsClampedToTheApplicableMaximumAndToZero() {
		Figures full = self(unit("district", 400, 300, 100, 200, 200, 200, 0));
		assertThat(full.points()).isEqualTo(1200);
		assertThat(full.bonus()).isEqualTo(100);
		Figures none = self(unit("district", 0, 100, 0, 0, 0, 0, 300));
		assertThat(none.points()).isZero();
		assertThat(none.penalty()).isEqualTo(200);
	}

	@Test
	void leafPointsOutsideTheirBoundsAreClamped() {
		Figures figures = self(unit("district", 900, -50, 100, 200, 200, 0, 0));
		assertThat(figures.componentPoints()[MODEL.componentIndex("1")]).isEqualTo(500);
		assertThat(figures.points()).isEqualTo(900);
	}

	@Test
	void officialFiguresAreAppraisedOnceFinalised() {
		long[] self = { 400, 300, 100, 200, 200, 0, 0 };
		long[] appraised = { 200, 300, 100, 200, 200, 0, 0 };
		UnitResult open = this.engine.score(new UnitInput(1, "district", true, false, self, appraised, null, null));
		UnitResult done = this.engine.score(new UnitInput(1, "district", true, true, self, appraised, null, null));
		assertThat(open.official().points()).isEqualTo(1200);
		assertThat(done.official().points()).isEqualTo(1000);
		assertThat(done.self()).isEqualTo(open.self());
	}

	@Test
	void inputsOfTheWrongLengthAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.engine.score(unit("district", 1, 2, 3)));
	}

	@Test
	void malformedFrameworksAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Scheme
			.of(List.of(node("1", null, 1, Source.SELF, null), node("1", null, 1, Source.SELF, null)), 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scheme.of(List.of(node("1.1", "1", 1, Source.SELF, null)), 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scheme.of(List.of(node("1", null, -1, Source.SELF, null)), 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Scheme.of(List.of(node("1", "2", 0, Source.SELF, null),
				node("2", "1", 0, Source.SELF, null), node("3", "2", 1, Source.SELF, null)), 0, 0));
	}

	@Test
	void amountsConvertExactlyToFourDecimals() {
		assertThat(Amounts.of(new BigDecimal("11.5"))).isEqualTo(115_000);
		assertThat(Amounts.of(new BigDecimal("1.9174"))).isEqualTo(19_174);
		assertThat(Amounts.toDecimal(115_000)).isEqualTo(new BigDecimal("11.5000"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> Amounts.of(new BigDecimal("0.12345")));
	}

}
