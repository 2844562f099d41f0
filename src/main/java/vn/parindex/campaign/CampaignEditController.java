package vn.parindex.campaign;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing an open campaign: its phase dates and its participants, each recorded in the
 * campaign's history.
 */
@Controller
@RequestMapping("/campaigns/{id}")
@PreAuthorize(CampaignController.WRITERS)
class CampaignEditController {

	private static final String EDIT = "campaigns/edit";

	private final CampaignCatalog catalog;

	private final CampaignPages pages;

	CampaignEditController(CampaignCatalog catalog, CampaignPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, Model model) {
		CampaignView campaign = catalog.get(id);
		model.addAttribute("datesForm", CampaignForms.DatesForm.of(campaign));
		model.addAttribute("unitsForm", CampaignForms.UnitsForm.of(campaign));
		return editPage(campaign, model);
	}

	@PostMapping("/phases")
	@OnRefusal(EDIT)
	String phases(@PathVariable long id, @Valid @ModelAttribute("datesForm") CampaignForms.DatesForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CampaignView campaign = catalog.get(id);
		model.addAttribute("unitsForm", CampaignForms.UnitsForm.of(campaign));
		editPage(campaign, model);
		if (binding.hasErrors()) {
			return EDIT;
		}
		catalog.reschedule(id, form.dates(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "campaign.datesSaved");
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/units")
	@OnRefusal(EDIT)
	String units(@PathVariable long id, @ModelAttribute("unitsForm") CampaignForms.UnitsForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CampaignView campaign = catalog.get(id);
		model.addAttribute("datesForm", CampaignForms.DatesForm.of(campaign));
		editPage(campaign, model);
		catalog.changeUnits(id, pages.chosen(form.unitType(), form.unitIds()), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "campaign.unitsSaved");
		return "redirect:/campaigns/" + id;
	}

	private String editPage(CampaignView campaign, Model model) {
		model.addAttribute("campaign", campaign);
		pages.unitChoices(model);
		return EDIT;
	}

}
