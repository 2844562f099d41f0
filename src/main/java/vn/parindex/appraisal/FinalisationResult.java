package vn.parindex.appraisal;

import java.util.List;

/**
 * What a bulk finalisation did: the sheets it finalised and the ones it skipped, with
 * their reasons.
 */
record FinalisationResult(List<FinalisationCandidate> finalised, List<FinalisationCandidate> skipped) {

	/** What a page shows of the result after the redirect: plain, serializable lines. */
	public Summary summary() {
		return new Summary(new java.util.ArrayList<>(finalised.stream().map(Summary.Line::of).toList()),
				new java.util.ArrayList<>(skipped.stream().map(Summary.Line::of).toList()));
	}

	static FinalisationResult of(List<FinalisationCandidate> candidates) {
		return new FinalisationResult(candidates.stream().filter(FinalisationCandidate::eligible).toList(),
				candidates.stream().filter((candidate) -> !candidate.eligible()).toList());
	}

	/**
	 * The result as the bulk page shows it once redirected.
	 */
	public record Summary(java.util.ArrayList<Line> finalised,
			java.util.ArrayList<Line> skipped) implements java.io.Serializable {

		/**
		 * One sheet: the unit's name and, when skipped, the reason's message key.
		 */
		public record Line(String unitName, String skipReason, int undecided) implements java.io.Serializable {

			static Line of(FinalisationCandidate candidate) {
				return new Line(candidate.unit().name(), candidate.skipReason(), candidate.undecided());
			}

		}

	}

}
