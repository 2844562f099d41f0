package vn.parindex.framework;

import vn.parindex.engine.Source;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's shapes for frameworks.
 */
final class FrameworkJson {

	private FrameworkJson() {
	}

	record Summary(long id, String name, int year, String targetGroup, FrameworkStatus status, BigDecimal bonusCap,
			BigDecimal penaltyCap, boolean roundComputed, Long copiedFromId, FrameworkSummary totals) {

		static Summary of(FrameworkInfo info) {
			FrameworkSettings settings = info.settings();
			return new Summary(info.id(), settings.name(), settings.year(), settings.targetGroup(), info.status(),
					settings.bonusCap(), settings.penaltyCap(), settings.roundComputed(), info.copiedFromId(),
					info.summary());
		}

	}

	record Tree(long id, String name, int year, String targetGroup, FrameworkStatus status, BigDecimal bonusCap,
			BigDecimal penaltyCap, boolean roundComputed, Long copiedFromId, FrameworkSummary totals,
			List<Node> nodes) {

		static Tree of(FrameworkView view) {
			Summary summary = Summary.of(view.info());
			List<Node> areas = view.tree().areas().stream().map((area) -> Node.of(view.tree(), area)).toList();
			return new Tree(summary.id(), summary.name(), summary.year(), summary.targetGroup(), summary.status(),
					summary.bonusCap(), summary.penaltyCap(), summary.roundComputed(), summary.copiedFromId(),
					summary.totals(), areas);
		}

	}

	/**
	 * A node with its derived maximum; leaves carry source, rule and parameters, parents
	 * their children.
	 */
	record Node(String code, String name, BigDecimal maxPoints, boolean leaf, Source source, RuleKind rule,
			String ruleParams, String part, List<String> appliesTo, Boolean evidenceRequired, String guidance,
			List<Node> children) {

		/** Built from the leaves up, without recursion. */
		static Node of(FrameworkTree tree, FrameworkNode top) {
			List<String> subtree = tree.subtreeCodes(top.code());
			Map<String, Node> built = new HashMap<>();
			for (int i = subtree.size() - 1; i >= 0; i--) {
				FrameworkNode node = tree.node(subtree.get(i));
				List<Node> children = tree.children(node.code())
					.stream()
					.map((child) -> built.get(child.code()))
					.toList();
				built.put(node.code(), of(tree, node, children));
			}
			return built.get(top.code());
		}

		private static Node of(FrameworkTree tree, FrameworkNode node, List<Node> children) {
			boolean leaf = tree.isLeaf(node.code());
			return new Node(node.code(), node.name(), tree.maxPoints(node.code()), leaf, leaf ? node.source() : null,
					leaf ? node.rule() : null, leaf ? node.ruleParams() : null, node.part(),
					List.copyOf(node.unitTypes()), leaf ? node.evidenceRequired() : null, node.guidance(), children);
		}

	}

	/** A node as the API receives it. */
	record NodeRequest(String code, String parent, String name, String guidance, BigDecimal maxPoints, Source source,
			RuleKind rule, String ruleParams, String part, String appliesTo, Boolean evidenceRequired) {

		FrameworkNode toNode() {
			Source effective = (source != null) ? source : Source.SELF;
			boolean evidence = (evidenceRequired != null) ? evidenceRequired : effective == Source.SELF;
			return new FrameworkNode(code, parent, name, guidance, maxPoints, effective, rule, ruleParams, part,
					appliesTo, evidence);
		}

	}

	record Copy(Integer year, String name) {
	}

	/** A draft's settings as PUT replaces them; an absent flag is {@code false}. */
	record Settings(String name, Integer year, String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap,
			Boolean roundComputed) {

		FrameworkSettings toSettings() {
			return new FrameworkSettings(name, (year != null) ? year : 0, targetGroup, bonusCap, penaltyCap,
					Boolean.TRUE.equals(roundComputed));
		}

	}

}
