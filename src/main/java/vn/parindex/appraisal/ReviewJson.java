package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.parindex.assessment.LeafEntry;
import vn.parindex.framework.FrameworkNode;

/**
 * A review over the API: per leaf the unit's and the council's points side by side, the
 * latest decision and the questions; the self-assessed and appraised totals.
 */
record ReviewJson(long campaignId, String unitCode, String unitName, String status, int round, CouncilJson.Total self,
		CouncilJson.Total appraised, List<Leaf> leaves) {

	static ReviewJson of(Review review) {
		return new ReviewJson(review.sheet().campaign().id(), review.sheet().unit().code(),
				review.sheet().unit().name(), review.sheet().status().name(), review.round(),
				CouncilJson.Total.of(review.sheet().totals().total()),
				CouncilJson.Total.of(review.sheet().appraisedTotals().total()),
				review.leaves().stream().map((leaf) -> Leaf.of(review, leaf)).toList());
	}

	record Leaf(String code, String name, BigDecimal maxPoints, BigDecimal selfPoints, boolean notApplicable,
			String notApplicableReason, String explanation, BigDecimal appraisedPoints, Boolean claimAccepted,
			DecisionJson decision, boolean mayDecide, boolean changedSinceReturn, List<QuestionJson> questions) {

		static Leaf of(Review review, FrameworkNode leaf) {
			LeafEntry entry = review.entry(leaf.code());
			Decision decision = review.decision(leaf.code());
			return new Leaf(leaf.code(), leaf.name(), leaf.maxPoints(), entry.selfPoints(), entry.notApplicable(),
					entry.notApplicableReason(), entry.explanation(), entry.appraisedPoints(),
					entry.appraisedNotApplicable(), (decision != null) ? DecisionJson.of(decision) : null,
					review.mayDecide(leaf.code()), review.changedSinceReturn(leaf.code()),
					review.questions(leaf.code()).stream().map(QuestionJson::of).toList());
		}

	}

	record DecisionJson(String kind, int round, BigDecimal selfPoints, BigDecimal appraisedPoints, String reason,
			boolean bulk, Instant decidedAt, String decidedBy) {

		static DecisionJson of(Decision d) {
			return new DecisionJson(d.kind().name(), d.round(), d.selfPoints(), d.appraisedPoints(), d.reason(),
					d.bulk(), d.decidedAt(), d.decidedBy());
		}

	}

	record QuestionJson(long id, String leaf, int round, String question, String askedBy, String answer,
			String answeredBy) {

		static QuestionJson of(Question q) {
			return new QuestionJson(q.id(), q.leafCode(), q.round(), q.question(), q.askedBy(), q.answer(),
					q.answeredBy());
		}

	}

}
