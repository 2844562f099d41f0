package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.commons.math3.distribution.TDistribution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey's figures for its units, computed from a {@link SurveyTally} (METHODOLOGY
 * §6–7), exactly:
 * <ul>
 * <li>an answer's score is its option's share, (a − 1)/(k − 1) on a k-point scale, the
 * sum of the chosen options' shares (at most 1) for several choices; "cannot judge", no
 * answer and free text have none;</li>
 * <li>a unit's score on a leaf = Σ over groups (weight × mean of the group's answer
 * values to the leaf's questions) / Σ weights of the groups that have answers; an
 * answer's value is its score, except where the instrument measures satisfaction as a
 * SHARE and the question names its satisfied answers: then 1 for a satisfied answer and 0
 * for any other valid one (SIPAS: the share of satisfied answers over valid
 * answers);</li>
 * <li>SIPAS per element and overall: the same over the questions of an element, and over
 * every question that has an element;</li>
 * <li>per question: the answers, their distribution, the mean score on 0–100 and its 95%
 * confidence interval, mean ± t(0.975, n − 1) × s / √n with s the sample standard
 * deviation (n &lt; 2: none), clamped to 0–100.</li>
 * </ul>
 * Sums are exact; quotients keep 34 significant digits ({@link MathContext#DECIMAL128}).
 */
final class SurveyFigures {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Instrument instrument;

	private final SurveyTally tally;

	private final Map<String, Map<String, Valued>> values = new HashMap<>();

	SurveyFigures(Instrument instrument, SurveyTally tally) {
		this.instrument = instrument;
		this.tally = tally;
	}

	/**
	 * The leaves the instrument's scored questions feed, in the order of the questions.
	 */
	List<String> leaves() {
		Set<String> leaves = new LinkedHashSet<>();
		instrument.questions()
			.stream()
			.filter((q) -> q.leafCode() != null && q.type().scored())
			.forEach((q) -> leaves.add(q.leafCode()));
		return List.copyOf(leaves);
	}

	/** The SIPAS elements of the instrument's scored questions, in order. */
	List<String> elements() {
		Set<String> elements = new LinkedHashSet<>();
		instrument.questions()
			.stream()
			.filter((q) -> q.element() != null && q.type().scored())
			.forEach((q) -> elements.add(q.element()));
		return List.copyOf(elements);
	}

	/** A unit's score on every leaf it has answers for, counting some responses. */
	List<Score> leafScores(long unitId, IntPredicate counts) {
		List<Score> scores = new ArrayList<>();
		for (String leaf : leaves()) {
			score(unitId, leaf, questionsWhere((q) -> leaf.equals(q.leafCode())), counts).ifPresent(scores::add);
		}
		return scores;
	}

	/**
	 * A unit's satisfaction per SIPAS element, then overall (with a {@code null} name),
	 * where it has answers.
	 */
	List<Score> elementScores(long unitId, IntPredicate counts) {
		List<Score> scores = new ArrayList<>();
		for (String element : elements()) {
			score(unitId, element, questionsWhere((q) -> element.equals(q.element())), counts).ifPresent(scores::add);
		}
		if (!scores.isEmpty()) {
			score(unitId, null, questionsWhere((q) -> q.element() != null), counts).ifPresent(scores::add);
		}
		return scores;
	}

	private List<Question> questionsWhere(java.util.function.Predicate<Question> which) {
		return instrument.questions().stream().filter((q) -> q.type().scored() && which.test(q)).toList();
	}

	private Optional<Score> score(long unitId, String name, List<Question> questions, IntPredicate counts) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		long answers = 0;
		for (RespondentGroup group : instrument.groups()) {
			BigDecimal sum = BigDecimal.ZERO;
			long n = 0;
			for (Question question : questions) {
				if (!question.askedOf(group.code())) {
					continue;
				}
				for (Map.Entry<String, Long> given : tally.answers(unitId, group.code(), question.code(), counts)
					.entrySet()) {
					BigDecimal value = valued(question, given.getKey()).value();
					if (value != null) {
						sum = sum.add(value.multiply(BigDecimal.valueOf(given.getValue())));
						n += given.getValue();
					}
				}
			}
			if (n > 0) {
				weighted = weighted.add(group.weight().multiply(sum.divide(BigDecimal.valueOf(n), PRECISION)));
				weights = weights.add(group.weight());
				answers += n;
			}
		}
		if (weights.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Score(name, weighted.divide(weights, PRECISION), answers));
	}

	/** A unit's group's figures on every question asked of it. */
	List<QuestionFigures> questions(long unitId, String group, IntPredicate counts) {
		List<QuestionFigures> figures = new ArrayList<>();
		for (Question question : instrument.questionsFor(group)) {
			figures.add(question(question, tally.answers(unitId, group, question.code(), counts)));
		}
		return figures;
	}

	private QuestionFigures question(Question question, Map<String, Long> given) {
		Map<String, Long> distribution = new LinkedHashMap<>();
		switch (question.type()) {
			case SCALE -> {
				for (int point = 1; point <= question.scale(); point++) {
					distribution.put(Integer.toString(point), 0L);
				}
			}
			case CHOICE, MULTI -> question.choices().forEach((option) -> distribution.put(option.code(), 0L));
			case TEXT -> {
			}
		}
		long cannotJudge = 0;
		long answers = 0;
		long n = 0;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal squares = BigDecimal.ZERO;
		for (Map.Entry<String, Long> entry : given.entrySet()) {
			long count = entry.getValue();
			if (SurveyTally.CANNOT_JUDGE.equals(entry.getKey())) {
				cannotJudge += count;
				continue;
			}
			if (question.type() == AnswerType.TEXT) {
				answers += SurveyTally.TEXT.equals(entry.getKey()) ? count : 0;
				continue;
			}
			Valued valued = valued(question, entry.getKey());
			if (valued.score() == null) {
				continue;
			}
			answers += count;
			n += count;
			BigDecimal x = valued.score().multiply(HUNDRED);
			BigDecimal c = BigDecimal.valueOf(count);
			sum = sum.add(x.multiply(c));
			squares = squares.add(x.multiply(x).multiply(c));
			JsonNode answer = valued.answer();
			if (question.type() == AnswerType.MULTI) {
				Set<String> chosen = new LinkedHashSet<>();
				answer.forEach((option) -> chosen.add(option.stringValue()));
				chosen.forEach((option) -> distribution.merge(option, count, Long::sum));
			}
			else {
				distribution.merge(answer.isString() ? answer.stringValue() : answer.toString(), count, Long::sum);
			}
		}
		if (n == 0) {
			return new QuestionFigures(question.code(), answers, cannotJudge, null, null, null, distribution);
		}
		BigDecimal count = BigDecimal.valueOf(n);
		BigDecimal mean = sum.divide(count, PRECISION);
		if (n < 2) {
			return new QuestionFigures(question.code(), answers, cannotJudge, mean, null, null, distribution);
		}
		BigDecimal variance = squares.subtract(sum.multiply(sum).divide(count, PRECISION))
			.divide(BigDecimal.valueOf(n - 1), PRECISION)
			.max(BigDecimal.ZERO);
		double half = t975(n - 1) * Math.sqrt(variance.doubleValue() / n);
		BigDecimal low = mean.subtract(BigDecimal.valueOf(half)).max(BigDecimal.ZERO);
		BigDecimal high = mean.add(BigDecimal.valueOf(half)).min(HUNDRED);
		return new QuestionFigures(question.code(), answers, cannotJudge, mean, low, high, distribution);
	}

	/**
	 * The 97.5th percentile of Student's t with these degrees of freedom, computed once.
	 */
	static double t975(long degrees) {
		return QUANTILES.computeIfAbsent(degrees, (df) -> new TDistribution(df).inverseCumulativeProbability(0.975));
	}

	private static final java.util.Map<Long, Double> QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

	private Valued valued(Question question, String answer) {
		return values.computeIfAbsent(question.code(), (code) -> new HashMap<>())
			.computeIfAbsent(answer, (text) -> value(question, text));
	}

	private Valued value(Question question, String text) {
		JsonNode answer = JSON.readTree(text);
		BigDecimal score = question.score(answer).orElse(null);
		if (score == null) {
			return new Valued(answer, null, null);
		}
		BigDecimal value = score;
		if (instrument.satisfaction() == Satisfaction.SHARE && !question.satisfied().isEmpty()) {
			value = question.satisfiedBy(answer).orElse(false) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return new Valued(answer, score, value);
	}

	/** A percentage from 0 to 100 of a share, half-up to 4 decimals. */
	static BigDecimal percent(BigDecimal share) {
		return (share != null) ? share.multiply(HUNDRED).setScale(4, RoundingMode.HALF_UP) : null;
	}

	/** A figure on 0–100 as published: half-up to 4 decimals. */
	static BigDecimal published(BigDecimal value) {
		return (value != null) ? value.setScale(4, RoundingMode.HALF_UP) : null;
	}

	/**
	 * A score: a leaf's (named by its code) or an element's (by its name; {@code null}
	 * overall), as a share from 0 to 1, over so many valid answers.
	 */
	record Score(String name, BigDecimal share, long answers) {
	}

	/**
	 * A question's figures: valid answers (texts for a free-text question), "cannot
	 * judge" answers, the mean score on 0–100 and its 95% confidence interval (none for
	 * fewer than 2 scored answers), and how many chose each option or scale point.
	 */
	record QuestionFigures(String code, long answers, long cannotJudge, BigDecimal mean, BigDecimal ciLow,
			BigDecimal ciHigh, Map<String, Long> distribution) {
	}

	private record Valued(JsonNode answer, BigDecimal score, BigDecimal value) {
	}

}
