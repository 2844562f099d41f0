package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.IntegrationTest;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SurveyFoundationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	SurveyFixture fixture;

	@Autowired
	InstrumentStore instruments;

	@Autowired
	SurveyStore surveys;

	@Autowired
	TokenStore tokens;

	@Test
	void anInstrumentIsStoredAndReadBackWhole() {
		SurveyFixture.Scene scene = fixture.scene();
		Instrument read = instruments.get(scene.instrument());
		Instrument written = SurveyFixture.instrument(read.name());
		assertThat(read.groups()).isEqualTo(written.groups());
		assertThat(read.questions()).isEqualTo(written.questions());
		assertThat(read.questionsFor("DN")).extracting(Question::code).containsExactly("Q1", "Q3", "Q4", "Q5");
		assertThat(instruments.frozen(scene.instrument(), fixture.today())).isTrue();
		assertThat(instruments.frozen(scene.instrument(), fixture.today().minusDays(2))).isFalse();
	}

	@Test
	void answersScoreAsTheMethodologySays() throws Exception {
		Instrument instrument = SurveyFixture.instrument("x");
		Question scale = instrument.question("Q1").orElseThrow();
		assertThat(scale.score(json.readTree("4"))).contains(new BigDecimal("0.75"));
		assertThat(scale.score(json.readTree("null"))).isEmpty();
		assertThat(scale.problem(json.readTree("6"))).contains("survey.answer.notOnScale");
		assertThat(scale.satisfiedBy(json.readTree("4"))).contains(true);
		Question choice = instrument.question("Q2").orElseThrow();
		assertThat(choice.score(json.readTree("\"B\""))).contains(new BigDecimal("0.6"));
		assertThat(choice.problem(json.readTree("\"E\""))).contains("survey.answer.unknownOption");
		assertThat(choice.satisfiedBy(json.readTree("\"C\""))).contains(false);
		Question multi = instrument.question("Q3").orElseThrow();
		assertThat(multi.score(json.readTree("[\"A\",\"C\"]"))).contains(BigDecimal.ZERO);
		assertThat(multi.problem(json.readTree("null"))).contains("survey.answer.cannotJudgeNotOffered");
		assertThat(instrument.question("Q4").orElseThrow().score(json.readTree("\"Tốt\""))).isEmpty();
	}

	@Test
	void optionsThatCannotBeReadAreRefusedWithTheirText() {
		assertThatThrownBy(() -> OptionsText.choices("A. Tốt=100%; B Kém", true)).isInstanceOf(Refusal.class)
			.hasMessageContaining("survey.options.unreadable");
		assertThatThrownBy(() -> OptionsText.choices("A. Tốt=100%; B. Kém", true))
			.hasMessageContaining("survey.options.shareMissing");
		assertThatThrownBy(() -> OptionsText.scale("scale=1")).hasMessageContaining("survey.options.scaleRange");
		assertThat(OptionsText.format(AnswerType.CHOICE, 0, OptionsText.choices("a) Tốt = 100 %; b. Kém=0%", true)))
			.isEqualTo("A. Tốt=100%; B. Kém=0%");
	}

	@Test
	void theSampleFollowsYamane() {
		assertThat(Samples.size(1200, new BigDecimal("0.05"))).isEqualTo(300);
		assertThat(Samples.size(2000, new BigDecimal("0.05"))).isEqualTo(334);
		assertThat(Samples.size(0, new BigDecimal("0.05"))).isZero();
		SurveyFixture.Scene scene = fixture.scene();
		assertThat(surveys.populations(scene.survey())).hasSize(3);
		assertThat(surveys.get(scene.survey()).phase(fixture.today())).isEqualTo(Survey.Phase.OPEN);
	}

	@Test
	void aTokenIsFoundByItselfOnly() {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> issued = fixture.tokens(scene, scene.unit().id(), "DN", 3);
		assertThat(issued).doesNotHaveDuplicates().allMatch(TokenStore::wellFormed);
		Token token = tokens.find(issued.get(0)).orElseThrow();
		assertThat(token.surveyId()).isEqualTo(scene.survey());
		assertThat(token.state()).isEqualTo(Token.State.NEW);
		assertThat(tokens.find("a".repeat(26))).isEmpty();
		assertThat(tokens.find("' or 1=1 --")).isEmpty();
	}

}
