package vn.parindex.appraisal;

import java.util.List;

/**
 * What a bulk finalisation did: the sheets it finalised and the ones it skipped, with
 * their reasons.
 */
public record FinalisationResult(List<FinalisationCandidate> finalised, List<FinalisationCandidate> skipped) {

	static FinalisationResult of(List<FinalisationCandidate> candidates) {
		return new FinalisationResult(candidates.stream().filter(FinalisationCandidate::eligible).toList(),
				candidates.stream().filter((candidate) -> !candidate.eligible()).toList());
	}

}
