package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;
import vn.parindex.engine.Ranking.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Ranks, groups and peer groups (methodology, section 5).
 */
class RankingTests {

	private static final Scheme MODEL = ScoringEngineTests.MODEL;

	private static final Options NO_PEERS = Options.defaults().withPeers(Peers.NONE, 1);

	static UnitResult result(long id, String type, boolean ranked, long points, long max) {
		Figures figures = new Figures(points, max, new long[0], new long[0], new long[0], new long[0], 0, 0);
		Figures other = new Figures(0, 0, new long[0], new long[0], new long[0], new long[0], 0, 0);
		return new UnitResult(id, type, ranked, true, other, figures);
	}

	private static Ranking rank(Options options, UnitResult... results) {
		return new ScoringEngine(MODEL, options).rank(List.of(results));
	}

	private static List<Integer> ranks(Ranking ranking) {
		List<Integer> ranks = new ArrayList<>();
		ranking.places().values().forEach((place) -> ranks.add(place.rank()));
		return ranks;
	}

	@Test
	void tiesShareARankInCompetitionRanking() {
		Ranking ranking = rank(NO_PEERS, result(1, "p", true, 900, 1000), result(2, "p", true, 80, 100),
				result(3, "p", true, 160, 200), result(4, "p", true, 700, 1000), result(5, "p", true, 1000, 1000));
		assertThat(ranks(ranking)).containsExactly(2, 3, 3, 5, 1);
	}

	@Test
	void denseRankingLeavesNoGaps() {
		Ranking ranking = rank(NO_PEERS.withMethod(RankMethod.DENSE), result(1, "p", true, 900, 1000),
				result(2, "p", true, 80, 100), result(3, "p", true, 160, 200), result(4, "p", true, 700, 1000));
		assertThat(ranks(ranking)).containsExactly(1, 2, 2, 3);
	}

	@Test
	void indicesAreComparedExactly() {
		// 1/3 and 333333/1000000 differ by less than a display rounding
		Ranking ranking = rank(NO_PEERS, result(1, "p", true, 100, 300), result(2, "p", true, 333_333, 1_000_000),
				result(3, "p", true, Long.MAX_VALUE / 3, Long.MAX_VALUE));
		assertThat(ranks(ranking)).containsExactly(1, 3, 2);
		assertThat(Ratios.compare(Long.MAX_VALUE - 1, Long.MAX_VALUE, Long.MAX_VALUE - 2, Long.MAX_VALUE - 1))
			.isPositive();
	}

	@Test
	void tiesAreBrokenOnlyByADeclaredKey() {
		UnitResult small = result(1, "p", true, 80, 100);
		UnitResult large = result(2, "p", true, 160, 200);
		assertThat(ranks(rank(NO_PEERS, small, large))).containsExactly(1, 1);
		assertThat(ranks(rank(NO_PEERS.withTieBreak(TieBreak.POINTS), small, large))).containsExactly(2, 1);
		assertThat(ranks(rank(NO_PEERS.withTieBreak(TieBreak.APPLICABLE_MAX), small, large))).containsExactly(2, 1);
		assertThat(ranks(rank(NO_PEERS.withTieBreak(TieBreak.POINTS), small, result(3, "p", true, 80, 100))))
			.containsExactly(1, 1);
	}

	@Test
	void unitsNotRankedOrWithoutIndexHaveNoRank() {
		Ranking ranking = rank(NO_PEERS.withBands(Basis.INDEX, List.of(new Band("A", BigDecimal.ZERO))),
				result(1, "p", false, 1000, 1000), result(2, "p", true, 0, 0), result(3, "p", true, 500, 1000));
		assertThat(ranks(ranking)).containsExactly(null, null, 1);
		assertThat(ranking.places().get(1L).group()).isEqualTo("A");
		assertThat(ranking.places().get(2L).group()).isNull();
	}

	@Test
	void bandsOnTheIndexIncludeTheirLowerBoundExactly() {
		Options options = NO_PEERS.withBands(Basis.INDEX, List.of(new Band("C", new BigDecimal("70")),
				new Band("A", new BigDecimal("90")), new Band("B", new BigDecimal("80"))));
		Ranking ranking = rank(options, result(1, "p", true, 900, 1000), result(2, "p", true, 899_999, 1_000_000),
				result(3, "p", true, 800, 1000), result(4, "p", true, 699, 1000), result(5, "p", true, 1000, 1000),
				result(6, "p", true, 1050, 1500));
		assertThat(ranking.places().values()).extracting(Place::group).containsExactly("A", "B", "B", null, "A", "C");
	}

	@Test
	void bandBoundsMayHaveTwoDecimals() {
		Options options = NO_PEERS.withBands(Basis.INDEX, List.of(new Band("A", new BigDecimal("66.67"))));
		Ranking ranking = rank(options, result(1, "p", true, 200, 300), result(2, "p", true, 6667, 10000));
		// 2/3 = 66.666…% is below 66.67% although it displays as 66.67
		assertThat(ranking.places().values()).extracting(Place::group).containsExactly(null, "A");
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoringEngine(MODEL,
				NO_PEERS.withBands(Basis.INDEX, List.of(new Band("A", new BigDecimal("66.666"))))));
	}

	@Test
	void bandsOnPoints() {
		Options options = NO_PEERS.withBands(Basis.POINTS,
				List.of(new Band("Tốt", new BigDecimal("40")), new Band("Khá", new BigDecimal("30"))));
		Ranking ranking = rank(options, result(1, "p", true, 400_000, 500_000), result(2, "p", true, 399_999, 400_000),
				result(3, "p", true, 300_000, 900_000), result(4, "p", true, 299_999, 300_000));
		assertThat(ranking.places().values()).extracting(Place::group).containsExactly("Tốt", "Khá", "Khá", null);
	}

	@Test
	void peerGroupsByUnitType() {
		Ranking ranking = rank(Options.defaults(), result(1, "ministry", true, 900, 1000),
				result(2, "province", true, 950, 1000), result(3, "ministry", true, 800, 1000),
				result(4, "province", false, 990, 1000), result(5, "province", true, 700, 1000));
		assertThat(ranking.places().values()).extracting(Place::peerGroup)
			.containsExactly("ministry", "province", "ministry", "province", "province");
		assertThat(ranking.places().values()).extracting(Place::peerRank).containsExactly(1, 1, 2, null, 2);
		assertThat(ranks(ranking)).containsExactly(2, 1, 3, null, 4);
	}

	@Test
	void peerGroupsBySimilarApplicableMaximumNeverSplitEqualMaxima() {
		Ranking ranking = rank(Options.defaults().withPeers(Peers.APPLICABLE_MAX, 3), result(1, "p", true, 900, 10000),
				result(2, "p", true, 9000, 10000), result(3, "p", true, 800, 9000), result(4, "p", true, 700, 9000),
				result(5, "p", true, 900, 9000), result(6, "p", true, 700, 5000), result(7, "p", true, 600, 5000),
				result(8, "p", false, 600, 5000), result(9, "p", true, 100, 4000));
		assertThat(ranking.places().values()).extracting(Place::peerGroup)
			.containsExactly("1", "1", "2", "2", "2", "3", "3", null, "3");
		assertThat(ranking.places().values()).extracting(Place::peerRank).containsExactly(2, 1, 2, 3, 1, 1, 2, null, 3);
	}

	@Test
	void peerGroupsByApplicableMaximumAreFewerWhenMaximaAreEqual() {
		Ranking ranking = rank(Options.defaults().withPeers(Peers.APPLICABLE_MAX, 3), result(1, "p", true, 90, 100),
				result(2, "p", true, 80, 100), result(3, "p", true, 80, 100), result(4, "p", true, 30, 50));
		assertThat(ranking.places().values()).extracting(Place::peerGroup).containsExactly("1", "1", "1", "2");
		assertThat(ranking.places().values()).extracting(Place::peerRank).containsExactly(1, 2, 2, 1);
	}

	@Test
	void peerRanksFollowTheRankingMethod() {
		Ranking ranking = rank(Options.defaults().withMethod(RankMethod.DENSE), result(1, "a", true, 90, 100),
				result(2, "a", true, 90, 100), result(3, "a", true, 80, 100), result(4, "b", true, 95, 100));
		assertThat(ranking.places().values()).extracting(Place::peerRank).containsExactly(1, 1, 2, 1);
		assertThat(ranks(ranking)).containsExactly(2, 2, 3, 1);
	}

	@Test
	void correlationBetweenApplicableMaximumAndIndex() {
		Ranking negative = rank(NO_PEERS, result(1, "p", true, 100, 100), result(2, "p", true, 150, 200),
				result(3, "p", true, 100, 300), result(4, "p", false, 400, 400));
		assertThat(negative.correlation()).isCloseTo(-0.98974, org.assertj.core.data.Offset.offset(0.00001));
		Ranking perfect = rank(NO_PEERS, result(1, "p", true, 10, 100), result(2, "p", true, 40, 200),
				result(3, "p", true, 90, 300));
		assertThat(perfect.correlation()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
	}

	@Test
	void noCorrelationWithFewerThanThreeUnitsOrWithoutVariance() {
		assertThat(rank(NO_PEERS, result(1, "p", true, 10, 100), result(2, "p", true, 20, 200)).correlation()).isNull();
		assertThat(rank(NO_PEERS, result(1, "p", true, 10, 100), result(2, "p", true, 20, 100),
				result(3, "p", true, 30, 100))
			.correlation()).isNull();
		assertThat(rank(NO_PEERS, result(1, "p", true, 1, 3), result(2, "p", true, 2, 6), result(3, "p", true, 3, 9))
			.correlation()).isNull();
	}

	@Test
	void aUnitAppearsOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> rank(NO_PEERS, result(1, "p", true, 1, 3), result(1, "p", true, 2, 6)));
	}

	@Test
	void incompleteOptionsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Options.defaults().withPeers(Peers.APPLICABLE_MAX, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Options.defaults().withMethod(null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Band("A", null));
		assertThat(new Options(RankMethod.DENSE, TieBreak.NONE, Basis.INDEX, null, Peers.NONE, 0, null).bands())
			.isEmpty();
	}

}
