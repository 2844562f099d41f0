package vn.parindex.units;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages to create, change, deactivate and reactivate a unit.
 */
@Controller
@RequestMapping("/units")
@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
class UnitEditController {

	static final String FORM = "units/form";

	private final UnitEditor editor;

	private final UnitCatalog units;

	private final UnitTypes types;

	UnitEditController(UnitEditor editor, UnitCatalog units, UnitTypes types) {
		this.editor = editor;
		this.units = units;
		this.types = types;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", types.codes());
		model.addAttribute("allUnits", units.all());
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(name = "parent", required = false) String parent, Model model) {
		model.addAttribute("form", UnitForm.empty(parent));
		return FORM;
	}

	@PostMapping("/new")
	@OnRefusal(FORM)
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return FORM;
		}
		UnitView created = editor.create(form.toDetails(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.created");
		return "redirect:/units/" + created.id();
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UnitView unit = unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("form",
				UnitForm.of(unit, (unit.parentId() != null) ? units.byId(unit.parentId()).orElse(null) : null));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@OnRefusal(FORM)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		UnitView unit = unit(id);
		model.addAttribute("unit", unit);
		if (binding.hasErrors()) {
			return FORM;
		}
		editor.update(unit.code(), form.toDetails(), null, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.updated");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		editor.setActive(id, false, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.deactivated");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		editor.setActive(id, true, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.activated");
		return "redirect:/units/" + id;
	}

	private UnitView unit(long id) {
		return units.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
