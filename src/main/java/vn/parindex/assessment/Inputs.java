package vn.parindex.assessment;

import vn.parindex.framework.RuleInput;

/**
 * How an entry reads in the audit trail: the input and the points it gave, in one line
 * that needs no translation.
 */
final class Inputs {

	private Inputs() {
	}

	static String describe(LeafEntry entry) {
		StringBuilder text = new StringBuilder();
		if (entry.input() != null) {
			text.append(describe(entry.input())).append(" → ").append(entry.selfPoints().toPlainString());
		}
		if (entry.notApplicable()) {
			text.append((text.length() > 0) ? "; " : "").append("N/A");
		}
		if (entry.explanation() != null) {
			text.append((text.length() > 0) ? "; " : "").append("“").append(entry.explanation()).append("”");
		}
		return (text.length() > 0) ? text.toString() : null;
	}

	static String describe(RuleInput input) {
		if (input instanceof RuleInput.Number number) {
			return number.value().toPlainString();
		}
		if (input instanceof RuleInput.Count count) {
			return "× " + count.count().toPlainString();
		}
		if (input instanceof RuleInput.Mean mean) {
			return "⌀ " + mean.mean().toPlainString();
		}
		if (input instanceof RuleInput.Score score) {
			return score.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
		}
		if (input instanceof RuleInput.YesNo yesNo) {
			return yesNo.yes() ? "✓" : "✗";
		}
		if (input instanceof RuleInput.Level level) {
			return level.name();
		}
		RuleInput.Ratio ratio = (RuleInput.Ratio) input;
		return ratio.numerator().toPlainString() + " / " + ratio.denominator().toPlainString();
	}

}
