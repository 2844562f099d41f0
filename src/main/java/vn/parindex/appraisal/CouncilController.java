package vn.parindex.appraisal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The chair's pages: review an appraised sheet and finalise it, finalise many at once;
 * and the secretariat's reopening of a finalised sheet.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}")
class CouncilController {

	private final Finalisation finalisation;

	private final AppraisalOutcomes outcomes;

	private final CampaignCatalog campaigns;

	CouncilController(Finalisation finalisation, AppraisalOutcomes outcomes, CampaignCatalog campaigns) {
		this.finalisation = finalisation;
		this.outcomes = outcomes;
		this.campaigns = campaigns;
	}

	@GetMapping("/units/{unitId}/finalise")
	String review(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("outcome", outcomes.review(campaignId, unitId, user));
		return "appraisal/council/finalise";
	}

	@PostMapping("/units/{unitId}/finalise")
	String finalise(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		finalisation.finalise(campaignId, unitId, user);
		redirect.addFlashAttribute("flashSuccess", "council.finalise.done");
		return "redirect:/appraisal/campaigns/" + campaignId + "/units/" + unitId + "/finalise";
	}

	@PostMapping("/units/{unitId}/reopen")
	String reopen(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		finalisation.reopen(campaignId, unitId, reason, user);
		redirect.addFlashAttribute("flashSuccess", "council.reopen.done");
		return "redirect:/appraisal/campaigns/" + campaignId + "/units/" + unitId + "/finalise";
	}

	/** The bulk finalisation's filter and the sheets it selects, before confirming. */
	@GetMapping("/finalise")
	String bulk(@PathVariable long campaignId, FinalisationFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("candidates", finalisation.preview(campaignId, filter, user));
		model.addAttribute("choices", finalisation.choices(campaignId));
		model.addAttribute("filter", filter);
		model.addAttribute("campaignId", campaignId);
		model.addAttribute("campaign", campaigns.get(campaignId));
		return "appraisal/council/bulk";
	}

	@PostMapping("/finalise")
	String finaliseAll(@PathVariable long campaignId, FinalisationFilter filter,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		FinalisationResult result = finalisation.finaliseAll(campaignId, filter, user);
		redirect.addFlashAttribute("bulkResult", result.summary());
		redirect.addFlashAttribute("flashSuccess", "council.bulk.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { result.finalised().size(), result.skipped().size() });
		return "redirect:" + UriComponentsBuilder.fromPath("/appraisal/campaigns/{campaign}/finalise")
			.queryParamIfPresent("unitType", java.util.Optional.ofNullable(filter.unitType()))
			.queryParamIfPresent("appraiser", java.util.Optional.ofNullable(filter.appraiser()))
			.buildAndExpand(campaignId)
			.encode()
			.toUriString();
	}

}
