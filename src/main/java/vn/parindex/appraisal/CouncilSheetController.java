package vn.parindex.appraisal;

import java.util.Optional;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sheet's appraisal timeline, and the outcome its unit reads once the appraisal is
 * final.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}/units/{unitId}")
class CouncilSheetController {

	private final AppraisalTimeline timeline;

	private final AppraisalOutcomes outcomes;

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	CouncilSheetController(AppraisalTimeline timeline, AppraisalOutcomes outcomes, CampaignCatalog campaigns,
			UnitCatalog units) {
		this.timeline = timeline;
		this.outcomes = outcomes;
		this.campaigns = campaigns;
		this.units = units;
	}

	@GetMapping("/timeline")
	String timeline(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "leaf", required = false) String leaf, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("entries", timeline.of(campaignId, unitId, leaf, user));
		model.addAttribute("leaf", leaf);
		heading(campaignId, unitId, model);
		return "appraisal/council/timeline";
	}

	@GetMapping("/outcome")
	String outcome(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Optional<AppraisalOutcome> outcome = outcomes.finalOutcome(campaignId, unitId, user);
		model.addAttribute("outcome", outcome.orElse(null));
		model.addAttribute("notFinalised", outcome.isEmpty());
		heading(campaignId, unitId, model);
		return "appraisal/council/outcome";
	}

	private void heading(long campaignId, long unitId, Model model) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("unit",
				units.byId(unitId).orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "council.error.unknownUnit")));
	}

}
