package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a scoring sheet adds up to: per node, per part and in all, with bonus and
 * penalty within their caps, how far the unit has got, and what still blocks submission.
 *
 * @param nodes the total of every area and criterion that has self-scored leaves
 * @param total the sheet's points (bonus added, penalty taken, clamped to [0, maximum])
 * over the applicable maximum
 */
public record SheetTotals(Map<String, NodeTotal> nodes, Map<String, NodeTotal> parts, NodeTotal total, BigDecimal bonus,
		BigDecimal penalty, Progress progress, List<Blocker> blockers) {

	public NodeTotal node(String code) {
		return nodes.getOrDefault(code, NodeTotal.ZERO);
	}

	/**
	 * @param applicable self-scored leaves that apply to the unit
	 * @param filled of those, the ones with an input or a not-applicable claim
	 * @param notApplicable of those, the ones claimed not applicable
	 * @param missingEvidence leaves that need evidence and have neither a file nor an
	 * explanation
	 */
	public record Progress(int applicable, int filled, int notApplicable, int missingEvidence) {
	}

	/**
	 * Something that must be done before the sheet can be submitted.
	 */
	public record Blocker(String leafCode, Kind kind) {

		/**
		 * What is missing.
		 */
		public enum Kind {

			MISSING_INPUT, MISSING_EVIDENCE

		}

	}

}
