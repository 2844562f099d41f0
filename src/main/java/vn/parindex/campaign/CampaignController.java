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
 * Campaign pages: the list, opening a campaign, and one campaign's overview. Everybody
 * signed in reads the campaigns her unit takes part in (all of them when her role sees
 * every unit); the secretariat and administrators open them.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

	static final String WRITERS = "hasAnyRole('SECRETARIAT', 'ADMIN')";

	private final CampaignCatalog catalog;

	private final CampaignPages pages;

	CampaignController(CampaignCatalog catalog, CampaignPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", pages.rows(catalog.visibleTo(user)));
		return "campaigns/list";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String newForm(Model model) {
		model.addAttribute("campaignForm", CampaignForms.CampaignForm.empty(pages.today().getYear()));
		pages.formChoices(model);
		return "campaigns/new";
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	@OnRefusal("campaigns/new")
	String create(@Valid @ModelAttribute("campaignForm") CampaignForms.CampaignForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		pages.formChoices(model);
		if (binding.hasErrors()) {
			return "campaigns/new";
		}
		long id = catalog.create(new NewCampaign(form.name(), form.year(), form.frameworkId(),
				pages.chosen(form.unitType(), form.unitIds()), form.dates()), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "campaign.created");
		return "redirect:/campaigns/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		pages.overview(catalog.get(id, user), model);
		model.addAttribute("history", catalog.history(id));
		return "campaigns/show";
	}

}
