package vn.parindex.framework;

import vn.parindex.engine.Source;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One node of a framework's tree: an area (lĩnh vực), a criterion (tiêu chí) or a
 * sub-criterion (tiêu chí thành phần). Leaves carry the maximum, source and rule; a
 * parent's maximum is the sum of its children's and is never stored.
 *
 * @param appliesTo comma-separated unit types the leaf applies to; empty means all
 */
@Table("framework_node")
public record FrameworkNode(String code, String parentCode, String name, String guidance, BigDecimal maxPoints,
		Source source, RuleKind rule, String ruleParams, String part, String appliesTo, boolean evidenceRequired) {

	public FrameworkNode {
		// 1, 1.0 and 1.00 are one maximum; more decimals are left for the validator to
		// refuse
		maxPoints = (maxPoints != null && maxPoints.scale() <= 2) ? maxPoints.setScale(2) : maxPoints;
		source = (source != null) ? source : Source.SELF;
		rule = (rule != null) ? rule : RuleKind.MANUAL;
		appliesTo = normalizeTypes(appliesTo);
	}

	public boolean isArea() {
		return parentCode == null;
	}

	/**
	 * The operational indicators the leaf's rule is fed from, by the name the rule gives
	 * each ({@link Rule#indicators()}): {@code indicator=} of a ratio or deduction, the
	 * variables of a {@code FORMULA}, in the order written. Empty for a node without a
	 * maximum and for parameters that do not parse.
	 */
	public java.util.Map<String, String> indicators() {
		if (maxPoints == null || maxPoints.signum() <= 0) {
			return java.util.Map.of();
		}
		try {
			return Rule.parse(rule, ruleParams, maxPoints).indicators();
		}
		catch (vn.parindex.problem.Refusal refused) {
			return java.util.Map.of();
		}
	}

	/** Unit types this node is restricted to; empty when it applies to every type. */
	public Set<String> unitTypes() {
		if (appliesTo == null) {
			return Set.of();
		}
		return Arrays.stream(appliesTo.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public boolean appliesTo(String unitType) {
		return appliesTo == null || unitTypes().contains(unitType.toUpperCase(Locale.ROOT));
	}

	/**
	 * A node with children: only its code, place, name, guidance, part and unit types
	 * count.
	 */
	FrameworkNode asParent() {
		return new FrameworkNode(code, parentCode, name, guidance, null, null, null, null, part, appliesTo, false);
	}

	FrameworkNode withParent(String newParent) {
		return new FrameworkNode(code, newParent, name, guidance, maxPoints, source, rule, ruleParams, part, appliesTo,
				evidenceRequired);
	}

	FrameworkNode withWording(String newName, String newGuidance) {
		return new FrameworkNode(code, parentCode, newName, newGuidance, maxPoints, source, rule, ruleParams, part,
				appliesTo, evidenceRequired);
	}

	private static String normalizeTypes(String types) {
		if (types == null || types.isBlank()) {
			return null;
		}
		return Arrays.stream(types.split("[,;]"))
			.map((type) -> type.strip().toUpperCase(Locale.ROOT))
			.filter((type) -> !type.isEmpty())
			.distinct()
			.collect(Collectors.joining(","));
	}

}
