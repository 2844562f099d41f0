package vn.parindex.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.engine.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticCampaignTests {

	private static final SyntheticCampaign NATIONAL = SyntheticCampaign.generate(2026, 10_000, 100);

	@Test
	void sameSeedGivesTheSameCampaign() {
		SyntheticCampaign again = SyntheticCampaign.generate(2026, 10_000, 100);
		assertThat(again).isEqualTo(NATIONAL);
		assertThat(again.inputs().get(4321).appraised()).containsExactly(NATIONAL.inputs().get(4321).appraised());
	}

	@Test
	void anotherSeedGivesAnotherCampaign() {
		SyntheticCampaign other = SyntheticCampaign.generate(2027, 10_000, 100);
		assertThat(other.inputs()).isNotEqualTo(NATIONAL.inputs());
	}

	@Test
	void frameworkHasTheAskedLeavesWithOneBonusAndOnePenalty() {
		Scheme model = NATIONAL.model();
		assertThat(model.leafCount()).isEqualTo(100);
		assertThat(kinds(model, Source.BONUS)).isEqualTo(1);
		assertThat(kinds(model, Source.PENALTY)).isEqualTo(1);
		assertThat(kinds(model, Source.SURVEY)).isPositive();
		assertThat(kinds(model, Source.STATISTIC)).isPositive();
		assertThat(NATIONAL.nodes().stream().filter((node) -> node.parentCode() == null)).hasSize(11);
		assertThat(NATIONAL.nodes().stream().filter((node) -> !node.unitTypes().isEmpty())).isNotEmpty();
		assertThat(model.parts()).containsExactly("appraised", "impact");
		for (int leaf = 0; leaf < model.leafCount(); leaf++) {
			assertThat(model.leafMax(leaf)).isBetween(5_000L, 50_000L);
		}
	}

	@Test
	void smallFrameworksAreWellFormed() {
		for (int leaves = 3; leaves < 30; leaves++) {
			SyntheticCampaign campaign = SyntheticCampaign.generate(leaves, 3, leaves);
			int count = leaves;
			assertThat(campaign.model().leafCount()).isEqualTo(count);
			assertThat(campaign.inputs()).allSatisfy((input) -> assertThat(input.self()).hasSize(count));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCampaign.generate(1, 1, 2));
	}

	@Test
	void unitsAndInputsLookLikeACampaign() {
		List<UnitInput> inputs = NATIONAL.inputs();
		assertThat(NATIONAL.units()).hasSize(10_000);
		assertThat(NATIONAL.units().get(41).code()).isEqualTo("U00042");
		assertThat(NATIONAL.units().get(41).id()).isEqualTo(inputs.get(41).unitId());
		assertThat(share(inputs.stream().filter(UnitInput::ranked).count(), inputs.size())).isBetween(0.93, 0.97);
		assertThat(share(inputs.stream().filter(UnitInput::finalised).count(), inputs.size())).isBetween(0.55, 0.65);
		assertThat(NATIONAL.units().stream().map(SyntheticCampaign.Unit::type).distinct())
			.containsExactlyInAnyOrderElementsOf(SyntheticCampaign.UNIT_TYPES);
		long claims = 0;
		long lower = 0;
		long higher = 0;
		for (UnitInput input : inputs) {
			for (int leaf = 0; leaf < input.self().length; leaf++) {
				claims += input.selfNotApplicable()[leaf] ? 1 : 0;
				if (input.self()[leaf] != UnitInput.MISSING && input.appraised()[leaf] != UnitInput.MISSING) {
					lower += (input.appraised()[leaf] < input.self()[leaf]) ? 1 : 0;
					higher += (input.appraised()[leaf] > input.self()[leaf]) ? 1 : 0;
				}
			}
		}
		assertThat(share(claims, inputs.size() * 100L)).isBetween(0.02, 0.08);
		assertThat(lower).isGreaterThan(5 * higher);
	}

	@Test
	void everyUnitScoresWithinItsMaximum() {
		ScoringEngine engine = new ScoringEngine(NATIONAL.model(), Options.defaults());
		assertThat(engine.scoreAll(NATIONAL.inputs())).allSatisfy((result) -> {
			assertThat(result.self().points()).isBetween(0L, result.self().max());
			assertThat(result.appraised().points()).isBetween(0L, result.appraised().max());
			assertThat(result.self().hasIndex()).isTrue();
		});
	}

	private static long kinds(Scheme model, Source kind) {
		long count = 0;
		for (int leaf = 0; leaf < model.leafCount(); leaf++) {
			count += (model.leafKind(leaf) == kind) ? 1 : 0;
		}
		return count;
	}

	private static double share(long count, long of) {
		return (double) count / of;
	}

}
