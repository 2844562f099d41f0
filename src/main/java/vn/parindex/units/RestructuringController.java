package vn.parindex.units;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page to record that units merged or one split.
 */
@Controller
@RequestMapping("/units/restructurings")
@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
class RestructuringController {

	private static final String FORM = "units/restructure";

	private final UnitCatalog units;

	RestructuringController(UnitCatalog units) {
		this.units = units;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", RestructuringKind.values());
		model.addAttribute("allUnits", units.all());
	}

	@GetMapping("/new")
	String form(@RequestParam(name = "unit", required = false) Long unitId,
			@RequestParam(name = "kind", defaultValue = "MERGE") RestructuringKind kind, Model model) {
		UnitView unit = (unitId != null) ? units.byId(unitId).orElse(null) : null;
		model.addAttribute("form", RestructuringForm.startingFrom(unit, kind));
		return FORM;
	}

	@PostMapping("/new")
	@OnRefusal(FORM)
	String record(@Valid @ModelAttribute("form") RestructuringForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return FORM;
		}
		RestructuringView recorded = units.restructure(form.toRequest(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.restructuring.recorded");
		long target = (form.from() != null) ? form.from() : recorded.successors().get(0).id();
		return "redirect:/units/" + target;
	}

}
