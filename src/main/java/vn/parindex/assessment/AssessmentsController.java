package vn.parindex.assessment;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in: a unit's officer or leader sees the campaigns of her unit and opens its
 * sheet; everybody else sees the campaigns and their progress boards.
 */
@Controller
class AssessmentsController {

	private final CampaignCatalog campaigns;

	AssessmentsController(CampaignCatalog campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/assessments")
	String assessments(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean unitMember = user.unitId() != null;
		model.addAttribute("unitMember", unitMember);
		model.addAttribute("campaigns", unitMember ? campaigns.forUnit(user.unitId()) : campaigns.list());
		model.addAttribute("unitId", user.unitId());
		return "assessment/list";
	}

}
