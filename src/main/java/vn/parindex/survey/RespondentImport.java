package vn.parindex.survey;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.audit.AuditChange;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.WorkbookReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a survey's named respondents and invites them: the whole workbook is checked
 * first and any error leaves everything as it was; then each respondent is stored with a
 * named token, and once that is committed she is e-mailed her link and her letter is
 * printed. Imports into one survey wait for each other, so that two overlapping files
 * never invite one person twice.
 */
@Service
class RespondentImport {

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final RespondentStore respondents;

	private final TokenStore tokens;

	private final UnitCatalog units;

	private final RespondentInvitations invitations;

	private final SurveyTrail trail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RespondentImport(SurveyStore surveys, InstrumentStore instruments, RespondentStore respondents, TokenStore tokens,
			UnitCatalog units, RespondentInvitations invitations, SurveyTrail trail, TransactionTemplate transactions,
			Clock clock) {
		this.surveys = surveys;
		this.instruments = instruments;
		this.respondents = respondents;
		this.tokens = tokens;
		this.units = units;
		this.invitations = invitations;
		this.trail = trail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @throws Refusal listing every error of the workbook (nothing stored); 409 when the
	 * survey has closed
	 */
	Invited importWorkbook(long surveyId, InputStream content, String actor) {
		Survey survey = open(surveyId);
		WorkbookReader reader = WorkbookReader.read(content, RespondentSheet.SHEET, RespondentSheet.COLUMNS);
		Map<String, Long> unitIds = new HashMap<>();
		Map<Long, String> unitNames = new HashMap<>();
		for (UnitView unit : units.all()) {
			unitIds.put(unit.code(), unit.id());
			unitNames.put(unit.id(), unit.name());
		}
		Set<String> evaluated = new HashSet<>();
		units.byIds(surveys.units(surveyId)).forEach((unit) -> evaluated.add(unit.code()));
		List<RespondentGroup> groups = instruments.get(survey.instrumentId()).groups();
		List<RespondentInvitations.Invitation> made = transactions.execute((status) -> {
			respondents.lockImports(surveyId);
			List<RespondentSheet.Entry> entries = RespondentSheet.check(reader, unitIds, evaluated, groups,
					respondents.contactKeys(surveyId));
			reader.throwIfErrors();
			if (entries.isEmpty()) {
				throw Refusal.badRequest("survey.respondents.error.empty");
			}
			Instant now = clock.instant();
			List<RespondentInvitations.Invitation> invited = new ArrayList<>();
			for (RespondentSheet.Entry entry : entries) {
				TokenStore.IssuedToken token = tokens.issue(surveyId, entry.unitId(), entry.group(), 1, true, null)
					.get(0);
				long id = respondents.insert(surveyId, entry, token.id(), now);
				NamedRespondent respondent = new NamedRespondent(id, surveyId, entry.unitId(), entry.group(),
						entry.name(), entry.position(), entry.email(), entry.phone(), token.id(), now, null,
						Token.State.NEW);
				invited.add(new RespondentInvitations.Invitation(respondent, survey, unitNames.get(entry.unitId()),
						token.token()));
			}
			trail.record(AuditChange.of(surveyId, actor, SurveyTrail.RESPONDENTS_IMPORTED)
				.scope(survey.campaignId())
				.values(null, String.valueOf(invited.size())));
			return invited;
		});
		return deliver(survey, made, actor);
	}

	/**
	 * A new link for one respondent (a lost letter): her unused token is revoked, a new
	 * one issued, mailed and printed.
	 * @throws Refusal 404 for no such respondent of the survey, 409 when she has answered
	 * or the survey has closed
	 */
	Invited reissue(long surveyId, long respondentId, String actor) {
		Survey survey = open(surveyId);
		RespondentInvitations.Invitation made = transactions.execute((status) -> {
			NamedRespondent respondent = respondents.lock(surveyId, respondentId)
				.orElseThrow(() -> Refusal.notFound("survey.respondents.notFound", respondentId));
			if (respondent.answered()) {
				throw Refusal.conflict("survey.respondents.error.answered", respondent.name());
			}
			RespondentInvitations.Invitation invitation = replaceToken(survey, respondent);
			return invitation;
		});
		return deliver(survey, List.of(made), actor);
	}

	/**
	 * In the caller's transaction, on a locked respondent: revokes her token and issues a
	 * new one.
	 */
	RespondentInvitations.Invitation replaceToken(Survey survey, NamedRespondent respondent) {
		if (respondent.tokenId() != null) {
			respondents.revoke(respondent.tokenId());
		}
		TokenStore.IssuedToken token = tokens.issue(survey.id(), respondent.unitId(), respondent.group(), 1, true, null)
			.get(0);
		Instant now = clock.instant();
		respondents.replaceToken(respondent.id(), token.id(), now);
		NamedRespondent renewed = new NamedRespondent(respondent.id(), respondent.surveyId(), respondent.unitId(),
				respondent.group(), respondent.name(), respondent.position(), respondent.email(), respondent.phone(),
				token.id(), now, respondent.remindedAt(), Token.State.NEW);
		String unitName = units.byId(respondent.unitId()).map(UnitView::name).orElse("");
		return new RespondentInvitations.Invitation(renewed, survey, unitName, token.token());
	}

	/** E-mails and prints the invitations just committed; records how many were sent. */
	private Invited deliver(Survey survey, List<RespondentInvitations.Invitation> made, String actor) {
		int mailed = 0;
		for (RespondentInvitations.Invitation invitation : made) {
			if (invitations.send(invitation, RespondentInvitations.Kind.INVITATION)) {
				mailed++;
			}
		}
		byte[] letters = invitations.letters(made);
		trail.record(AuditChange.of(survey.id(), actor, SurveyTrail.INVITATIONS_SENT)
			.scope(survey.campaignId())
			.item((made.size() == 1) ? made.get(0).respondent().name() : null)
			.values(null, made.size() + " letters, " + mailed + " e-mails"));
		return new Invited(made.size(), mailed, invitations.mailConfigured(), letters);
	}

	private Survey open(long surveyId) {
		Survey survey = surveys.get(surveyId);
		if (survey.phase(LocalDate.ofInstant(clock.instant(), Survey.ZONE)) == Survey.Phase.CLOSED) {
			throw Refusal.conflict("survey.respondents.error.closed", survey.name());
		}
		return survey;
	}

	/**
	 * @param imported respondents given a new link (and a letter)
	 * @param mailed of them, those whose e-mail went to the mail server
	 * @param letters the PDF of their letters, to hand over once
	 */
	record Invited(int imported, int mailed, boolean mailConfigured, byte[] letters) {
	}

}
