package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleInputForm;

/**
 * A sheet as the API returns it.
 */
record SheetJson(long campaign, String unit, String unitName, SheetStatus status, BigDecimal points,
		BigDecimal maxPoints, BigDecimal index, SheetTotals.Progress progress, List<SheetTotals.Blocker> blockers,
		List<Leaf> leaves) {

	static SheetJson of(SheetView sheet) {
		List<Leaf> leaves = sheet.framework()
			.tree()
			.leaves()
			.stream()
			.filter(sheet.calculator()::visible)
			.map((leaf) -> Leaf.of(sheet, leaf))
			.toList();
		NodeTotal total = sheet.totals().total();
		return new SheetJson(sheet.campaign().id(), sheet.unit().code(), sheet.unit().name(), sheet.status(),
				total.points(), total.applicableMax(), total.shownIndex(), sheet.totals().progress(),
				sheet.totals().blockers(), leaves);
	}

	/**
	 * One leaf: its maximum and rule, what was entered, the points.
	 */
	record Leaf(String code, String name, BigDecimal maxPoints, String source, String rule, String ruleParams,
			boolean selfScored, RuleInputForm input, BigDecimal points, boolean notApplicable,
			String notApplicableReason, String explanation) {

		static Leaf of(SheetView sheet, FrameworkNode leaf) {
			LeafEntry entry = sheet.entry(leaf.code());
			return new Leaf(leaf.code(), leaf.name(), leaf.maxPoints(), leaf.source().name(), leaf.rule().name(),
					leaf.ruleParams(), sheet.selfScored(leaf), RuleInputForm.of(entry.input()), entry.selfPoints(),
					entry.notApplicable(), entry.notApplicableReason(), entry.explanation());
		}

	}

}
