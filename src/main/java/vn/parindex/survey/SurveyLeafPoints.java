package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.Optional;

import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleInput;

/**
 * A leaf's points for a unit's survey score, by the framework's rule of the leaf
 * ({@link FrameworkView#points}, so that its rounding applies): {@code SURVEY_SCORE} and
 * {@code SURVEY_SCALE} pay the maximum × the score (for scale answers the score is
 * already (mean − 1)/(k − 1)), {@code RATIO_TIERS} takes the score as the rate. Other
 * rules, a code that is no survey leaf of the framework: none.
 */
final class SurveyLeafPoints {

	private SurveyLeafPoints() {
	}

	static Optional<BigDecimal> of(FrameworkView framework, String leafCode, BigDecimal share) {
		Optional<FrameworkNode> node = framework.tree().find(leafCode);
		if (node.isEmpty() || !framework.tree().isLeaf(leafCode) || node.get().source() != Source.SURVEY) {
			return Optional.empty();
		}
		RuleInput input = switch (node.get().rule()) {
			case SURVEY_SCORE, SURVEY_SCALE -> new RuleInput.Score(share);
			case RATIO_TIERS -> new RuleInput.Ratio(share, BigDecimal.ONE);
			default -> null;
		};
		return Optional.ofNullable(input).map((given) -> framework.points(leafCode, given));
	}

	/** Whether a survey can feed the leaf: a survey leaf whose rule takes a score. */
	static boolean feedable(FrameworkView framework, String leafCode) {
		return of(framework, leafCode, BigDecimal.ONE).isPresent();
	}

}
