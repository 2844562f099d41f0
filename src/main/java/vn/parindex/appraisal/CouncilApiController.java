package vn.parindex.appraisal;

import java.util.List;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finalisation, timeline, outcome and report over the API: the same rules and permissions
 * as the pages.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/appraisal")
class CouncilApiController {

	private final Finalisation finalisation;

	private final AppraisalOutcomes outcomes;

	private final AppraisalTimeline timeline;

	private final AppraisalReports reports;

	private final UnitCatalog units;

	CouncilApiController(Finalisation finalisation, AppraisalOutcomes outcomes, AppraisalTimeline timeline,
			AppraisalReports reports, UnitCatalog units) {
		this.finalisation = finalisation;
		this.outcomes = outcomes;
		this.timeline = timeline;
		this.reports = reports;
		this.units = units;
	}

	@PostMapping("/sheets/{unitCode}/finalise")
	CouncilJson.Outcome finalise(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Outcome.of(finalisation.finalise(campaignId, unit(unitCode), user));
	}

	@PostMapping("/sheets/{unitCode}/reopen")
	CouncilJson.Outcome reopen(@PathVariable long campaignId, @PathVariable String unitCode,
			@RequestBody(required = false) Map<String, String> body, @AuthenticationPrincipal CurrentUser user) {
		String reason = (body != null) ? body.get("reason") : null;
		return CouncilJson.Outcome.of(finalisation.reopen(campaignId, unit(unitCode), reason, user));
	}

	/** The chair's review: the sheet's figures and adjustments, final or not. */
	@GetMapping("/sheets/{unitCode}/review")
	CouncilJson.Outcome review(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Outcome.of(outcomes.review(campaignId, unit(unitCode), user));
	}

	/** The unit's outcome, once the appraisal is final (409 before). */
	@GetMapping("/sheets/{unitCode}/outcome")
	CouncilJson.Outcome outcome(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Outcome.of(outcomes.outcome(campaignId, unit(unitCode), user));
	}

	@GetMapping("/sheets/{unitCode}/timeline")
	List<AppraisalTimelineEntry> timeline(@PathVariable long campaignId, @PathVariable String unitCode,
			@RequestParam(name = "leaf", required = false) String leaf, @AuthenticationPrincipal CurrentUser user) {
		return timeline.of(campaignId, unit(unitCode), leaf, user);
	}

	@GetMapping("/finalise/preview")
	CouncilJson.Preview preview(@PathVariable long campaignId, FinalisationFilter filter,
			@AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Preview.of(finalisation.preview(campaignId, filter, user));
	}

	@PostMapping("/finalise")
	CouncilJson.Bulk finaliseAll(@PathVariable long campaignId,
			@RequestBody(required = false) FinalisationFilter filter, @AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Bulk
			.of(finalisation.finaliseAll(campaignId, (filter != null) ? filter : FinalisationFilter.ALL, user));
	}

	@GetMapping("/report")
	CouncilJson.Report report(@PathVariable long campaignId,
			@RequestParam(name = "finalisedOnly", defaultValue = "false") boolean finalisedOnly,
			@AuthenticationPrincipal CurrentUser user) {
		return CouncilJson.Report.of(reports.report(campaignId, finalisedOnly, user));
	}

	private long unit(String code) {
		return units.byCode(code)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "council.error.unknownUnit"))
			.id();
	}

}
