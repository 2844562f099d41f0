package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The survey results API's shapes: {@code GET /api/v1/surveys/{sid}/results} exactly as
 * FORMATS.md writes it, the quality read and a flag decision.
 */
final class SurveyResultsJson {

	private SurveyResultsJson() {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Results(List<Unit> units) {

		static Results of(SurveyResults.Results results) {
			return new Results(results.units().stream().map(Unit::of).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Unit(String unit, long responses, long flagged, List<Leaf> leaves, List<Group> groups) {

		static Unit of(SurveyResults.UnitResults unit) {
			return new Unit(unit.unit().code(), unit.responses(), unit.flagged(),
					unit.leaves().stream().map((leaf) -> new Leaf(leaf.leaf(), leaf.score(), leaf.points())).toList(),
					unit.groups()
						.stream()
						.map((group) -> new Group(group.group().code(), group.sample(), group.responses(),
								group.questions().stream().map(Question::of).toList()))
						.toList());
		}

	}

	/** {@code score} a percentage 0–100 with 4 decimals. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Leaf(String leaf, BigDecimal score, BigDecimal points) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Group(String group, Long sample, long responses, List<Question> questions) {
	}

	/** {@code mean}, {@code ciLow}, {@code ciHigh} on the 0–100 score scale. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Question(String code, long answers, BigDecimal mean, BigDecimal ciLow, BigDecimal ciHigh) {

		static Question of(SurveyFigures.QuestionFigures figures) {
			return new Question(figures.code(), figures.answers(), SurveyFigures.published(figures.mean()),
					SurveyFigures.published(figures.ciLow()), SurveyFigures.published(figures.ciHigh()));
		}

	}

	/** {@code PUT /api/v1/surveys/{sid}/flags/{flag}}. */
	record FlagRequest(Boolean counts, String reason) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Decision(String flag, boolean counts, String reason, String decidedBy, Instant decidedAt) {

		static Decision of(SurveyResultStore.FlagDecision decision) {
			return new Decision(decision.flag().name(), decision.counts(), decision.reason(), decision.decidedBy(),
					decision.decidedAt());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Quality(List<Decision> decisions, List<QualityUnit> units) {

		static Quality of(SurveyResults.Quality quality) {
			return new Quality(quality.decisions().values().stream().map(Decision::of).toList(),
					quality.units().stream().map(QualityUnit::of).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record QualityUnit(String unit, long responses, long counted, List<QualityGroup> groups,
			List<LeafComparison> leaves) {

		static QualityUnit of(SurveyResults.QualityUnit unit) {
			return new QualityUnit(unit.unit().code(), unit.responses(), unit.counted(),
					unit.groups()
						.stream()
						.map((group) -> new QualityGroup(group.group().code(), group.responses(),
								group.flagged()
									.entrySet()
									.stream()
									.collect(java.util.stream.Collectors.toMap((e) -> e.getKey().name(),
											(e) -> new FlagCount(e.getValue(), group.shares().get(e.getKey())),
											(a, b) -> a, java.util.LinkedHashMap::new))))
						.toList(),
					unit.leaves()
						.stream()
						.map((leaf) -> new LeafComparison(leaf.leaf(), leaf(leaf.asCounted()),
								leaf(leaf.withoutFlagged())))
						.toList());
		}

		private static Leaf leaf(SurveyResults.LeafResult leaf) {
			return (leaf != null) ? new Leaf(leaf.leaf(), leaf.score(), leaf.points()) : null;
		}

	}

	/** {@code share} in percent, 2 decimals. */
	record FlagCount(long count, BigDecimal share) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record QualityGroup(String group, long responses, Map<String, FlagCount> flags) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record LeafComparison(String leaf, Leaf asCounted, Leaf withoutFlagged) {
	}

}
