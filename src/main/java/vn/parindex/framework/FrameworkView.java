package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.engine.Scheme;
import vn.parindex.problem.Refusal;

/**
 * A whole framework for reading: its settings and totals and its tree.
 */
public record FrameworkView(FrameworkInfo info, FrameworkTree tree) {

	public long id() {
		return info.id();
	}

	/**
	 * The framework as the scoring engine sees it: the one arithmetic of the sheet, the
	 * council's review and the stored results.
	 */
	public Scheme scheme() {
		return tree.scheme(info.settings().bonusCap(), info.settings().penaltyCap());
	}

	/**
	 * The points a leaf earns for an input under this framework: its rule's points
	 * ({@link Rule#points}, up to 4 decimals), rounded half-up to 2 decimals when the
	 * framework rounds computed leaves ({@link FrameworkSettings#roundComputed()}). Typed
	 * points have at most 2 decimals and so are the same either way.
	 * <p>
	 * Every caller that credits a unit with points must use this, not {@link Rule#points}
	 * directly: the scoring sheet (self-assessment), appraisal, score imports and the
	 * editor's preview. Plain Java, no database.
	 * @return points at the smallest scale from 2 to 4 that holds them; always 2 when the
	 * framework rounds
	 * @throws Refusal when the code is unknown or not a leaf, or the input does not fit
	 * the leaf's rule
	 */
	public BigDecimal points(String leafCode, RuleInput input) {
		FrameworkNode leaf = tree.node(leafCode);
		if (!tree.isLeaf(leafCode)) {
			throw Refusal.badRequest("framework.error.notALeaf", leafCode);
		}
		BigDecimal points = Rule.parse(leaf.rule(), leaf.ruleParams(), leaf.maxPoints()).points(input);
		return info.settings().roundComputed() ? Points.roundedToCents(points) : points;
	}

}
