package vn.parindex.appraisal;

import java.util.Comparator;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page to assign appraisers to units or areas of a campaign.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}/assignments")
class AssignmentController {

	private final Assignments assignments;

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final FrameworkCatalog frameworks;

	AssignmentController(Assignments assignments, CampaignCatalog campaigns, UnitCatalog units,
			FrameworkCatalog frameworks) {
		this.assignments = assignments;
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
	}

	@GetMapping
	String list(@PathVariable long campaignId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Assignments.requireSecretariat(user);
		CampaignView campaign = campaigns.get(campaignId);
		model.addAttribute("campaign", campaign);
		model.addAttribute("assignments", assignments.forCampaign(campaignId));
		model.addAttribute("appraisers", assignments.appraisers());
		model.addAttribute("units",
				campaign.unitIds()
					.stream()
					.map(units::byId)
					.flatMap(java.util.Optional::stream)
					.sorted(Comparator.comparing(UnitView::code))
					.toList());
		model.addAttribute("areas", frameworks.get(campaign.frameworkId()).tree().areas());
		model.addAttribute("unitNames",
				units.all()
					.stream()
					.collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a)));
		return "appraisal/assignments";
	}

	@PostMapping
	String assign(@PathVariable long campaignId, @RequestParam(name = "appraiser", required = false) String appraiser,
			@RequestParam(name = "unitId", required = false) Long unitId,
			@RequestParam(name = "area", required = false) String area, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		assignments.assign(campaignId, appraiser, unitId, area, user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.assignments.added");
		return "redirect:/appraisal/campaigns/" + campaignId + "/assignments";
	}

	@PostMapping("/{assignmentId}/delete")
	String remove(@PathVariable long campaignId, @PathVariable long assignmentId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		assignments.remove(campaignId, assignmentId, user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.assignments.removed");
		return "redirect:/appraisal/campaigns/" + campaignId + "/assignments";
	}

}
