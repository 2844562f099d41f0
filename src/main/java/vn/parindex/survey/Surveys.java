package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.parindex.audit.AuditChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey module's small public face for other modules that set up surveys in code —
 * today the illustrative data of the {@code demo} profile: create an instrument, a survey
 * of a campaign with its populations, issue tokens and store responses. Every change a
 * person would make is recorded in the survey trail under the actor given; no permission
 * is checked here (callers are code, not requests).
 */
@Service
public class Surveys {

	private final InstrumentStore instruments;

	private final SurveyStore surveys;

	private final TokenStore tokens;

	private final ResponseStore responses;

	private final SurveyTrail trail;

	private final PublicLinks links;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	Surveys(InstrumentStore instruments, SurveyStore surveys, TokenStore tokens, ResponseStore responses,
			SurveyTrail trail, PublicLinks links, ApplicationEventPublisher events, JdbcTemplate jdbc) {
		this.instruments = instruments;
		this.surveys = surveys;
		this.tokens = tokens;
		this.responses = responses;
		this.trail = trail;
		this.links = links;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * Creates an instrument.
	 * @throws vn.parindex.problem.Refusal when a question's options do not fit its type
	 */
	@Transactional
	public long createInstrument(String name, int year, List<GroupSpec> groups, List<QuestionSpec> questions,
			String actor) {
		Instrument instrument = new Instrument(0, name, year, null, Layout.ONE_PER_SCREEN, Satisfaction.SHARE,
				groups.stream().map((g) -> new RespondentGroup(g.code(), g.name(), g.weight())).toList(),
				questions.stream()
					.map((q) -> QuestionText.parse(q.code(), q.groups(), q.text(), AnswerType.valueOf(q.type()),
							q.options(), q.cannotJudge(), q.leaf(), q.element(), q.satisfied(), q.context()))
					.toList());
		long id = instruments.insert(instrument);
		trail.record(AuditChange.of(id, actor, SurveyTrail.INSTRUMENT_CREATED).values(null, name));
		return id;
	}

	/**
	 * Creates a survey of a campaign over some units, with the default margin and flags.
	 */
	@Transactional
	public long createSurvey(long campaignId, long instrumentId, String name, LocalDate opensOn, LocalDate closesOn,
			Collection<Long> unitIds, String actor) {
		long id = surveys.insert(new Survey(0, campaignId, instrumentId, name, opensOn, closesOn, Survey.DEFAULT_MARGIN,
				new BigDecimal("0.3"), 60), unitIds);
		trail.record(AuditChange.of(id, actor, SurveyTrail.SURVEY_CREATED).scope(campaignId).values(null, name));
		return id;
	}

	@Transactional
	public void setPopulations(long surveyId, List<PopulationSpec> populations, String actor) {
		Survey survey = surveys.get(surveyId);
		surveys.setPopulations(surveyId,
				populations.stream()
					.map((p) -> new SurveyStore.Population(p.unitId(), p.group(), p.population()))
					.toList());
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.POPULATIONS_SET)
			.scope(survey.campaignId())
			.values(null, String.valueOf(populations.size())));
	}

	/** The campaign's surveys, oldest first. */
	public List<SurveyInfo> ofCampaign(long campaignId) {
		return surveys.ofCampaign(campaignId)
			.stream()
			.map((s) -> new SurveyInfo(s.id(), s.campaignId(), s.instrumentId(), s.name(), s.opensOn(), s.closesOn()))
			.toList();
	}

	/**
	 * Issues tokens chosen by the caller (e.g. the demo's, the same on every start)
	 * unless they are issued already, and answers those that can still be used (not
	 * submitted, not revoked).
	 * @throws IllegalArgumentException for a token not of the 26 characters tokens have
	 */
	@Transactional
	public List<String> ensureTokens(long surveyId, long unitId, String group, List<String> chosen, String actor) {
		List<String> usable = new ArrayList<>();
		int issued = 0;
		for (String token : chosen) {
			if (!TokenStore.wellFormed(token)) {
				throw new IllegalArgumentException("not a token: " + token.length() + " characters");
			}
			issued += tokens.ensure(surveyId, unitId, group, token) ? 1 : 0;
			Token stored = tokens.find(token).orElseThrow();
			if (stored.state() == Token.State.NEW || stored.state() == Token.State.STARTED) {
				usable.add(token);
			}
		}
		if (issued > 0) {
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.TOKENS_ISSUED)
				.scope(surveys.get(surveyId).campaignId())
				.item(group)
				.values(null, String.valueOf(issued)));
		}
		return usable;
	}

	/** The link a respondent opens with a token. */
	public String link(String token) {
		return links.answer(token);
	}

	/**
	 * A well-formed token derived from a seed: for illustrative data that must be the
	 * same on every start. Never for real respondents.
	 */
	public static String seededToken(String seed) {
		byte[] digest = TokenStore.digest(seed);
		char[] alphabet = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
		StringBuilder text = new StringBuilder(26);
		for (int i = 0; i < 26; i++) {
			text.append(alphabet[(digest[i] & 0xff) % 32]);
		}
		return text.toString();
	}

	/**
	 * Stores responses, anonymous as any: each answer is checked against its question.
	 * @throws IllegalArgumentException for an answer its question does not take
	 */
	@Transactional
	public int storeResponses(long surveyId, List<ResponseSpec> given) {
		Survey survey = surveys.get(surveyId);
		Instrument instrument = instruments.get(survey.instrumentId());
		Set<Long> units = new HashSet<>();
		for (ResponseSpec response : given) {
			Map<String, JsonNode> answers = new LinkedHashMap<>();
			PaperAnswers.parse(response.answers()).properties().forEach((e) -> answers.put(e.getKey(), e.getValue()));
			PaperAnswers.Read read = PaperAnswers.readJson(instrument, response.group(), answers);
			if (!read.problems().isEmpty()) {
				throw new IllegalArgumentException("answers not taken: " + read.problems().get(0).field() + " "
						+ read.problems().get(0).messageKey());
			}
			Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
			response.flags().forEach((flag) -> flags.add(StoredResponse.Flag.valueOf(flag)));
			responses.insert(new StoredResponse(surveyId, response.unitId(), response.group(),
					response.paper() ? StoredResponse.Channel.PAPER : StoredResponse.Channel.WEB, response.serial(),
					response.submittedOn(), response.durationSeconds(), flags, read.answers().toString()));
			units.add(response.unitId());
		}
		if (!units.isEmpty()) {
			events.publishEvent(new SurveyResponsesChanged(surveyId, units));
		}
		return given.size();
	}

	/** How many responses the survey holds. */
	public long responses(long surveyId) {
		Long count = jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
				surveyId);
		return (count != null) ? count : 0;
	}

	/** A respondent group: its code, name and weight. */
	public record GroupSpec(String code, String name, BigDecimal weight) {
	}

	/**
	 * A question as the instrument workbook has it (FORMATS.md, Surveys): {@code groups}
	 * and {@code satisfied} comma-separated, {@code type} SCALE, CHOICE, MULTI or TEXT,
	 * {@code options} e.g. {@code scale=5} or {@code A. Rất tốt=100%; B. Tốt=60%}.
	 */
	public record QuestionSpec(String code, String groups, String text, String type, String options,
			boolean cannotJudge, String leaf, String element, String satisfied, String context) {
	}

	/** The population N of a unit's group. */
	public record PopulationSpec(long unitId, String group, long population) {
	}

	/**
	 * A response to store: the unit, the group, whether it came on paper (with its
	 * serial), the day, the seconds it took (web), flags by name (SPEEDING,
	 * STRAIGHT_LINING, DEVICE, NOT_PERSONAL) and the answers as JSON, as the public API
	 * takes them.
	 */
	public record ResponseSpec(long unitId, String group, boolean paper, String serial, LocalDate submittedOn,
			Integer durationSeconds, Set<String> flags, String answers) {

		public ResponseSpec {
			flags = Set.copyOf(flags);
			answers = (answers == null || answers.isBlank()) ? "{}" : answers;
		}

	}

	/** A survey as other modules see it. */
	public record SurveyInfo(long id, long campaignId, long instrumentId, String name, LocalDate opensOn,
			LocalDate closesOn) {
	}

}
