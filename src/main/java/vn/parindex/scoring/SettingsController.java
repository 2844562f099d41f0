package vn.parindex.scoring;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.engine.Options;
import vn.parindex.problem.OnRefusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page for how a campaign ranks and groups its units; saving recomputes
 * the results. Invalid settings come back with every problem and change nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
class SettingsController {

	private static final String PAGE = "results/settings";

	private final ScoringSettingsService settings;

	private final CampaignCatalog campaigns;

	SettingsController(ScoringSettingsService settings, CampaignCatalog campaigns) {
		this.settings = settings;
		this.campaigns = campaigns;
	}

	@GetMapping("/results/campaigns/{campaignId}/settings")
	String show(@PathVariable long campaignId, Model model) {
		return page(campaignId, SettingsForm.of(settings.of(campaignId)), model);
	}

	@PostMapping("/results/campaigns/{campaignId}/settings")
	@OnRefusal(PAGE)
	String save(@PathVariable long campaignId, @ModelAttribute("form") SettingsForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		page(campaignId, form, model);
		settings.change(campaignId, form.settings(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "scoring.settings.saved");
		return "redirect:/results/campaigns/" + campaignId;
	}

	private String page(long campaignId, SettingsForm form, Model model) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("form", form);
		model.addAttribute("history", settings.history(campaignId));
		model.addAttribute("methods", Options.RankMethod.values());
		model.addAttribute("tieBreaks", Options.TieBreak.values());
		model.addAttribute("bases", Options.Basis.values());
		model.addAttribute("peerKinds", Options.Peers.values());
		model.addAttribute("noDataPolicies", vn.parindex.engine.NoDataPolicy.values());
		return PAGE;
	}

}
