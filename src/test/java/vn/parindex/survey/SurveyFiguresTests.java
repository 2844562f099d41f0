package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a tally, without a database: means and confidence intervals. */
class SurveyFiguresTests {

	private final Instrument instrument = ResultsFixture.instrument("x", Satisfaction.SHARE);

	@Test
	void theConfidenceIntervalFollowsStudentsT() {
		SurveyTally tally = new SurveyTally();
		tally.responses(1, "LD", "", 5);
		for (int point = 1; point <= 5; point++) {
			tally.answers(1, "LD", "", "Q7", Integer.toString(point), 1);
		}
		SurveyFigures.QuestionFigures q7 = question(new SurveyFigures(instrument, tally), "LD", "Q7");
		// scores 0, 25, 50, 75, 100: mean 50, s = √1562.5, t(0.975, 4) = 2.7764…:
		// 50 ± 2.7764 × 39.528 / √5 = 50 ± 49.0811
		assertThat(q7.answers()).isEqualTo(5);
		assertThat(q7.mean()).isEqualByComparingTo("50");
		assertThat(SurveyFigures.published(q7.ciLow())).isEqualByComparingTo("0.9189");
		assertThat(SurveyFigures.published(q7.ciHigh())).isEqualByComparingTo("99.0811");
		assertThat(q7.distribution()).containsEntry("1", 1L).containsEntry("5", 1L).hasSize(5);
	}

	@Test
	void aSingleAnswerHasAMeanButNoInterval() {
		SurveyTally tally = new SurveyTally();
		tally.responses(1, "LD", "", 2);
		tally.answers(1, "LD", "", "Q2", "\"B\"", 1);
		tally.answers(1, "LD", "", "Q1", "null", 2);
		SurveyFigures figures = new SurveyFigures(instrument, tally);
		SurveyFigures.QuestionFigures q2 = question(figures, "LD", "Q2");
		assertThat(q2.mean()).isEqualByComparingTo("60");
		assertThat(q2.ciLow()).isNull();
		assertThat(q2.ciHigh()).isNull();
		SurveyFigures.QuestionFigures q1 = question(figures, "LD", "Q1");
		assertThat(q1.answers()).isZero();
		assertThat(q1.cannotJudge()).isEqualTo(2);
		assertThat(q1.mean()).isNull();
	}

	@Test
	void aNarrowSampleHasANarrowIntervalWithinTheScale() {
		SurveyTally tally = new SurveyTally();
		tally.responses(1, "DN", "", 400);
		tally.answers(1, "DN", "", "Q7", "5", 300);
		tally.answers(1, "DN", "", "Q7", "4", 100);
		SurveyFigures.QuestionFigures q7 = question(new SurveyFigures(instrument, tally), "DN", "Q7");
		// mean 93.75, s = √(Σ(x − x̄)² / 399) = √(300 × 6.25² + 100 × 18.75²) / √399
		double s = Math.sqrt((300 * 6.25 * 6.25 + 100 * 18.75 * 18.75) / 399);
		double half = 1.9659 * s / Math.sqrt(400);
		assertThat(q7.mean()).isEqualByComparingTo("93.75");
		assertThat(q7.ciLow().doubleValue()).isCloseTo(93.75 - half, org.assertj.core.data.Offset.offset(0.001));
		assertThat(q7.ciHigh().doubleValue()).isCloseTo(93.75 + half, org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void sipasIsTheShareOfSatisfiedAnswersPerElementAndOverall() {
		SurveyTally tally = new SurveyTally();
		tally.responses(1, "LD", "", 3);
		tally.answers(1, "LD", "", "Q5", "\"A\"", 1);
		tally.answers(1, "LD", "", "Q5", "\"C\"", 2);
		tally.answers(1, "LD", "", "Q6", "\"B\"", 3);
		List<SurveyFigures.Score> elements = new SurveyFigures(instrument, tally).elementScores(1, SurveyTally.ALL);
		assertThat(elements).extracting(SurveyFigures.Score::name).containsExactly("Tiếp cận dịch vụ", "Kết quả", null);
		assertThat(SurveyFigures.percent(elements.get(0).share())).isEqualByComparingTo("33.3333");
		assertThat(SurveyFigures.percent(elements.get(1).share())).isEqualByComparingTo("100");
		assertThat(SurveyFigures.percent(elements.get(2).share())).isEqualByComparingTo("66.6667");
		List<SurveyFigures.Score> meanElements = new SurveyFigures(ResultsFixture.instrument("y", Satisfaction.MEAN),
				tally)
			.elementScores(1, SurveyTally.ALL);
		// as a mean: Q5 (1 + 0.5 + 0.5) / 3
		assertThat(SurveyFigures.percent(meanElements.get(0).share())).isEqualByComparingTo("66.6667");
		assertThat(meanElements.get(0).share()).isLessThan(BigDecimal.ONE);
	}

	private static SurveyFigures.QuestionFigures question(SurveyFigures figures, String group, String code) {
		return figures.questions(1, group, SurveyTally.ALL)
			.stream()
			.filter((q) -> q.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
