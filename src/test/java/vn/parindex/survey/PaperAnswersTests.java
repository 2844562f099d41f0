package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaperAnswersTests {

	private final Instrument instrument = SurveyFixture.instrument("x");

	@Test
	void answersAreReadAsTypedOneKeyEach() {
		PaperAnswers.Read read = PaperAnswers.read(instrument, "LD",
				Map.of("Q1", "5", "Q2", "c", "Q3", "b, a", "Q4", "Góp ý", "Q5", "0"));
		assertThat(read.problems()).isEmpty();
		assertThat(read.answers().toString())
			.isEqualTo("{\"Q1\":5,\"Q2\":\"C\",\"Q3\":[\"B\",\"A\"],\"Q4\":\"Góp ý\",\"Q5\":null}");
		assertThat(PaperAnswers.typed(read.answers().get("Q3"))).isEqualTo("B,A");
		assertThat(PaperAnswers.typed(read.answers().get("Q5"))).isEqualTo("?");
		assertThat(PaperAnswers.typed(read.answers().get("Q9"))).isEmpty();
	}

	@Test
	void anEmptyFieldIsNoAnswerAndCannotJudgeOnlyWhereOffered() {
		PaperAnswers.Read read = PaperAnswers.read(instrument, "DN", Map.of("Q1", "", "Q3", "?"));
		assertThat(read.answers().size()).isZero();
		assertThat(read.problems()).extracting(PaperAnswers.Problem::messageKey)
			.containsExactly("survey.answer.cannotJudgeNotOffered");
	}

	@Test
	void theSameOptionThroughoutAGridOfFiveIsStraightLining() {
		List<Question> grid = new java.util.ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			grid.add(QuestionText.parse("G" + i, "", "Câu " + i, AnswerType.SCALE, "scale=5", true, null, null, "",
					null));
		}
		grid.add(QuestionText.parse("T", "", "Góp ý", AnswerType.TEXT, "", false, null, null, "", null));
		Instrument gridded = new Instrument(0, "x", 2025, null, Layout.ONE_PAGE, Satisfaction.SHARE,
				List.of(new RespondentGroup("ND", "Người dân", BigDecimal.ONE)), grid);
		assertThat(StraightLining.in(gridded.questionsFor("ND"),
				PaperAnswers.parse("{\"G1\":3,\"G2\":3,\"G3\":3,\"G4\":3,\"G5\":3,\"T\":\"a\"}")))
			.isTrue();
		assertThat(StraightLining.in(gridded.questionsFor("ND"),
				PaperAnswers.parse("{\"G1\":3,\"G2\":3,\"G3\":4,\"G4\":3,\"G5\":3}")))
			.isFalse();
		assertThat(StraightLining.in(gridded.questionsFor("ND"),
				PaperAnswers.parse("{\"G1\":null,\"G2\":null,\"G3\":null,\"G4\":null,\"G5\":null}")))
			.isFalse();
		assertThat(StraightLining.in(instrument.questionsFor("LD"),
				PaperAnswers.parse("{\"Q1\":1,\"Q2\":\"A\",\"Q5\":\"A\"}")))
			.isFalse();
	}

}
