package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.engine.Scheme.Node;
import vn.parindex.engine.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The methodology's rules, computed the plain way (decimals, walking the tree for each
 * component) to check the engine's single pass against.
 */
final class FiguresOracle {

	private final SyntheticCampaign campaign;

	private final Scheme model;

	private final Map<String, Node> byCode = new HashMap<>();

	FiguresOracle(SyntheticCampaign campaign) {
		this.campaign = campaign;
		this.model = campaign.model();
		campaign.nodes().forEach((node) -> this.byCode.put(node.code(), node));
	}

	void check(UnitInput input, boolean appraised, Figures figures) {
		long[] values = appraised ? input.appraised() : input.self();
		boolean[] claims = appraised ? input.appraisedNotApplicable() : input.selfNotApplicable();
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		BigDecimal penalty = BigDecimal.ZERO;
		List<String> components = this.model.components();
		BigDecimal[] componentPoints = zeros(components.size());
		BigDecimal[] componentMax = zeros(components.size());
		for (Node node : this.campaign.nodes()) {
			int leaf = this.model.leafIndex(node.code());
			if (leaf < 0 || !applies(node, input.unitType()) || claims[leaf]) {
				continue;
			}
			boolean missing = values[leaf] == UnitInput.MISSING;
			BigDecimal value = missing ? BigDecimal.ZERO : Amounts.toDecimal(values[leaf]);
			BigDecimal leafMax = Amounts.toDecimal(node.max());
			if (node.kind() == Source.BONUS || node.kind() == Source.PENALTY) {
				bonus = (node.kind() == Source.BONUS) ? bonus.add(value) : bonus;
				penalty = (node.kind() == Source.PENALTY) ? penalty.add(value) : penalty;
				continue;
			}
			if (missing && node.kind() != Source.SELF) {
				continue;
			}
			points = points.add(value);
			max = max.add(leafMax);
			for (String parent = node.parentCode(); parent != null; parent = this.byCode.get(parent).parentCode()) {
				int component = components.indexOf(parent);
				componentPoints[component] = componentPoints[component].add(value);
				componentMax[component] = componentMax[component].add(leafMax);
			}
		}
		bonus = bonus.min(Amounts.toDecimal(this.campaign.bonusCap()));
		penalty = penalty.min(Amounts.toDecimal(this.campaign.penaltyCap()));
		BigDecimal total = points.add(bonus).subtract(penalty).max(BigDecimal.ZERO).min(max);
		assertThat(Amounts.toDecimal(figures.points())).isEqualByComparingTo(total);
		assertThat(Amounts.toDecimal(figures.max())).isEqualByComparingTo(max);
		assertThat(Amounts.toDecimal(figures.bonus())).isEqualByComparingTo(bonus);
		assertThat(Amounts.toDecimal(figures.penalty())).isEqualByComparingTo(penalty);
		for (int c = 0; c < components.size(); c++) {
			assertThat(Amounts.toDecimal(figures.componentPoints()[c])).isEqualByComparingTo(componentPoints[c]);
			assertThat(Amounts.toDecimal(figures.componentMax()[c])).isEqualByComparingTo(componentMax[c]);
		}
	}

	private static boolean applies(Node leaf, String unitType) {
		return leaf.unitTypes().isEmpty()
				|| leaf.unitTypes().stream().anyMatch((type) -> type.equalsIgnoreCase(unitType));
	}

	private static BigDecimal[] zeros(int size) {
		BigDecimal[] zeros = new BigDecimal[size];
		java.util.Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

}
