package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey rounds' API (FORMATS.md, Surveys): a campaign's surveys, one survey with its
 * populations and samples, and batches of anonymous tokens. The secretariat and
 * administrators write; the council (appraisers and the chair) reads too.
 */
@RestController
class SurveyRoundApiController {

	static final String READERS = "hasAnyRole('ADMIN','SECRETARIAT','APPRAISER','COUNCIL_CHAIR')";

	static final String WRITERS = "hasAnyRole('ADMIN','SECRETARIAT')";

	private final SurveyRounds rounds;

	SurveyRoundApiController(SurveyRounds rounds) {
		this.rounds = rounds;
	}

	@PostMapping("/api/v1/campaigns/{id}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	Created create(@PathVariable long id, @RequestBody SurveyRounds.SurveyInput request,
			@AuthenticationPrincipal CurrentUser user) {
		return new Created(rounds.create(id, request, user.getUsername()));
	}

	@GetMapping("/api/v1/campaigns/{id}/surveys")
	@PreAuthorize(READERS)
	List<SurveyBody> ofCampaign(@PathVariable long id) {
		return rounds.ofCampaign(id).stream().map(SurveyBody::of).toList();
	}

	@GetMapping("/api/v1/surveys/{sid}")
	@PreAuthorize(READERS)
	SurveyBody get(@PathVariable long sid) {
		return SurveyBody.of(rounds.get(sid));
	}

	@PutMapping("/api/v1/surveys/{sid}")
	@PreAuthorize(WRITERS)
	SurveyBody change(@PathVariable long sid, @RequestBody SurveyRounds.SurveyInput request,
			@AuthenticationPrincipal CurrentUser user) {
		rounds.change(sid, request, user.getUsername());
		return get(sid);
	}

	@PutMapping("/api/v1/surveys/{sid}/populations")
	@PreAuthorize(WRITERS)
	List<PopulationBody> populations(@PathVariable long sid, @RequestBody List<SurveyRounds.PopulationInput> request,
			@AuthenticationPrincipal CurrentUser user) {
		return rounds.setPopulations(sid, request, user.getUsername()).stream().map(PopulationBody::of).toList();
	}

	@PostMapping("/api/v1/surveys/{sid}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	Issued issue(@PathVariable long sid, @RequestBody SurveyRounds.TokenRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		SurveyRounds.IssuedBatch batch = rounds.issueTokens(sid, request, user.getUsername());
		return new Issued(batch.batch(), batch.tokens());
	}

	@GetMapping("/api/v1/surveys/{sid}/tokens")
	@PreAuthorize(READERS)
	TokensBody tokens(@PathVariable long sid) {
		SurveyRounds.TokenBoard board = rounds.tokenBoard(sid);
		return new TokensBody(board.lines()
			.stream()
			.map((l) -> new TokenCountBody(l.unit().code(), l.group().code(), l.sample(), l.issued(), l.started(),
					l.submitted(), l.revoked()))
			.toList(), board.batches());
	}

	@PostMapping("/api/v1/surveys/{sid}/tokens/batches/{batch}/revoke")
	@PreAuthorize(WRITERS)
	Revoked revoke(@PathVariable long sid, @PathVariable int batch, @AuthenticationPrincipal CurrentUser user) {
		return new Revoked(rounds.revokeBatch(sid, batch, user.getUsername()));
	}

	record Created(long id) {
	}

	record Issued(int batch, List<String> tokens) {
	}

	record Revoked(int revoked) {
	}

	record PopulationBody(String unit, String group, long population, long sample) {

		static PopulationBody of(SurveyRounds.PopulationRow row) {
			return new PopulationBody(row.unit().code(), row.group().code(), row.population(), row.sample());
		}

	}

	record SurveyBody(long id, long campaignId, String campaign, long instrumentId, String instrument, String name,
			LocalDate opensOn, LocalDate closesOn, BigDecimal margin, BigDecimal speedingShare, int deviceWindowMinutes,
			Survey.Phase phase, List<String> units, List<PopulationBody> populations) {

		static SurveyBody of(SurveyRounds.Overview o) {
			Survey s = o.survey();
			return new SurveyBody(s.id(), s.campaignId(), o.campaign().name(), s.instrumentId(), o.instrument().name(),
					s.name(), s.opensOn(), s.closesOn(), s.margin(), s.speedingShare(), s.deviceWindowMinutes(),
					o.phase(), o.units().stream().map(UnitView::code).toList(),
					o.populations().stream().map(PopulationBody::of).toList());
		}

	}

	record TokenCountBody(String unit, String group, Long sample, long issued, long started, long submitted,
			long revoked) {
	}

	record TokensBody(List<TokenCountBody> counts, List<SurveyRounds.BatchLine> batches) {
	}

}
