package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;
import vn.parindex.engine.Scheme.Node;
import vn.parindex.engine.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the engine over many seeded random campaigns: small frameworks (few
 * leaves, so ties are common) and random ranking options.
 */
class ScoringPropertiesTests {

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 150);
	}

	static SyntheticCampaign campaign(long seed) {
		Random random = new Random(seed);
		return SyntheticCampaign.generate(seed, 5 + random.nextInt(60), 3 + random.nextInt(30));
	}

	static Options options(long seed) {
		Random random = new Random(~seed);
		Options options = Options.defaults()
			.withMethod(RankMethod.values()[random.nextInt(2)])
			.withTieBreak(TieBreak.values()[random.nextInt(3)])
			.withPeers(Peers.values()[random.nextInt(3)], 1 + random.nextInt(5));
		return random.nextBoolean()
				? options.withBands(Basis.INDEX,
						List.of(new Band("A", new BigDecimal("90")), new Band("B", new BigDecimal("80.5")),
								new Band("C", new BigDecimal("66.67"))))
				: options.withBands(Basis.POINTS,
						List.of(new Band("X", new BigDecimal("20")), new Band("Y", new BigDecimal("10.25"))));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void addingANotApplicableLeafNeverChangesTheFigures(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		Scheme model = campaign.model();
		Random random = new Random(seed);
		List<Node> nodes = new ArrayList<>(campaign.nodes());
		String parent = model.components().get(random.nextInt(model.components().size()));
		int position = nodes.indexOf(nodes.stream().filter((n) -> n.code().equals(parent)).findFirst().get()) + 1;
		Source kind = Source.values()[random.nextInt(Source.values().length)];
		nodes.add(position, new Node("new", parent, 1 + random.nextInt(1000), kind, model.parts().get(0), Set.of()));
		Scheme wider = Scheme.of(nodes, campaign.bonusCap(), campaign.penaltyCap());
		ScoringEngine before = new ScoringEngine(model, options(seed));
		ScoringEngine after = new ScoringEngine(wider, options(seed));
		int added = wider.leafIndex("new");
		List<UnitResult> old = before.scoreAll(campaign.inputs());
		List<UnitResult> now = new ArrayList<>();
		for (UnitInput input : campaign.inputs()) {
			UnitInput widened = Inputs.remap(input, model, wider);
			widened.self()[added] = random.nextInt(2000);
			widened.appraised()[added] = random.nextInt(2000);
			widened.selfNotApplicable()[added] = true;
			widened.appraisedNotApplicable()[added] = true;
			now.add(after.score(widened));
		}
		assertThat(now).isEqualTo(old);
		assertThat(after.rank(now).places()).isEqualTo(before.rank(old).places());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void scalingEveryAmountByOneFactorKeepsIndicesRanksAndGroups(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		long factor = 2 + seed % 7;
		List<Node> scaled = campaign.nodes()
			.stream()
			.map((n) -> new Node(n.code(), n.parentCode(), n.max() * factor, n.kind(), n.part(), n.unitTypes()))
			.toList();
		Scheme model = campaign.model();
		Scheme larger = Scheme.of(scaled, campaign.bonusCap() * factor, campaign.penaltyCap() * factor);
		Options options = options(seed);
		if (options.bandBasis() == Basis.POINTS) {
			options = options.withBands(Basis.INDEX, List.of(new Band("A", new BigDecimal("75"))));
		}
		ScoringEngine engine = new ScoringEngine(model, options);
		ScoringEngine scaledEngine = new ScoringEngine(larger, options);
		List<UnitResult> results = engine.scoreAll(campaign.inputs());
		List<UnitResult> scaledResults = scaledEngine
			.scoreAll(campaign.inputs().stream().map((input) -> Inputs.scale(input, factor)).toList());
		for (int i = 0; i < results.size(); i++) {
			Figures one = results.get(i).official();
			Figures other = scaledResults.get(i).official();
			assertThat(other.max()).isEqualTo(one.max() * factor);
			assertThat(other.points()).isEqualTo(one.points() * factor);
			assertThat(other.percent()).isEqualTo(one.percent());
		}
		Ranking ranking = engine.rank(results);
		Ranking scaledRanking = scaledEngine.rank(scaledResults);
		assertThat(scaledRanking.places()).isEqualTo(ranking.places());
		if (ranking.correlation() != null) {
			assertThat(scaledRanking.correlation()).isCloseTo(ranking.correlation(),
					org.assertj.core.data.Offset.offset(1e-9));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void ranksGroupsAndPeerRanksFollowTheExactOrder(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		Options options = options(seed);
		ScoringEngine engine = new ScoringEngine(campaign.model(), options);
		List<UnitResult> results = engine.scoreAll(campaign.inputs());
		Ranking ranking = engine.rank(results);
		new RankingOracle(options).check(results, ranking);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void figuresMatchAStraightforwardDecimalComputation(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		ScoringEngine engine = new ScoringEngine(campaign.model(), Options.defaults());
		FiguresOracle oracle = new FiguresOracle(campaign);
		for (UnitInput input : campaign.inputs()) {
			UnitResult result = engine.score(input);
			oracle.check(input, false, result.self());
			oracle.check(input, true, result.appraised());
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void rescoringOneUnitThenRerankingEqualsAFullRecomputation(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		ScoringEngine engine = new ScoringEngine(campaign.model(), options(seed));
		List<UnitResult> results = new ArrayList<>(engine.scoreAll(campaign.inputs()));
		engine.rank(results);
		Random random = new Random(seed);
		List<UnitInput> inputs = new ArrayList<>(campaign.inputs());
		for (int change = 0; change < 3; change++) {
			int unit = random.nextInt(inputs.size());
			UnitInput changed = Inputs.perturb(inputs.get(unit), random);
			inputs.set(unit, changed);
			results.set(unit, engine.score(changed));
			assertThat(engine.rank(results).places()).isEqualTo(engine.rank(engine.scoreAll(inputs)).places());
		}
		assertThat(results).isEqualTo(engine.scoreAll(inputs));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theOrderOfTheInputsChangesNothing(long seed) {
		SyntheticCampaign campaign = campaign(seed);
		ScoringEngine engine = new ScoringEngine(campaign.model(), options(seed));
		List<UnitInput> shuffled = new ArrayList<>(campaign.inputs());
		Collections.shuffle(shuffled, new Random(seed));
		Ranking ranking = engine.rank(engine.scoreAll(campaign.inputs()));
		Ranking other = engine.rank(engine.scoreAll(shuffled));
		assertThat(other.places()).isEqualTo(ranking.places());
		if (ranking.correlation() != null) {
			assertThat(other.correlation()).isCloseTo(ranking.correlation(), org.assertj.core.data.Offset.offset(1e-9));
		}
		else {
			assertThat(other.correlation()).isNull();
		}
	}

}
